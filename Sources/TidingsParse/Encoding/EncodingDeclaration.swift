/// Where a document names its own encoding: the XML declaration's `encoding="…"`, or, for a web page
/// without one, `<meta charset="…">` / `<meta http-equiv="Content-Type" content="…; charset=…">`.
///
/// Read from ASCII-compatible bytes (the original ones, or UTF-16/32 already turned into UTF-8), and
/// rewritten to say UTF-8 once the document has been transcoded, so that libxml2 never decodes the
/// bytes a second time and every document takes the same path.
enum EncodingDeclaration {
    /// The encoding label as written, or nil when the document names none.
    static func label(in bytes: [UInt8]) -> String? {
        valueRange(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// The same document with its declared encoding replaced by `UTF-8` (unchanged when it already
    /// says so or declares nothing).
    static func declaringUTF8(_ bytes: [UInt8]) -> [UInt8] {
        guard let range = valueRange(in: bytes),
              String(decoding: bytes[range], as: UTF8.self).lowercased() != "utf-8" else { return bytes }
        var rewritten = bytes
        rewritten.replaceSubrange(range, with: Array("UTF-8".utf8))
        return rewritten
    }

    /// The bytes of the encoding name. The XML declaration may follow a byte-order mark, whitespace,
    /// or junk a broken server printed first (see `LeadingJunk`), so the first 4 KiB are searched.
    private static func valueRange(in bytes: [UInt8]) -> Range<Int>? {
        let window = Array(bytes.prefix(4096))
        if let start = declarationStart(in: window) {
            let end = window[start...].prefix(512).firstIndex(of: UInt8(ascii: ">")) ?? min(window.count, start + 512)
            return attributeValue("encoding", in: window, from: start, to: end)
        }
        // A web page: the WHATWG prescan looks at the first 1,024 bytes only.
        var searchFrom = 0
        let head = Array(window.prefix(1024))
        while let start = find("<meta", in: head, from: searchFrom, caseInsensitive: true) {
            let end = head[start...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            if let range = attributeValue("charset", in: head, from: start, to: end) { return range }
            searchFrom = end
        }
        return nil
    }

    /// Where `<?xml ` starts: first in the document (after a byte-order mark and whitespace), or
    /// right after the junk `LeadingJunk` will cut off.
    private static func declarationStart(in window: [UInt8]) -> Int? {
        var start = window.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < window.count, ASCII.isWhitespace(window[start]) { start += 1 }
        if !MarkupSkipper.hasPrefix(window, at: start, "<?xml") {
            start = LeadingJunk.length(in: window)
        }
        guard start + 5 < window.count, MarkupSkipper.hasPrefix(window, at: start, "<?xml"),
              ASCII.isWhitespace(window[start + 5]) else { return nil }
        return start
    }

    /// The value after `key` (matched without regard to case) and `=`, quoted or not, between `start`
    /// and `end`. Encoding names are ASCII letters, digits and `._:-`.
    private static func attributeValue(_ key: StaticString, in bytes: [UInt8], from start: Int,
                                       to end: Int) -> Range<Int>? {
        guard let keyStart = find(key, in: Array(bytes[start..<end]), caseInsensitive: true) else { return nil }
        var index = start + keyStart + key.utf8CodeUnitCount
        while index < end, ASCII.isWhitespace(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < end, ASCII.isWhitespace(bytes[index]) || bytes[index] == UInt8(ascii: "\"")
            || bytes[index] == UInt8(ascii: "'") {
            index += 1
        }
        let valueStart = index
        while index < end, isNameByte(bytes[index]) { index += 1 }
        return index > valueStart ? valueStart..<index : nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    /// The first index at or after `from` where `needle` starts.
    private static func find(_ needle: StaticString, in bytes: [UInt8], from: Int = 0,
                             caseInsensitive: Bool = false) -> Int? {
        var index = from
        while index + needle.utf8CodeUnitCount <= bytes.count {
            if MarkupSkipper.hasPrefix(bytes, at: index, needle, caseInsensitive: caseInsensitive) { return index }
            index += 1
        }
        return nil
    }
}
