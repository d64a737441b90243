import Foundation
import Logging
import TidingsFetch
import TidingsModel
import TidingsParse
import TidingsStore

/// Settings of a refresh pass.
package struct RefreshSettings: Sendable {
    /// Bounds, jitter and backoff for the next-check times.
    package var policy = SchedulePolicy()
    /// Seconds between two checks of a feed nothing is known about yet.
    package var checkInterval: TimeInterval { policy.defaultInterval }
    /// Consecutive 410 Gone answers after which a feed is retired.
    package var retireAfterGone = 3
    /// Feeds fetched at once (the fetcher enforces its own cap as well).
    package var maxConcurrent = 32

    package init() {}
}

/// Fetches, parses and stores feeds: one feed's failure is recorded on that feed and never stops
/// the others. Each feed's result is written in one transaction.
package final class RefreshPipeline: Sendable {
    private let store: FeedStore
    private let fetcher: any FeedFetching
    private let settings: RefreshSettings
    private let logger: Logger
    private let clock: @Sendable () -> Date

    package init(store: FeedStore, fetcher: any FeedFetching, settings: RefreshSettings, logger: Logger,
                 clock: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.fetcher = fetcher
        self.settings = settings
        self.logger = logger
        self.clock = clock
    }

    /// Refreshes the feeds that are due now.
    package func refreshDue(progress: (@Sendable (Int, Int) -> Void)? = nil) async throws(StoreError) -> RefreshSummary {
        let due = try await store.dueFeeds(at: clock())
        return await refresh(due, progress: progress)
    }

    /// Refreshes `feeds`, at most `maxConcurrent` at a time. `progress` gets (done, total).
    package func refresh(_ feeds: [FeedRecord], progress: (@Sendable (Int, Int) -> Void)? = nil) async -> RefreshSummary {
        await withTaskGroup(of: FeedRefreshResult.self) { group in
            var pending = feeds.makeIterator()
            for _ in 0..<max(1, settings.maxConcurrent) {
                guard let feed = pending.next() else { break }
                group.addTask { await self.refreshOne(feed) }
            }
            var summary = RefreshSummary()
            var done = 0
            for await result in group {
                summary.add(result)
                done += 1
                progress?(done, feeds.count)
                if !Task.isCancelled, let feed = pending.next() {
                    group.addTask { await self.refreshOne(feed) }
                }
            }
            return summary
        }
    }

    /// One feed: fetch, then store what came back or record why nothing did.
    package func refreshOne(_ feed: FeedRecord) async -> FeedRefreshResult {
        var logger = self.logger
        logger[metadataKey: "feed_url"] = "\(feed.url)"
        let request = FetchRequest(url: feed.url, etag: feed.etag, lastModified: feed.lastModified)
        do {
            let response: FetchResponse
            do {
                response = try await fetcher.fetch(request)
            } catch {
                // Shutting down: leave the feed due rather than record a failure it did not have.
                if Task.isCancelled { return .failed(url: feed.url, message: "cancelled") }
                return try await fail(feed, status: nil, message: error.description, logger: logger)
            }
            return try await handle(response, for: feed, logger: logger)
        } catch {
            logger.error("could not store the refresh", metadata: ["error": "\(error.description)"])
            return .failed(url: feed.url, message: error.description)
        }
    }

    private func handle(_ response: FetchResponse, for feed: FeedRecord, logger: Logger)
        async throws(StoreError) -> FeedRefreshResult
    {
        let now = clock()
        let server = HTTPCacheHeaders.hints(from: response.headers, now: now)
        if response.status == 304 {
            return try await unchanged(feed, response, server: server, at: now)
        }
        guard (200..<300).contains(response.status) else {
            return try await fail(feed, status: response.status, message: HTTPStatusText.sentence(for: response.status),
                                  server: server, logger: logger)
        }
        let bodyHash = StableHash.hex(of: response.body)
        if bodyHash == feed.bodyHash, feed.lastSuccessAt != nil {
            // Same bytes as last time (a server without validators): nothing to parse.
            return try await unchanged(feed, response, server: server, at: now)
        }
        let parsed = FeedParser.parse(response.body, url: response.effectiveURL, contentType: response.contentType)
        guard parsed.format != .unknown else {
            return try await fail(feed, status: response.status, message: Self.notAFeed(parsed), server: server,
                                  logger: logger)
        }
        let next = nextCheck(now: now, feed: FeedHints(parsed.info.refreshHints), server: server,
                             itemDates: parsed.entries.compactMap { ($0.published ?? $0.updated)?.instant })
        var refresh = FeedRefresh(
            feedID: feed.id, fetchedAt: now, status: response.status, etag: response.etag,
            lastModified: response.lastModified, bodyHash: bodyHash,
            feedTitle: parsed.info.title.map(EntryConverter.plainText), siteURL: parsed.info.link,
            items: EntryConverter.items(from: parsed, feedURL: feed.url), nextCheckAt: next,
            warning: parsed.bozo ? "recovered from a broken feed: \(parsed.bozoMessage ?? "not well-formed")" : nil)
        refresh.refreshHints = parsed.info.refreshHints
        let outcome = try await store.apply(refresh)
        if parsed.bozo {
            logger.notice("feed is broken, stored what could be recovered",
                          metadata: ["reason": "\(parsed.bozoMessage ?? "not well-formed")"])
        }
        logger.debug("refreshed", metadata: ["new_items": "\(outcome.newItems)", "new_stories": "\(outcome.newStories)"])
        return .updated(newItems: outcome.newItems, newStories: outcome.newStories)
    }

    /// A 304, or the same bytes again: validators and schedule move on (with the hints and the
    /// publishing rate stored from earlier documents), no item is touched.
    private func unchanged(_ feed: FeedRecord, _ response: FetchResponse, server: ServerHints, at now: Date)
        async throws(StoreError) -> FeedRefreshResult
    {
        let next = nextCheck(now: now, feed: FeedHints(feed.refreshHints), server: server,
                             itemDates: try await store.recentItemDates(feedID: feed.id))
        try await store.recordUnchanged(feedID: feed.id, at: now, status: response.status, etag: response.etag,
                                        lastModified: response.lastModified, nextCheckAt: next)
        return .unchanged
    }

    private func nextCheck(now: Date, feed: FeedHints, server: ServerHints, itemDates: [Date]) -> Date {
        var random = SystemRandomNumberGenerator()
        return Schedule.afterSuccess(now: now, policy: settings.policy, feed: feed, server: server,
                                     itemDates: itemDates, random: &random)
    }

    private func fail(_ feed: FeedRecord, status: Int?, message: String, server: ServerHints = ServerHints(),
                      logger: Logger) async throws(StoreError) -> FeedRefreshResult
    {
        let now = clock()
        var random = SystemRandomNumberGenerator()
        let next = Schedule.afterFailure(now: now, policy: settings.policy, consecutiveFailures: feed.failureCount + 1,
                                         server: server, random: &random)
        let retired = try await store.recordFailure(feedID: feed.id, at: now, status: status, error: message,
                                                    nextCheckAt: next, retireAfterGone: settings.retireAfterGone)
        logger.warning("refresh failed: \(message)")
        if retired {
            logger.notice("""
                retired: the feed answered 410 Gone \(settings.retireAfterGone) times in a row; \
                `tidings feeds revive \(feed.id)` brings it back
                """)
        }
        return .failed(url: feed.url, message: message)
    }

    /// "not a feed: HTML page (it advertises https://…)".
    static func notAFeed(_ parsed: ParsedFeed) -> String {
        var message = parsed.bozoMessage ?? "not a feed"
        if let advertised = parsed.advertisedFeeds.first {
            message += " (it advertises \(advertised.href))"
        }
        return message
    }
}
