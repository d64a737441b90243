import Foundation
import TidingsDedup
import TidingsModel

/// One parsed item on its way into the store, with its identity and story key already decided.
package struct IncomingItem: Sendable, Hashable {
    /// Identity within the feed (from `ItemIdentity`).
    package var itemKey: String
    /// Every key under which the item may join an existing story, most specific first
    /// (exact dedup: its canonical URL, else a key of its own).
    package var storyKeys: [String]
    /// The export ID a story started by this item gets.
    package var storyUID: String
    package var guid: String?
    package var link: String?
    package var canonicalURL: String?
    package var title: String?
    package var summary: String?
    package var content: String?
    package var author: String?
    package var publishedAt: Date?
    package var publishedRaw: String?
    package var updatedAt: Date?
    /// For near-duplicate matching; nil leaves the item to exact keys only.
    package var fingerprint: Fingerprint?

    package init(itemKey: String, storyKeys: [String], storyUID: String, guid: String? = nil,
                 link: String? = nil, canonicalURL: String? = nil, title: String? = nil,
                 summary: String? = nil, content: String? = nil, author: String? = nil,
                 publishedAt: Date? = nil, publishedRaw: String? = nil, updatedAt: Date? = nil,
                 fingerprint: Fingerprint? = nil) {
        self.itemKey = itemKey
        self.storyKeys = storyKeys
        self.storyUID = storyUID
        self.guid = guid
        self.link = link
        self.canonicalURL = canonicalURL
        self.title = title
        self.summary = summary
        self.content = content
        self.author = author
        self.publishedAt = publishedAt
        self.publishedRaw = publishedRaw
        self.updatedAt = updatedAt
        self.fingerprint = fingerprint
    }
}

/// The result of one successful fetch and parse of a feed, applied in one transaction.
package struct FeedRefresh: Sendable {
    package var feedID: Int64
    package var fetchedAt: Date
    package var status: Int
    package var etag: String?
    package var lastModified: String?
    package var bodyHash: String?
    package var feedTitle: String?
    package var siteURL: String?
    package var items: [IncomingItem]
    package var nextCheckAt: Date
    /// Set when the document was broken but something could be recovered.
    package var warning: String?
    /// What the document said about its schedule.
    package var refreshHints = RefreshHints()

    package init(feedID: Int64, fetchedAt: Date, status: Int, etag: String? = nil,
                 lastModified: String? = nil, bodyHash: String? = nil, feedTitle: String? = nil,
                 siteURL: String? = nil, items: [IncomingItem], nextCheckAt: Date, warning: String? = nil) {
        self.feedID = feedID
        self.fetchedAt = fetchedAt
        self.status = status
        self.etag = etag
        self.lastModified = lastModified
        self.bodyHash = bodyHash
        self.feedTitle = feedTitle
        self.siteURL = siteURL
        self.items = items
        self.nextCheckAt = nextCheckAt
        self.warning = warning
    }
}

/// What applying a refresh changed.
package struct RefreshOutcome: Sendable, Hashable {
    package var newItems = 0
    package var updatedItems = 0
    package var newStories = 0
    /// New items that joined an existing story (by key or near-duplicate match).
    package var joinedItems = 0
    /// Stories found to be part of another one (split by arrival order) and folded into it.
    package var absorbedStories = 0
    package init() {}
}
