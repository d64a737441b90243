/// Everything the parser understood in one feed document.
///
/// Values are normalised once when built: trimmed, empty text is nil, relative URLs are absolute.
/// The feed header is `FeedInfo`, each item or entry a `ParsedEntry`.
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
