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
    /// Consecutive checks that must end in the same permanent redirect (301/308) before the
    /// subscription moves to its target.
    package var moveAfterRedirects = 3
    /// Consecutive 410 Gone answers after which a feed is retired.
    package var retireAfterGone = 3
    /// Feeds fetched at once (the fetcher enforces its own cap as well).
    package var maxConcurrent = 64

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
    private let mover: SubscriptionMover
    private let pauses: HostPauses

    /// `subscriptions` is the file a moved feed is rewritten in; nil moves it in the database only.
    package init(store: FeedStore, fetcher: any FeedFetching, settings: RefreshSettings, logger: Logger,
                 subscriptions: SubscriptionFile? = nil, clock: @escaping @Sendable () -> Date = Date.init) {
        self.mover = SubscriptionMover(store: store, subscriptions: subscriptions)
        self.pauses = HostPauses(policy: settings.policy)
        self.store = store
        self.fetcher = fetcher
        self.settings = settings
        self.logger = logger
        self.clock = clock
    }

    /// Refreshes the feeds that are due now.
    package func refreshDue(progress: (@Sendable (Int, Int) -> Void)? = nil) async throws(StoreError) -> RefreshSummary {
        let due = try await store.dueFeeds(at: clock())
        let summary = await refresh(due, progress: progress)
        // Keys of items older than any new item's window are no use: the index stays small.
        if summary.newItems > 0 {
            do {
                try await store.pruneCandidateIndex(now: clock())
            } catch {
                logger.warning("could not prune the dedup index: \(error)")
            }
        }
        return summary
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
            let host = HostPauses.host(of: feed.url)
            if let until = pauses.pausedUntil(host, now: clock()) {
                // The server asked every client to wait: not this feed's failure, just later.
                try await store.postpone(feedID: feed.id, until: until)
                logger.debug("postponed: \(host) is paused")
                return .postponed
            }
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

    private func handle(_ response: FetchResponse, for feed: FeedRecord, mayAdopt: Bool = true, logger: Logger)
        async throws(StoreError) -> FeedRefreshResult
    {
        let now = clock()
        let server = HTTPCacheHeaders.hints(from: response.headers, now: now)
        var feed = feed
        let host = HostPauses.host(of: feed.url)
        if response.status == 304 || (200..<300).contains(response.status) {
            pauses.clear(host)
            feed = try await followPermanentRedirects(response, for: feed, logger: logger)
        } else if response.status == 429 || response.status == 503 {
            let until = pauses.refuse(host, retryAfter: server.retryAfter, now: now)
            logger.notice("\(host) refused with HTTP \(response.status): its feeds wait until \(until)")
        }
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
            if mayAdopt, let adopted = try await adoptAdvertisedFeed(of: parsed, for: feed, logger: logger) {
                return adopted
            }
            return try await fail(feed, status: response.status, message: Self.notAFeed(parsed), server: server,
                                  logger: logger)
        }
        let next = nextCheck(now: now, feed: FeedHints(parsed.info.refreshHints), server: server,
                             itemDates: parsed.entries.compactMap { ($0.published ?? $0.updated)?.instant },
                             override: feed.checkOverride)
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

    /// Counts the checks that ended in the same permanent redirect; once there are enough, moves
    /// the subscription to the target. Returns the feed as it now stands.
    private func followPermanentRedirects(_ response: FetchResponse, for feed: FeedRecord, logger: Logger)
        async throws(StoreError) -> FeedRecord
    {
        let permanent = !response.redirects.isEmpty && response.redirects.allSatisfy { [301, 308].contains($0.status) }
        let target = permanent ? response.effectiveURL : nil
        guard target != nil || feed.movedCount > 0 else { return feed }
        let count = try await store.noteRedirect(feedID: feed.id, to: target)
        guard let target, count >= settings.moveAfterRedirects else { return feed }
        do {
            let moved = try await mover.move(feed, to: target)
            logger.notice("subscription moved: \(feed.url) redirected permanently to \(target) on \(count) checks in a row")
            return moved
        } catch {
            logger.error("could not move the subscription to \(target): \(error)")
            return feed
        }
    }

    /// A web page where a feed was expected: when it advertises exactly one feed and that is
    /// really a feed, the subscription moves to it and the feed is stored now. Nil otherwise.
    private func adoptAdvertisedFeed(of page: ParsedFeed, for feed: FeedRecord, logger: Logger)
        async throws(StoreError) -> FeedRefreshResult?
    {
        let advertised = Set(page.advertisedFeeds.map(\.href))
        guard advertised.count == 1, let url = advertised.first, url != feed.url,
              let response = try? await fetcher.fetch(FetchRequest(url: url)), (200..<300).contains(response.status)
        else { return nil }
        // Stored under the subscription as it is; it moves only once the link proved to be a feed.
        let result = try await handle(response, for: feed, mayAdopt: false, logger: logger)
        if case .failed = result { return result }
        do {
            _ = try await mover.move(feed, to: url)
            logger.notice("subscription moved: \(feed.url) is a web page; it advertises the feed \(url)")
        } catch {
            logger.error("kept \(feed.url) (a web page advertising \(url)): \(error)")
        }
        return result
    }

    /// A 304, or the same bytes again: validators and schedule move on (with the hints and the
    /// publishing rate stored from earlier documents), no item is touched.
    private func unchanged(_ feed: FeedRecord, _ response: FetchResponse, server: ServerHints, at now: Date)
        async throws(StoreError) -> FeedRefreshResult
    {
        let next = nextCheck(now: now, feed: FeedHints(feed.refreshHints), server: server,
                             itemDates: try await store.recentItemDates(feedID: feed.id), override: feed.checkOverride)
        try await store.recordUnchanged(feedID: feed.id, at: now, status: response.status, etag: response.etag,
                                        lastModified: response.lastModified, nextCheckAt: next)
        return .unchanged
    }

    private func nextCheck(now: Date, feed: FeedHints, server: ServerHints, itemDates: [Date],
                           override: TimeInterval?) -> Date {
        var random = SystemRandomNumberGenerator()
        return Schedule.afterSuccess(now: now, policy: settings.policy, feed: feed, server: server,
                                     itemDates: itemDates, override: override, random: &random)
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
