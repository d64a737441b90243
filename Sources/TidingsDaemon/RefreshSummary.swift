/// What one refresh pass did, for the log and `tidings refresh`.
package struct RefreshSummary: Sendable, Hashable {
    /// Feeds fetched and stored (including those unchanged).
    package var ok = 0
    /// Of those, feeds that answered 304 or sent the same bytes as last time.
    package var unchanged = 0
    package var failed = 0
    /// Feeds not fetched because their host asked for a pause (429/503).
    package var postponed = 0
    package var newItems = 0
    package var newStories = 0
    /// Each failed feed's URL and the sentence recorded on it.
    package var failures: [Failure] = []

    package struct Failure: Sendable, Hashable {
        package var url: String
        package var message: String
    }

    package init() {}

    mutating func add(_ result: FeedRefreshResult) {
        switch result {
        case .updated(let newItems, let newStories):
            ok += 1
            self.newItems += newItems
            self.newStories += newStories
        case .unchanged:
            ok += 1
            unchanged += 1
        case .postponed:
            postponed += 1
        case .failed(let url, let message):
            failed += 1
            failures.append(Failure(url: url, message: message))
        }
    }
}

/// How one feed's refresh ended.
package enum FeedRefreshResult: Sendable, Hashable {
    case updated(newItems: Int, newStories: Int)
    case unchanged
    /// Not fetched: its host is paused.
    case postponed
    case failed(url: String, message: String)
}
