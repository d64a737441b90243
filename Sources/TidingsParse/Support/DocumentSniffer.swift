/// Tells from a document's first bytes what it is before any parser runs.
enum DocumentSniffer {
    enum Kind: Equatable {
        case empty
        /// Starts with `{` or `[`: JSON Feed, or some other JSON.
        case json
        /// A web page rather than a feed.
        case html
        /// Anything else goes to the XML parser, which reports what it cannot read.
        case xml
    }

    /// Looks past a UTF-8 byte-order mark, whitespace, the XML declaration, comments and the DOCTYPE to
    /// the first element's name.
    static func kind(of document: PreparedDocument, contentType: String?) -> Kind {
        let bytes = document.bytes
        guard document.isASCIICompatible else { return bytes.isEmpty ? .empty : .xml }
        let window = Array(bytes.prefix(8192))
        var index = skipWhitespace(window, from: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        guard index < window.count else { return bytes.count > window.count ? .xml : .empty }
        if window[index] == UInt8(ascii: "{") || window[index] == UInt8(ascii: "[") { return .json }
        while index < window.count, window[index] == UInt8(ascii: "<") {
            if MarkupSkipper.hasPrefix(window, at: index, "<!DOCTYPE", caseInsensitive: true) {
                let name = window[skipWhitespace(window, from: index + 9)...].prefix(4)
                if String(decoding: name, as: UTF8.self).lowercased() == "html" { return .html }
            }
            if let end = MarkupSkipper.endOfVerbatimSection(in: window, at: index) {
                index = skipWhitespace(window, from: end)
                continue
            }
            let name = window[(index + 1)...].prefix {
                ASCII.isLetter($0) || ASCII.isDigit($0) || $0 == UInt8(ascii: ":")
            }
            let root = String(decoding: name, as: UTF8.self).lowercased()
            if ["html", "head", "body"].contains(root) { return .html }
            let feedRoots: Set<String> = ["rss", "feed", "rdf:rdf", "channel"]
            if let contentType, contentType.lowercased().contains("html"), !feedRoots.contains(root) {
                return .html
            }
            return .xml
        }
        return .xml
    }

    private static func skipWhitespace(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index
    }
}
