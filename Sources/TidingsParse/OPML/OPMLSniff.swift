/// A look at the first bytes, before libxml2 sees them, for the two mistakes people actually make:
/// an empty file, and a web page saved (or fetched) instead of the OPML export. libxml2 would report
/// either as a cryptic syntax error on line 1 or line 5.
enum OPMLSniff {
    /// Why the bytes are certainly not OPML, or nil when they should be handed to the parser.
    static func notOPMLReason(_ bytes: [UInt8]) -> String? {
        let head = significantHead(of: bytes)
        if head.isEmpty { return "the file is empty" }
        let lowered = String(decoding: head.prefix(64), as: UTF8.self).lowercased()
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") {
            return "it is an HTML page"
        }
        if lowered.hasPrefix("{") || lowered.hasPrefix("[") {
            return "it looks like JSON"
        }
        return nil
    }

    /// The bytes after a UTF-8 byte-order mark and leading whitespace.
    private static func significantHead(of bytes: [UInt8]) -> ArraySlice<UInt8> {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        return bytes[start...]
    }
}
