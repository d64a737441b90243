/// Text in front of the XML: PHP warnings and blank output from a misconfigured server
/// (`Warning: session_start(): headers already sent…`) are a classic reason a feed will not parse.
enum LeadingJunk {
    /// The number of bytes before the XML declaration or a feed's root element, when something other
    /// than whitespace or a byte-order mark precedes it within the first 4 KiB; otherwise 0.
    static func length(in bytes: [UInt8]) -> Int {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, ASCII.isWhitespace(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] != UInt8(ascii: "<") else { return 0 }
        let window = bytes.prefix(4096)
        for index in start..<window.count where window[index] == UInt8(ascii: "<") {
            for marker in markers where MarkupSkipper.hasPrefix(bytes, at: index, marker) {
                return index
            }
        }
        return 0
    }

    private static let markers: [StaticString] = ["<?xml", "<rss", "<feed", "<rdf:RDF"]
}
