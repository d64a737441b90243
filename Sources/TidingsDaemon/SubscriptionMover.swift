import Foundation
import Synchronization
import TidingsStore

/// Moves a subscription to a new URL (a permanent redirect that stuck, the one feed a web page
/// advertises): feeds.opml first, then the database, so a file that cannot be written leaves
/// everything as it was. Edits of the file are serialised: feeds refresh in parallel.
package final class SubscriptionMover: Sendable {
    private let store: FeedStore
    private let subscriptions: SubscriptionFile?
    private let fileLock = Mutex(())

    /// Without a subscriptions file (tests, one-off parses) only the database moves.
    package init(store: FeedStore, subscriptions: SubscriptionFile?) {
        self.store = store
        self.subscriptions = subscriptions
    }

    /// Returns the feed now subscribed at `url` (this one, or one that already had that URL).
    package func move(_ feed: FeedRecord, to url: String) async throws -> FeedRecord {
        if let subscriptions {
            try fileLock.withLock { _ throws(SubscriptionFileError) in
                _ = try subscriptions.replace(url: feed.url, with: url)
            }
        }
        return try await store.moveFeed(id: feed.id, to: url)
    }
}
