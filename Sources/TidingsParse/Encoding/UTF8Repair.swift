/// Checks that a document is UTF-8 and mends it where it is not, so that invalid UTF-8 never reaches
/// libxml2 (which stops decoding at the first bad byte) or a Swift `String` (which would turn it into
/// U+FFFD and lose the character).
///
/// The classic fault is a feed declared UTF-8 whose CMS pasted in windows-1252 text: Word's smart
/// quotes (0x93 0x94), `é` as the single byte 0xE9. Each invalid run is read as windows-1252 on its own,
/// so a mostly UTF-8 document with one pasted paragraph comes out right in both parts. When the
/// document holds no valid multi-byte sequence at all, that is the same as reading the whole document
/// as windows-1252, and it is reported so.
enum UTF8Repair {
    /// What a scan found.
    struct Scan {
        /// Offset of the first byte that does not start a valid sequence, or nil when all are valid.
        var firstInvalid: Int?
        /// True when a valid sequence of two or more bytes was seen before `firstInvalid`.
        var sawMultibyte: Bool
    }

    /// The mended text.
    struct Repaired {
        var utf8: [UInt8]
        /// Bytes read as windows-1252.
        var repairedCount: Int
        /// True when valid multi-byte UTF-8 was seen somewhere, so the document really is UTF-8.
        var sawMultibyte: Bool
        /// Offset in `utf8` of the first repaired character, when there was one.
        var firstRepairOffset: Int?
    }

    /// Finds the first invalid byte, crossing ASCII sixteen bytes at a time (most feeds are mostly
    /// ASCII markup) and looking only at the multi-byte sequences.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scan {
        var index = 0
        var sawMultibyte = false
        let count = bytes.count
        while true {
            index = ByteScan.first(in: bytes, from: index, to: count, block: ByteScan.nonASCII, byte: { $0 >= 0x80 })
            guard index < count else { break }
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else { return Scan(firstInvalid: index, sawMultibyte: sawMultibyte) }
            sawMultibyte = true
            index += length
        }
        return Scan(firstInvalid: nil, sawMultibyte: sawMultibyte)
    }

    /// Every valid sequence copied, every byte of every invalid one read as windows-1252.
    static func repair(_ bytes: UnsafeBufferPointer<UInt8>) -> Repaired {
        var result = Repaired(utf8: [], repairedCount: 0, sawMultibyte: false)
        result.utf8.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                result.utf8.append(byte)
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length > 0 {
                result.utf8.append(contentsOf: bytes[index..<index + length])
                result.sawMultibyte = true
                index += length
            } else {
                if result.firstRepairOffset == nil { result.firstRepairOffset = result.utf8.count }
                Windows1252.appendUTF8(of: byte, to: &result.utf8)
                result.repairedCount += 1
                index += 1
            }
        }
        return result
    }

    /// The length of the valid UTF-8 sequence starting at `index` (a byte of 0x80 or more), or 0 when
    /// none starts there: overlong forms, surrogates and code points past U+10FFFF are invalid (RFC 3629).
    @inline(__always)
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let trailing: Int
        var secondLow: UInt8 = 0x80, secondHigh: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: trailing = 1
        case 0xE0: trailing = 2; secondLow = 0xA0
        case 0xED: trailing = 2; secondHigh = 0x9F
        case 0xE1...0xEF: trailing = 2
        case 0xF0: trailing = 3; secondLow = 0x90
        case 0xF4: trailing = 3; secondHigh = 0x8F
        case 0xF1...0xF3: trailing = 3
        default: return 0
        }
        guard index + trailing < bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= secondLow, second <= secondHigh else { return 0 }
        if trailing >= 2, bytes[index + 2] & 0xC0 != 0x80 { return 0 }
        if trailing == 3, bytes[index + 3] & 0xC0 != 0x80 { return 0 }
        return trailing + 1
    }
}
