import Foundation

/// A date as the feed wrote it, and the instant it names when that could be worked out.
package struct FeedDate: Sendable, Hashable {
    /// The text exactly as it appeared in the feed.
    package var raw: String
    /// The parsed instant, or nil when the text could not be read as a date.
    package var instant: Date?

    package init(raw: String, instant: Date?) {
        self.raw = raw
        self.instant = instant
    }
}
