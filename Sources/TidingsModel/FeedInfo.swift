/// The feed-level header: channel (RSS), feed (Atom) or top-level object (JSON Feed) metadata.
package struct FeedInfo: Sendable, Hashable {
    package var title: FeedText?
    package var subtitle: FeedText?
    /// Atom 0.3 `info`, `feedburner:browserFriendly`: a note about the feed itself.
    package var info: FeedText?
    package var rights: FeedText?
    package var id: String?
    /// The main (alternate, HTML) link.
    package var link: String?
    /// Every link in document order (Atom links, `atom:link` inside RSS, JSON Feed's `feed_url`).
    package var links: [Link] = []
    package var authors: [Person] = []
    package var contributors: [Person] = []
    /// RSS `webMaster`, `dc:publisher`.
    package var publisher: Person?
    package var language: String?
    /// Atom `generator` with its `uri` and `version`, RSS `generator`.
    package var generatorInfo: Generator?
    /// RSS `image`, JSON Feed `icon`.
    package var image: FeedImage?
    /// Atom `icon`, JSON Feed `favicon`: a small square image.
    package var icon: String?
    /// Atom `logo`: a larger, wider image.
    package var logo: String?
    package var updated: FeedDate?
    package var published: FeedDate?
    /// Atom 0.3 `created`, `dcterms:created`.
    package var created: FeedDate?
    package var categories: [Category] = []
    /// RSS `docs`: the URL of the format's specification.
    package var docs: String?
    /// RSS `cloud`: where to register for update notifications.
    package var cloud: FeedCloud?
    /// RSS `textInput`.
    package var textInput: TextInput?
    /// `<redirect><newLocation>` or `itunes:new-feed-url`: the feed has moved there.
    package var newLocation: String?
    /// `cc:license`, `creativeCommons:license` (a URL).
    package var license: String?
    /// JSON Feed `expired`: the feed will not be updated again.
    package var isExpired: Bool?
    package var itunes: ITunesInfo?
    /// GeoRSS: where the feed as a whole is about.
    package var location: GeoLocation?
    /// What the feed says about how often to read it (`ttl`, `skipHours`, `sy:*`), for the scheduler.
    package var refreshHints = RefreshHints()

    package init() {}

    /// The generator's name, else its URI (the string form `parse --json` also accepts).
    package var generator: String? {
        get { generatorInfo.flatMap { $0.name ?? $0.uri } }
        set { generatorInfo = newValue.map { Generator(name: $0) } }
    }

    /// RSS `ttl`, in minutes (kept in `refreshHints`).
    package var ttl: Int? {
        get { refreshHints.ttl }
        set { refreshHints.ttl = newValue }
    }
}
