/// Puts the original file's XML declaration, byte-order mark and trailing whitespace back around
/// libxml2's output.
///
/// libxml2 always writes `<?xml version="1.0" encoding="UTF-8"?>` and one final newline; a file that
/// had no declaration, single quotes or `standalone` would otherwise show a spurious first-line change
/// in every edit. The original prolog is only kept when it is true of the UTF-8 output.
enum OPMLProlog {
    static func keepingOriginal(of original: [UInt8], in written: [UInt8]) -> [UInt8] {
        guard let head = reusableHead(of: original) else { return written }
        var start = 0
        if written.starts(with: Array("<?xml".utf8)), let close = find(Array("?>".utf8), in: written) {
            start = close + 2
            if start < written.count, written[start] == UInt8(ascii: "\n") { start += 1 }
        }
        var end = written.count
        while end > start, isSpace(written[end - 1]) { end -= 1 }
        var tailStart = original.count
        while tailStart > 0, isSpace(original[tailStart - 1]) { tailStart -= 1 }
        return head + written[start..<end] + original[tailStart...]
    }

    /// BOM, declaration and the whitespace after it, up to the first markup; nil when the original
    /// was not UTF-8, since its declaration would then be wrong for the output.
    private static func reusableHead(of original: [UInt8]) -> [UInt8]? {
        if original.starts(with: [0xFE, 0xFF]) || original.starts(with: [0xFF, 0xFE]) { return nil }
        var index = original.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if original[index...].starts(with: Array("<?xml".utf8)) {
            guard let close = find(Array("?>".utf8), in: original) else { return nil }
            let declaration = String(decoding: original[index..<close], as: UTF8.self).lowercased()
            if declaration.contains("encoding"),
               !declaration.contains("\"utf-8\""), !declaration.contains("'utf-8'"),
               !declaration.contains("\"utf8\""), !declaration.contains("'utf8'") {
                return nil
            }
            index = close + 2
        }
        while index < original.count, isSpace(original[index]) { index += 1 }
        return Array(original[..<index])
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
