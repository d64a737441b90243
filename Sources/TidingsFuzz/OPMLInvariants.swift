import TidingsModel
import TidingsParse

/// What must hold for every outcome of reading bytes as OPML: either an `OPMLError` that names the
/// file and says why, or a list of feeds with distinct, non-empty URLs (the reader keeps the first
/// of a repeated URL) and no NUL in any text.
enum OPMLInvariants {
    static let baseURL = "https://fuzz.example/feeds.opml"

    static func check(_ bytes: [UInt8]) {
        let sources: [FeedSource]
        do {
            sources = try OPMLDocument.parse(bytes, baseURL: baseURL)
        } catch {
            require(!error.description.isEmpty, "OPMLError with an empty description")
            return
        }
        var seen = Set<String>()
        for source in sources {
            require(!source.url.isEmpty, "OPML source with an empty URL")
            require(seen.insert(source.url).inserted, "OPML source URL \(source.url) listed twice")
            for text in [source.url, source.title ?? "", source.htmlURL ?? ""] + source.folder {
                require(!text.unicodeScalars.contains("\u{0}"), "OPML text contains U+0000")
            }
        }
    }
}
