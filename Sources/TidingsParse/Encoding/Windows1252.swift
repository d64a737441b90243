/// windows-1252, the encoding behind most bytes that are not what a feed says they are: Word's smart
/// quotes (0x93, 0x94), dashes (0x96, 0x97) and the euro sign (0x80) pasted into a UTF-8 or ISO-8859-1
/// feed, and `&#150;`-style references that mean the same code page positions.
enum Windows1252 {
    /// The characters of bytes 0x80–0x9F. The five positions windows-1252 leaves undefined (0x81, 0x8D,
    /// 0x8F, 0x90, 0x9D) keep their C1 code points, as the WHATWG Encoding Standard decodes them.
    private static let c1: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The code point of one windows-1252 byte; every byte outside 0x80–0x9F is its ISO-8859-1 self.
    static func codePoint(of byte: UInt8) -> UInt32 {
        (0x80...0x9F).contains(byte) ? c1[Int(byte) - 0x80] : UInt32(byte)
    }

    /// HTML5 reads a numeric reference to a C1 control (`&#150;`) as the windows-1252 character at that
    /// position (`–`), since that is what the author typed; other values are returned unchanged.
    static func codePoint(forReference value: UInt32) -> UInt32 {
        (0x80...0x9F).contains(value) ? c1[Int(value) - 0x80] : value
    }

    /// True when a byte is one of the C1 positions windows-1252 fills and ISO-8859-1 leaves as controls.
    static func isC1(_ byte: UInt8) -> Bool {
        (0x80...0x9F).contains(byte)
    }

    /// Appends the UTF-8 encoding of one windows-1252 byte.
    static func appendUTF8(of byte: UInt8, to output: inout [UInt8]) {
        if byte < 0x80 {
            output.append(byte)
        } else {
            UTF8Output.append(codePoint(of: byte), to: &output)
        }
    }

    /// A whole windows-1252 (or ISO-8859-1) text as UTF-8.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            appendUTF8(of: byte, to: &output)
        }
        return output
    }
}

/// Writes code points as UTF-8 bytes.
enum UTF8Output {
    /// Appends `value` as UTF-8; anything that is not a Unicode scalar becomes U+FFFD.
    static func append(_ value: UInt32, to output: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        UTF8.encode(scalar) { output.append($0) }
    }

    /// The bytes of U+FFFD REPLACEMENT CHARACTER, written where a byte could not be decoded.
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
}
