import Foundation
import TidingsModel

/// One subscription as stored, with its fetch state.
package struct FeedRecord: Sendable, Hashable {
    package var id: Int64
    package var url: String
    /// The user's name for the feed, from feeds.opml.
    package var title: String?
    /// The feed's own title, from its last document.
    package var feedTitle: String?
    package var siteURL: String?
    package var folder: [String]
    package var etag: String?
    package var lastModified: String?
    package var bodyHash: String?
    /// Seconds between two checks when all is well.
    package var checkInterval: TimeInterval
    package var nextCheckAt: Date
    package var lastFetchAt: Date?
    package var lastSuccessAt: Date?
    package var lastStatus: Int?
    /// One sentence on what went wrong at the last check: why it failed, or (with a success) what
    /// was broken in the document that was recovered; nil after a clean success.
    package var lastError: String?
    package var failureCount: Int
    /// Consecutive checks that answered 410 Gone.
    package var goneCount = 0
    /// When the feed was retired after answering 410 Gone too often; nil while it is checked.
    package var retiredAt: Date?
    /// The user's fixed interval between checks, from feeds.opml; nil lets the schedule decide.
    package var checkOverride: TimeInterval?
    /// Where permanent redirects have been sending this feed, and on how many consecutive checks.
    package var movedTo: String?
    package var movedCount = 0
    /// The schedule hints of the feed's last document (ttl, skipHours, skipDays, sy:*).
    package var refreshHints = RefreshHints()

    /// What to call the feed: the user's title, the feed's own, else its URL.
    package var displayTitle: String { title ?? feedTitle ?? url }
}

/// A feed with the counts `tidings feeds` shows.
package struct FeedStatus: Sendable, Hashable {
    package var feed: FeedRecord
    package var itemCount: Int
    package var unreadCount: Int
}
