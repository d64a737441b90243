import Testing
import TidingsFetch
import TidingsTestSupport

@Suite struct ResponseTests {
    @Test func okReturnsBodyAndLowercasedHeaders() async throws {
        try await LoopbackServer.serving { server in
            server.route("/feed.xml") { _ in
                LoopbackResponse(headers: ["Content-Type": "application/rss+xml; charset=utf-8",
                                           "ETag": "\"v1\"", "Last-Modified": "Tue, 04 Mar 2025 10:00:00 GMT",
                                           "X-Served-By": "loopback"],
                                 text: "<rss version=\"2.0\"/>")
            }
            let fetcher = Fetcher(configuration: .testing)
            let response = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml")))

            #expect(response.status == 200)
            #expect(response.body == Array("<rss version=\"2.0\"/>".utf8))
            #expect(response.url == server.url("/feed.xml"))
            #expect(response.effectiveURL == server.url("/feed.xml"))
            #expect(response.redirects.isEmpty)
            #expect(response.headers["x-served-by"] == "loopback")
            #expect(response.etag == "\"v1\"")
            #expect(response.lastModified == "Tue, 04 Mar 2025 10:00:00 GMT")
            #expect(response.contentType == "application/rss+xml; charset=utf-8")
        }
    }

    @Test func requestNamesTheClientAndPrefersFeedTypes() async throws {
        try await LoopbackServer.serving { server in
            server.route("/feed.xml") { _ in .feed("<rss/>") }
            let fetcher = Fetcher(configuration: .testing)
            _ = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml")))

            let sent = try #require(server.requests(for: "/feed.xml").first)
            #expect(sent.method == "GET")
            #expect(sent.header("User-Agent") == "Tidings/0.1 (+https://github.com/tidings-reader/tidings)")
            #expect(sent.header("Accept")?.hasPrefix("application/rss+xml, application/atom+xml") == true)
            #expect(sent.header("Accept-Encoding")?.contains("gzip") == true)
            #expect(sent.header("If-None-Match") == nil)
            #expect(sent.header("If-Modified-Since") == nil)
        }
    }

    @Test func notFoundIsReturnedNotThrown() async throws {
        try await LoopbackServer.serving { server in
            let fetcher = Fetcher(configuration: .testing)
            let response = try await fetcher.fetch(FetchRequest(url: server.url("/gone.xml")))
            #expect(response.status == 404)
            #expect(response.body == Array("no route".utf8))
        }
    }

    @Test func serviceUnavailableKeepsRetryAfter() async throws {
        try await LoopbackServer.serving { server in
            server.route("/busy.xml") { _ in LoopbackResponse(status: 503, headers: ["Retry-After": "120"]) }
            let fetcher = Fetcher(configuration: .testing)
            let response = try await fetcher.fetch(FetchRequest(url: server.url("/busy.xml")))
            #expect(response.status == 503)
            #expect(response.headers["retry-after"] == "120")
        }
    }
}
