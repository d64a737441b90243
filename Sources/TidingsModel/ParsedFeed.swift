/// Everything the parser understood in one feed document.
///
/// Values are normalised once when built: trimmed, empty text is nil, relative URLs are absolute.
package struct ParsedFeed: Sendable, Hashable {
    package var format: FeedFormat
    /// True when the document was broken, mislabelled or not a feed and the parser had to guess.
    package var bozo: Bool
    /// Why `bozo` is set, in one sentence.
    package var bozoMessage: String?
    /// The encoding the bytes were decoded with, as a lowercase IANA name.
    package var encoding: String?
    package var info: FeedInfo
    /// Items or entries in document order.
    package var entries: [ParsedEntry]
    /// For an HTML page: the feeds it advertises with `<link rel="alternate">`.
    package var advertisedFeeds: [Link]

    package init(format: FeedFormat = .unknown, bozo: Bool = false, bozoMessage: String? = nil,
                 encoding: String? = nil, info: FeedInfo = FeedInfo(), entries: [ParsedEntry] = [],
                 advertisedFeeds: [Link] = []) {
        self.format = format
        self.bozo = bozo
        self.bozoMessage = bozoMessage
        self.encoding = encoding
        self.info = info
        self.entries = entries
        self.advertisedFeeds = advertisedFeeds
    }
}

/// The feed-level header: channel (RSS) or feed (Atom) metadata.
package struct FeedInfo: Sendable, Hashable {
    package var title: FeedText?
    package var subtitle: FeedText?
    package var rights: FeedText?
    package var id: String?
    /// The main (alternate, HTML) link.
    package var link: String?
    /// Every link in document order (Atom links, `atom:link` inside RSS).
    package var links: [Link] = []
    package var authors: [Person] = []
    package var language: String?
    package var generator: String?
    package var icon: String?
    package var logo: String?
    package var updated: FeedDate?
    package var published: FeedDate?
    package var categories: [Category] = []
    /// RSS `ttl`, in minutes.
    package var ttl: Int?

    package init() {}
}

/// One item (RSS) or entry (Atom).
package struct ParsedEntry: Sendable, Hashable {
    /// RSS `guid` or Atom `id`, as written.
    package var id: String?
    /// For an RSS guid: `isPermaLink` missing or "true".
    package var idIsPermalink: Bool?
    package var title: FeedText?
    package var link: String?
    package var links: [Link] = []
    package var authors: [Person] = []
    package var summary: FeedText?
    package var content: [FeedContent] = []
    package var published: FeedDate?
    package var updated: FeedDate?
    package var categories: [Category] = []
    package var enclosures: [Enclosure] = []
    package var comments: String?
    package var source: EntrySource?
    package var rights: FeedText?
    package var language: String?

    package init() {}
}
