import TidingsModel

/// JSON Feed 1.0 and 1.1 (jsonfeed.org): the top-level object mapped onto `FeedInfo`, each item onto
/// a `ParsedEntry`, the same shape the XML parsers produce.
///
/// Relative URLs resolve against the document's URL, as XML's do without an `xml:base`. JSON that
/// is not a JSON Feed is reported as not a feed, with nothing guessed.
enum JSONFeedParser {
    /// Parses a JSON document already decoded to UTF-8 from `encoding` (JSON Feed is UTF-8; a
    /// byte-order mark may have said UTF-16).
    static func parse(_ bytes: [UInt8], url: String?, encoding: String) -> ParsedFeed {
        let read = JSONReader.read(bytes)
        var feed = ParsedFeed(bozo: read.problem != nil, bozoMessage: read.problem, encoding: encoding)
        guard let root = read.value, case .object = root else {
            feed.bozo = true
            feed.bozoMessage = read.problem ?? "not a feed: JSON that is not an object"
            return feed
        }
        guard let format = format(root["version"]?.string) else {
            feed.bozo = true
            // A JSON Feed cut short before its version still has one further down: say what broke.
            feed.bozoMessage = read.problem ?? "not a feed: JSON without a JSON Feed version"
            return feed
        }
        feed.format = format
        let context = JSONFeedContext(base: url)
        feed.info = header(root, context: context)
        feed.entries = (root["items"]?.list ?? []).compactMap { JSONFeedItem.entry($0, context: context) }
        return feed
    }

    /// `https://jsonfeed.org/version/1` or `/version/1.1`; later versions are read as 1.1.
    private static func format(_ version: String?) -> FeedFormat? {
        guard let version, let marker = version.range(of: "jsonfeed.org/version/") else { return nil }
        return version[marker.upperBound...].trimmingSlashes == "1" ? .json1 : .json11
    }

    private static func header(_ root: JSONNode, context: JSONFeedContext) -> FeedInfo {
        var info = FeedInfo()
        info.title = root["title"]?.string.map(FeedText.plain)
        info.subtitle = root["description"]?.string.map(FeedText.plain)
        info.link = context.url(root["home_page_url"])
        if let feedURL = context.url(root["feed_url"]) {
            info.links.append(Link(href: feedURL, rel: "self", type: "application/feed+json"))
        }
        if let next = context.url(root["next_url"]) { info.links.append(Link(href: next, rel: "next")) }
        for hub in root["hubs"]?.list ?? [] {
            if let href = context.url(hub["url"]) {
                info.links.append(Link(href: href, rel: "hub", type: hub["type"]?.string))
            }
        }
        // JSON Feed's `icon` is a large square picture, its `favicon` a small one: Atom's `icon`
        // is the small one, so `favicon` maps there and `icon` becomes the feed's image.
        info.image = context.url(root["icon"]).map { FeedImage(url: $0) }
        info.icon = context.url(root["favicon"])
        info.authors = context.people(root)
        info.language = root["language"]?.string
        info.isExpired = root["expired"]?.bool
        return info
    }
}

/// What JSON Feed values resolve against, and the readers every level shares.
struct JSONFeedContext {
    /// The document's URL.
    let base: String?

    /// A URL member made absolute.
    func url(_ node: JSONNode?) -> String? {
        FeedValues.url(node?.string, base: base)
    }

    /// JSON Feed 1.1's `authors` array, else 1.0's single `author`. An author's `url` that is a
    /// `mailto:` link is the address.
    func people(_ object: JSONNode) -> [Person] {
        let written = object["authors"]?.list ?? object["author"].map { [$0] } ?? []
        return written.compactMap { author in
            var person = Person(name: author["name"]?.string)
            if let link = url(author["url"]) {
                if link.lowercased().hasPrefix("mailto:") {
                    person.email = String(link.dropFirst(7))
                } else {
                    person.uri = link
                }
            }
            return person == Person() ? nil : person
        }
    }
}

private extension Substring {
    var trimmingSlashes: Substring {
        var text = self
        while text.last == "/" { text = text.dropLast() }
        return text
    }
}
