import Foundation
import Testing
import TidingsDaemon
import TidingsFetch
import TidingsModel
import TidingsStore
import TidingsTestSupport

/// The pipeline with the real libcurl fetcher against a loopback server: what servers actually
/// send (redirect chains, 410, 429 with Retry-After, a web page) leads to the right feed state.
@Suite struct LoopbackPipelineTests {
    static let feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Loop</title><link>http://loop.example/</link>
        <item><guid>loop-1</guid><title>Only item</title><link>http://loop.example/1</link></item></channel></rss>
        """

    private func run(_ body: (LoopbackServer, TestDatabase, RefreshPipeline) async throws -> Void) async throws {
        let database = try TestDatabase()
        var settings = RefreshSettings()
        settings.policy.jitter = 0
        let fetcher = Fetcher(configuration: FetchConfiguration(connectTimeout: .seconds(5), totalTimeout: .seconds(10)))
        defer { fetcher.shutdown() }
        let pipeline = RefreshPipeline(store: database.store, fetcher: fetcher, settings: settings, logger: quietLogger)
        try await LoopbackServer.serving { server in try await body(server, database, pipeline) }
    }

    @Test func aPermanentRedirectChainMovesTheSubscriptionOnTheThirdRefresh() async throws {
        try await run { server, database, pipeline in
            server.routeRedirect("/old", to: server.url("/middle"), status: 301)
            server.routeRedirect("/middle", to: server.url("/new"), status: 308)
            server.route("/new") { _ in .feed(Self.feed) }
            _ = try await database.store.syncSubscriptions([FeedSource(url: server.url("/old"))], checkInterval: 60, now: Date())
            for round in 1...3 {
                let feed = try #require(try await database.store.feedStatuses().first?.feed)
                let summary = await pipeline.refresh([feed])
                #expect(summary.ok == 1, "round \(round): \(summary.failures)")
            }
            let moved = try #require(try await database.store.feedStatuses().first?.feed)
            #expect(moved.url == server.url("/new"))
            #expect(try await database.store.stories(StoryQuery()).count == 1)
        }
    }

    @Test func a302IsFollowedButNeverMoves() async throws {
        try await run { server, database, pipeline in
            server.routeRedirect("/temp", to: server.url("/feed"), status: 302)
            server.route("/feed") { _ in .feed(Self.feed) }
            _ = try await database.store.syncSubscriptions([FeedSource(url: server.url("/temp"))], checkInterval: 60, now: Date())
            for _ in 1...4 {
                _ = await pipeline.refresh([try #require(try await database.store.feedStatuses().first?.feed)])
            }
            let feed = try #require(try await database.store.feedStatuses().first?.feed)
            #expect(feed.url == server.url("/temp") && feed.movedCount == 0 && feed.lastError == nil)
        }
    }

    @Test func gone410ThreeTimesRetiresAndA429PausesTheHost() async throws {
        try await run { server, database, pipeline in
            server.route("/gone") { _ in LoopbackResponse(status: 410, text: "gone") }
            server.route("/busy") { _ in LoopbackResponse(status: 429, headers: ["Retry-After": "3600"], text: "later") }
            server.route("/other") { _ in .feed(Self.feed) }
            let now = Date()
            _ = try await database.store.syncSubscriptions([FeedSource(url: server.url("/gone"))], checkInterval: 60, now: now)
            for _ in 1...3 {
                _ = await pipeline.refresh([try #require(try await database.store.feedStatuses().first?.feed)])
            }
            #expect(try await database.store.feedStatuses().first?.feed.retiredAt != nil)

            _ = try await database.store.syncSubscriptions(
                [FeedSource(url: server.url("/busy")), FeedSource(url: server.url("/other"))], checkInterval: 60, now: now)
            let feeds = try await database.store.feedStatuses().map(\.feed)
            let busy = try #require(feeds.first { $0.url.hasSuffix("/busy") })
            let other = try #require(feeds.first { $0.url.hasSuffix("/other") })
            #expect(await pipeline.refresh([busy]).failed == 1)
            #expect(await pipeline.refresh([other]).postponed == 1)
            #expect(server.requests(for: "/other").isEmpty)
            let waiting = try await database.store.feed(matching: other.url)
            #expect(waiting.nextCheckAt > now.addingTimeInterval(3500))
        }
    }
}
