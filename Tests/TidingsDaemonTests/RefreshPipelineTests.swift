import Foundation
import Testing
import TidingsDaemon
import TidingsFetch
import TidingsModel
import TidingsStore

@Suite struct RefreshPipelineTests {
    let database: TestDatabase
    let fetcher = FakeFetcher()
    let pipeline: RefreshPipeline
    let now = Date(timeIntervalSince1970: 1_741_003_200)  // 2025-03-03T12:00:00Z

    init() throws {
        database = try TestDatabase()
        let clock = now
        var settings = RefreshSettings()
        settings.policy.jitter = 0
        pipeline = RefreshPipeline(store: database.store, fetcher: fetcher, settings: settings,
                                   logger: quietLogger, clock: { clock })
    }

    private func subscribe(_ urls: [String]) async throws -> [FeedRecord] {
        _ = try await database.store.syncSubscriptions(urls.map { FeedSource(url: $0) }, checkInterval: 1800, now: now)
        return try await database.store.dueFeeds(at: now)
    }

    @Test func storesItemsThenSendsValidatorsAndTouchesNothingOn304() async throws {
        let url = "https://wire.example/rss"
        fetcher.serve(url, body: rssDocument(title: "Wire", items: [("a", "First", "https://wire.example/1"),
                                                                    ("b", "Second", "https://wire.example/2")]),
                      etag: "\"v1\"")
        let first = await pipeline.refresh(try await subscribe([url]))
        #expect(first == {
            var expected = RefreshSummary()
            expected.ok = 1; expected.newItems = 2; expected.newStories = 2
            return expected
        }())
        let feed = try await database.store.feed(matching: url)
        #expect(feed.etag == "\"v1\"")
        // All items carry one date, so nothing is known of the rate: the default interval.
        #expect(feed.nextCheckAt == now.addingTimeInterval(3600))

        let second = await pipeline.refresh([feed])
        #expect(second.unchanged == 1 && second.newItems == 0)
        #expect(fetcher.requests.last?.etag == "\"v1\"")
        #expect(try await database.store.stories(StoryQuery()).count == 2)
    }

    @Test func sameLinkInTwoFeedsIsOneStoryWithBothCopies() async throws {
        fetcher.serve("https://cbc.example/rss", body: rssDocument(
            title: "CBC", items: [("cbc-1", "Talks resume", "https://wire.example/story?utm_source=cbc")]))
        fetcher.serve("https://metro.example/rss", body: rssDocument(
            title: "Metro", items: [("m-9", "Envoys meet again", "https://WIRE.example:443/story#top")]))
        let summary = await pipeline.refresh(try await subscribe(["https://cbc.example/rss", "https://metro.example/rss"]))
        #expect(summary.newItems == 2)
        #expect(summary.newStories == 1)
        let stories = try await database.store.stories(StoryQuery())
        try #require(stories.count == 1)
        #expect(Set(stories[0].copies.map(\.feedURL)) == ["https://cbc.example/rss", "https://metro.example/rss"])
    }

    @Test func oneFailingFeedIsRecordedAndTheOthersStillRefresh() async throws {
        fetcher.serve("https://ok.example/rss", body: rssDocument(title: "Ok", items: [("1", "Fine", "https://ok.example/1")]))
        fetcher.answer("https://gone.example/rss", .response(status: 404, headers: [:], body: "<html>nope</html>"))
        fetcher.answer("https://dead.example/rss", .failure(.connectionRefused("dead.example:443")))
        let summary = await pipeline.refresh(try await subscribe(
            ["https://ok.example/rss", "https://gone.example/rss", "https://dead.example/rss"]))
        #expect(summary.ok == 1 && summary.failed == 2 && summary.newItems == 1)
        let gone = try await database.store.feed(matching: "https://gone.example/rss")
        #expect(gone.lastError == "HTTP 404 (not found)")
        #expect(gone.lastStatus == 404)
        #expect(gone.failureCount == 1)
        #expect(gone.nextCheckAt > now)
        let dead = try await database.store.feed(matching: "https://dead.example/rss")
        #expect(dead.lastError == "connection refused by dead.example:443")
    }

    @Test func anHTMLPageIsNotAFeedAndNamesTheFeedItAdvertises() async throws {
        let page = """
            <!DOCTYPE html><html><head><title>Home</title>
            <link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>Hi</body></html>
            """
        fetcher.answer("https://site.example/", .response(status: 200, headers: ["content-type": "text/html"], body: page))
        let summary = await pipeline.refresh(try await subscribe(["https://site.example/"]))
        #expect(summary.failed == 1)
        let feed = try await database.store.feed(matching: "https://site.example/")
        let error = try #require(feed.lastError)
        #expect(error.contains("not a feed"))
        #expect(error.contains("https://site.example/feed.xml"))
    }

    @Test func sameBytesWithoutValidatorsAreNotParsedAgain() async throws {
        let url = "https://plain.example/rss"
        fetcher.serve(url, body: rssDocument(title: "Plain", items: [("1", "Once", "https://plain.example/1")]))
        _ = await pipeline.refresh(try await subscribe([url]))
        let again = await pipeline.refresh([try await database.store.feed(matching: url)])
        #expect(again.unchanged == 1)
        #expect(fetcher.requests.last?.etag == nil)
    }

    @Test func aRecoveredBrokenFeedStoresItsItemsWithAWarning() async throws {
        let url = "https://broken.example/rss"
        let truncated = rssDocument(title: "Broken", items: [("1", "Kept", "https://broken.example/1")])
            .replacingOccurrences(of: "</channel></rss>", with: "<item><title>Cut off")
        fetcher.serve(url, body: truncated)
        let summary = await pipeline.refresh(try await subscribe([url]))
        #expect(summary.ok == 1 && summary.newItems >= 1)
        let feed = try await database.store.feed(matching: url)
        #expect(feed.lastError?.hasPrefix("recovered from a broken feed") == true)
        // Nothing changed: the document is as broken as before, and the warning stays.
        #expect(await pipeline.refresh([feed]).unchanged == 1)
        #expect(try await database.store.feed(matching: url).lastError == feed.lastError)
    }

    @Test func theFeedsTTLStillCountsWhenTheServerAnswers304() async throws {
        let url = "https://slow.example/rss"
        let body = rssDocument(title: "Slow", items: [("1", "Weekly column", "https://slow.example/1")])
            .replacingOccurrences(of: "<description>News</description>", with: "<description>News</description><ttl>180</ttl>")
        fetcher.serve(url, body: body, etag: "\"t1\"")
        _ = await pipeline.refresh(try await subscribe([url]))
        let first = try await database.store.feed(matching: url)
        #expect(first.nextCheckAt == now.addingTimeInterval(3 * 3600))
        #expect(first.refreshHints.ttl == 180)
        let second = await pipeline.refresh([first])
        #expect(second.unchanged == 1)
        #expect(try await database.store.feed(matching: url).nextCheckAt == now.addingTimeInterval(3 * 3600))
    }

    @Test func a410SeenThreeTimesInARowRetiresTheFeedUntilRevived() async throws {
        let url = "https://closed.example/rss"
        fetcher.answer(url, .response(status: 410, headers: [:], body: "gone"))
        var feeds = try await subscribe([url])
        for round in 1...3 {
            _ = await pipeline.refresh(feeds)
            let feed = try await database.store.feed(matching: url)
            #expect(feed.goneCount == round)
            #expect((feed.retiredAt != nil) == (round == 3))
            feeds = [feed]
        }
        let retired = try await database.store.feed(matching: url)
        #expect(retired.lastError == "HTTP 410 (gone)")
        // Retired feeds are never due, whatever their next-check time.
        #expect(try await database.store.dueFeeds(at: .distantFuture).isEmpty)
        #expect(try await database.store.nextCheck() == nil)

        try await database.store.reviveFeed(id: retired.id)
        let revived = try await database.store.dueFeeds(at: now)
        #expect(revived.map(\.url) == [url])
        #expect(revived.first?.goneCount == 0 && revived.first?.retiredAt == nil)
    }

    @Test func anyOtherAnswerResetsTheGoneCount() async throws {
        let url = "https://flaky.example/rss"
        fetcher.answer(url, .response(status: 410, headers: [:], body: "gone"))
        _ = await pipeline.refresh(try await subscribe([url]))
        fetcher.answer(url, .response(status: 503, headers: [:], body: "busy"))
        _ = await pipeline.refresh([try await database.store.feed(matching: url)])
        let feed = try await database.store.feed(matching: url)
        #expect(feed.goneCount == 0 && feed.failureCount == 2 && feed.retiredAt == nil)
    }

    @Test func aPermanentRedirectSeenThreeTimesMovesTheSubscriptionInTheFileAndTheDatabase() async throws {
        let old = "https://old.example/rss", new = "https://new.example/feed.xml"
        let opml = database.folder.appendingPathComponent("feeds.opml").path
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><body>
              <!-- mine -->
              <outline text="World"><outline type="rss" text="Old name" xmlUrl="\(old)"/></outline>
            </body></opml>
            """.write(toFile: opml, atomically: true, encoding: .utf8)
        var settings = RefreshSettings()
        settings.policy.jitter = 0
        let clock = now
        let moving = RefreshPipeline(store: database.store, fetcher: fetcher, settings: settings, logger: quietLogger,
                                     subscriptions: SubscriptionFile(path: opml), clock: { clock })
        fetcher.answer(old, .redirect(to: new, status: 301))
        fetcher.serve(new, body: rssDocument(title: "Moved", items: [("1", "Still here", "https://new.example/1")]))
        var feed = try #require(try await subscribe([old]).first)
        for round in 1...3 {
            _ = await moving.refresh([feed])
            feed = try await database.store.feed(matching: String(feed.id))
            #expect(feed.url == (round < 3 ? old : new))
        }
        let file = try String(contentsOfFile: opml, encoding: .utf8)
        #expect(file.contains(#"xmlUrl="https://new.example/feed.xml""#) && !file.contains(old))
        #expect(file.contains("<!-- mine -->") && file.contains(#"text="Old name""#))
        #expect(try await database.store.stories(StoryQuery()).count == 1)

        // A temporary redirect never moves anything.
        fetcher.answer("https://temp.example/rss", .redirect(to: new, status: 302))
        var temp = try #require(try await database.store.addFeed(FeedSource(url: "https://temp.example/rss"),
                                                                 checkInterval: 1800, now: now) as FeedRecord?)
        for _ in 1...4 { _ = await moving.refresh([temp]); temp = try await database.store.feed(matching: String(temp.id)) }
        #expect(temp.url == "https://temp.example/rss" && temp.movedCount == 0)
    }

    @Test func aWebPageAdvertisingOneFeedIsReplacedByThatFeed() async throws {
        let page = "https://site.example/", feedURL = "https://site.example/feed.xml"
        fetcher.answer(page, .response(status: 200, headers: ["content-type": "text/html"], body: """
            <!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml">
            </head><body>Home</body></html>
            """))
        fetcher.serve(feedURL, body: rssDocument(title: "Site", items: [("1", "First post", "https://site.example/1")]))
        let summary = await pipeline.refresh(try await subscribe([page]))
        #expect(summary.ok == 1 && summary.newItems == 1)
        let feeds = try await database.store.feedStatuses()
        #expect(feeds.map(\.feed.url) == [feedURL])
        #expect(feeds.first?.feed.lastError == nil)
    }

    @Test func a429WithRetryAfterPausesTheWholeHostAndASuccessEndsIt() async throws {
        let first = "https://busy.example/a.xml", second = "https://busy.example/b.xml"
        fetcher.answer(first, .response(status: 429, headers: ["retry-after": "600"], body: "slow down"))
        fetcher.serve(second, body: rssDocument(title: "B", items: [("1", "B1", "https://busy.example/b1")]))
        let feeds = try await subscribe([first, second])
        let a = try #require(feeds.first { $0.url == first })
        let b = try #require(feeds.first { $0.url == second })

        let refused = await pipeline.refresh([a])
        #expect(refused.failed == 1)
        #expect(try await database.store.feed(matching: first).nextCheckAt == now.addingTimeInterval(900))
        let postponed = await pipeline.refresh([b])
        #expect(postponed.postponed == 1 && postponed.ok == 0)
        #expect(!fetcher.requests.contains { $0.url == second })
        let waiting = try await database.store.feed(matching: second)
        #expect(waiting.nextCheckAt == now.addingTimeInterval(600))
        #expect(waiting.failureCount == 0 && waiting.lastError == nil)
    }
}

@Suite struct HostPausesTests {
    let now = Date(timeIntervalSince1970: 1_741_003_200)

    @Test func retryAfterSetsThePauseAndRefusalsWithoutItDouble() {
        let pauses = HostPauses(policy: SchedulePolicy())
        #expect(pauses.pausedUntil("a.example", now: now) == nil)
        #expect(pauses.refuse("a.example", retryAfter: now.addingTimeInterval(120), now: now) == now.addingTimeInterval(120))
        #expect(pauses.pausedUntil("a.example", now: now) == now.addingTimeInterval(120))
        #expect(pauses.pausedUntil("a.example", now: now.addingTimeInterval(121)) == nil)
        #expect(pauses.pausedUntil("b.example", now: now) == nil)

        let later = now.addingTimeInterval(1000)
        #expect(pauses.refuse("a.example", retryAfter: nil, now: later) == later.addingTimeInterval(1800))
        #expect(pauses.refuse("a.example", retryAfter: nil, now: later) == later.addingTimeInterval(3600))
        pauses.clear("a.example")
        #expect(pauses.pausedUntil("a.example", now: later) == nil)
        #expect(pauses.refuse("a.example", retryAfter: nil, now: later) == later.addingTimeInterval(900))
    }

    @Test func hostsAreComparedWithoutCase() {
        #expect(HostPauses.host(of: "https://News.Example:8443/rss") == "news.example")
        #expect(HostPauses.host(of: "file:///tmp/feed.xml") == "file:///tmp/feed.xml")
    }
}

extension RefreshPipelineTests {
    @Test func theUsersFixedIntervalWinsOverTheFeedsHints() async throws {
        let url = "https://fixed.example/rss"
        let body = rssDocument(title: "Fixed", items: [("1", "One", "https://fixed.example/1")])
            .replacingOccurrences(of: "<description>News</description>", with: "<description>News</description><ttl>600</ttl>")
        fetcher.serve(url, body: body)
        _ = try await database.store.syncSubscriptions([FeedSource(url: url, checkEvery: 1200)], checkInterval: 1800, now: now)
        let feed = try #require(try await database.store.dueFeeds(at: now).first)
        #expect(feed.checkOverride == 1200)
        _ = await pipeline.refresh([feed])
        #expect(try await database.store.feed(matching: url).nextCheckAt == now.addingTimeInterval(1200))
    }
}
