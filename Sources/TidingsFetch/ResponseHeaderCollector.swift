/// Turns the header lines libcurl reports into the final response's headers and the redirect chain.
///
/// With redirects followed, libcurl reports one header block per response (plus `1xx` interim
/// blocks), each starting with a status line. Only the last block describes the body we keep, so
/// every status line starts afresh; a `3xx` block followed by a block for another URL was a hop.
struct ResponseHeaderCollector {
    /// Headers of the latest block, names lower-cased.
    private(set) var headers: [String: String] = [:]
    private(set) var redirects: [FetchResponse.Redirect] = []
    private var status = 0
    private var blockURL = ""
    private var lastName: String?

    /// Takes one header line as libcurl delivers it (CRLF included) and the URL being fetched
    /// when it arrived.
    mutating func receive(_ rawLine: String, currentURL: String) {
        var line = Substring(rawLine)
        // "\r\n" is one Character in Swift, so test for newlines rather than compare with "\r".
        while let last = line.last, last.isNewline { line.removeLast() }
        if line.hasPrefix("HTTP/") {
            startBlock(statusLine: line, url: currentURL)
        } else if let first = line.first, first == " " || first == "\t" {
            // An obsolete folded continuation line belongs to the previous header.
            if let lastName, let value = headers[lastName] {
                headers[lastName] = value + " " + Self.trimmed(line)
            }
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].lowercased()
            let value = Self.trimmed(line[line.index(after: colon)...])
            if let existing = headers[name] {
                headers[name] = existing + ", " + value
            } else {
                headers[name] = value
            }
            lastName = name
        }
    }

    private mutating func startBlock(statusLine: Substring, url: String) {
        let fields = statusLine.split(separator: " ", maxSplits: 2)
        let newStatus = fields.count > 1 ? Int(fields[1]) ?? 0 : 0
        if (300..<400).contains(status), url != blockURL {
            redirects.append(.init(status: status, from: blockURL, to: url))
        }
        status = newStatus
        blockURL = url
        headers = [:]
        lastName = nil
    }

    private static func trimmed(_ text: Substring) -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = text.firstIndex(where: { !blank($0) }),
              let end = text.lastIndex(where: { !blank($0) }) else { return "" }
        return String(text[start...end])
    }
}
