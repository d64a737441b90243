import Testing
import TidingsFetch
import TidingsTestSupport

@Suite struct ConditionalGetTests {
    private let etag = "W/\"5e1-abc\""
    private let lastModified = "Tue, 04 Mar 2025 10:00:00 GMT"

    @Test func validatorsFromFirstResponseEarn304() async throws {
        try await LoopbackServer.serving { server in
            server.routeConditionalFeed("/feed.xml", body: "<rss version=\"2.0\"/>", etag: etag,
                                        lastModified: lastModified)
            let fetcher = Fetcher(configuration: .testing)
            let first = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml")))
            #expect(first.status == 200)

            let second = try await fetcher.fetch(FetchRequest(
                url: server.url("/feed.xml"), etag: first.etag, lastModified: first.lastModified))
            #expect(second.status == 304)
            #expect(second.body.isEmpty)
            #expect(second.etag == etag)

            let sent = try #require(server.requests(for: "/feed.xml").last)
            #expect(sent.header("If-None-Match") == etag)  // weak validator sent back verbatim
            #expect(sent.header("If-Modified-Since") == lastModified)
        }
    }

    @Test func lastModifiedAloneEarns304() async throws {
        try await LoopbackServer.serving { server in
            server.routeConditionalFeed("/feed.xml", body: "<rss/>", etag: etag, lastModified: lastModified)
            let fetcher = Fetcher(configuration: .testing)
            let response = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml"),
                                                                lastModified: lastModified))
            #expect(response.status == 304)
            #expect(server.requests(for: "/feed.xml").first?.header("If-None-Match") == nil)
        }
    }

    @Test func staleETagGetsTheFullFeed() async throws {
        try await LoopbackServer.serving { server in
            server.routeConditionalFeed("/feed.xml", body: "<rss/>", etag: etag, lastModified: lastModified)
            let fetcher = Fetcher(configuration: .testing)
            let response = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml"),
                                                                etag: "\"old\""))
            #expect(response.status == 200)
            #expect(response.body == Array("<rss/>".utf8))
        }
    }

    @Test func validatorWithLineBreakIsNotSent() async throws {
        try await LoopbackServer.serving { server in
            server.route("/feed.xml") { _ in .feed("<rss/>") }
            let fetcher = Fetcher(configuration: .testing)
            _ = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml"),
                                                     etag: "\"v1\"\r\nX-Injected: yes"))
            let sent = try #require(server.requests(for: "/feed.xml").first)
            #expect(sent.header("If-None-Match") == nil)
            #expect(sent.header("X-Injected") == nil)
        }
    }
}
