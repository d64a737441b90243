/// What a document's first bytes say about its encoding before any label is read: a byte-order mark,
/// or the zero bytes that UTF-16 and UTF-32 put around ASCII markup (XML 1.0 Appendix F).
enum EncodingDetector {
    /// A byte-order mark and the encoding it announces.
    struct ByteOrderMark: Equatable {
        var charset: Charset
        var length: Int
    }

    /// The byte-order mark `bytes` start with, if any. UTF-32LE is tested before UTF-16LE, whose mark
    /// (FF FE) it begins with.
    static func byteOrderMark(of bytes: [UInt8]) -> ByteOrderMark? {
        let marks: [([UInt8], Charset)] = [
            ([0xEF, 0xBB, 0xBF], .utf8), ([0x00, 0x00, 0xFE, 0xFF], .utf32BE), ([0xFF, 0xFE, 0x00, 0x00], .utf32LE),
            ([0xFE, 0xFF], .utf16BE), ([0xFF, 0xFE], .utf16LE),
        ]
        for (mark, charset) in marks where bytes.starts(with: mark) {
            return ByteOrderMark(charset: charset, length: mark.count)
        }
        return nil
    }

    /// UTF-16 or UTF-32 without a byte-order mark, told from how the zero bytes fall around the first
    /// character (`<` or whitespace): `3C 00 3F 00` is UTF-16LE `<?`, `00 00 00 3C` UTF-32BE `<`.
    static func wideEncoding(of bytes: [UInt8]) -> Charset? {
        guard bytes.count >= 4 else { return nil }
        let isMarkup = { (byte: UInt8) in byte == UInt8(ascii: "<") || ASCII.isWhitespace(byte) }
        let zero = bytes.prefix(4).map { $0 == 0 }
        switch (zero[0], zero[1], zero[2], zero[3]) {
        case (false, true, true, true) where isMarkup(bytes[0]): return .utf32LE
        case (true, true, true, false) where isMarkup(bytes[3]): return .utf32BE
        case (false, true, false, true) where isMarkup(bytes[0]): return .utf16LE
        case (true, false, true, false) where isMarkup(bytes[1]): return .utf16BE
        default: return nil
        }
    }

    /// The lowercase IANA name for an encoding label, with aliases folded (`latin1` → `iso-8859-1`,
    /// `gb2312` → `gb18030`); an unknown label is returned lowercased.
    static func normalise(_ label: String) -> String {
        Charset.named(label)?.name ?? TextValue.trim(label).lowercased()
    }
}
