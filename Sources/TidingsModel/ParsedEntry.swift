/// One item (RSS), entry (Atom) or item (JSON Feed).
package struct ParsedEntry: Sendable, Hashable {
    /// RSS `guid`, Atom `id`, RSS 1.0 `rdf:about` or JSON Feed `id`, as written.
    package var id: String?
    /// For an RSS guid: `isPermaLink` missing or "true".
    package var idIsPermalink: Bool?
    package var title: FeedText?
    /// The item's page. For a FeedBurner feed, `feedburner:origLink` (the proxy link stays in `links`).
    package var link: String?
    package var links: [Link] = []
    package var authors: [Person] = []
    package var contributors: [Person] = []
    /// `dc:publisher`.
    package var publisher: Person?
    package var summary: FeedText?
    package var content: [FeedContent] = []
    package var published: FeedDate?
    package var updated: FeedDate?
    /// Atom 0.3 `created`, `dcterms:created`.
    package var created: FeedDate?
    /// RSS `expirationDate`.
    package var expired: FeedDate?
    package var categories: [Category] = []
    package var enclosures: [Enclosure] = []
    /// RSS `comments`: the page holding the item's comments.
    package var comments: String?
    /// `wfw:commentRss`: a feed of the item's comments.
    package var commentsFeed: String?
    /// `slash:comments`: how many comments the item has.
    package var commentCount: Int?
    package var source: EntrySource?
    package var rights: FeedText?
    package var language: String?
    /// `cc:license`, `creativeCommons:license` (a URL).
    package var license: String?
    /// JSON Feed `image`: the item's main image.
    package var image: String?
    /// JSON Feed `banner_image`: a wide image shown above the item.
    package var bannerImage: String?
    package var itunes: ITunesInfo?
    /// Media RSS: one value for the item's own `media:*` elements and one per `media:group`, in
    /// document order.
    package var media: [MediaInfo] = []
    /// GeoRSS: where the item is about.
    package var location: GeoLocation?

    package init() {}
}
