import TidingsModel

/// The subscriptions an OPML 1.0 or 2.0 file lists.
///
/// Every `<outline>` with an `xmlUrl` is a feed, wherever it sits; the outlines around it that have
/// no `xmlUrl` are its folder path. Relative URLs are resolved against the file's own URL and a URL
/// listed twice is kept once (the first time it appears).
package struct OPMLDocument: Sendable, Hashable {
    /// `<head><title>`, when the file has one.
    package var title: String?
    /// The feeds, in document order.
    package var sources: [FeedSource]

    package init(title: String? = nil, sources: [FeedSource]) {
        self.title = title
        self.sources = sources
    }

    /// The feeds an OPML file lists; shorthand for `OPMLDocument(parsing:baseURL:).sources`.
    package static func parse(_ bytes: [UInt8], baseURL: String? = nil) throws(OPMLError) -> [FeedSource] {
        try OPMLDocument(parsing: bytes, baseURL: baseURL).sources
    }

    /// Reads OPML bytes.
    ///
    /// - Parameter baseURL: the OPML file's own URL (e.g. `file:///etc/tidings/feeds.opml`); relative
    ///   `xmlUrl` and `htmlUrl` values resolve against it, and errors name the file after it.
    /// - Throws: `OPMLError` when the bytes are not well-formed XML or not OPML.
    package init(parsing bytes: [UInt8], baseURL: String? = nil) throws(OPMLError) {
        let tree = try OPMLTree(parsing: bytes, baseURL: baseURL)
        title = tree.root.element(named: "head")?.element(named: "title").flatMap { OPMLURL.cleaned($0.text) }
        var seen = Set<String>()
        var found: [FeedSource] = []
        tree.forEachOutline { outline, folder in
            guard let written = outline.xmlURL else { return }
            let url = OPMLURL.resolve(written, against: baseURL)
            guard seen.insert(url).inserted else { return }
            found.append(FeedSource(
                url: url,
                title: outline.label,
                htmlURL: OPMLURL.cleaned(outline.attribute("htmlurl")).map {
                    OPMLURL.resolve($0, against: baseURL)
                },
                folder: folder,
                checkEvery: outline.attribute(FeedSource.checkEveryAttribute.lowercased())
                    .flatMap(IntervalText.seconds(in:))))
        }
        sources = found
    }
}
