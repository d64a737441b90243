import Testing
import TidingsFetch
import TidingsTestSupport

@Suite struct ContentEncodingTests {
    @Test func gzipStoredBlocksAreDecoded() async throws {
        try await LoopbackServer.serving { server in
            let feed = Array("<rss version=\"2.0\"><channel><title>Zipped</title></channel></rss>".utf8)
            server.route("/feed.xml") { _ in .gzip(feed) }
            let fetcher = Fetcher(configuration: .testing)
            let response = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml")))

            #expect(response.body == feed)
            #expect(response.headers["content-encoding"] == "gzip")
        }
    }

    @Test func gzipCompressedFeedIsInflated() async throws {
        try await LoopbackServer.serving { server in
            server.route("/feed.xml") { _ in
                LoopbackResponse(headers: ["Content-Encoding": "gzip", "Content-Type": "application/rss+xml"],
                                 body: .bytes(CompressibleFeed.gzipped))
            }
            let fetcher = Fetcher(configuration: .testing)
            let response = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml")))

            #expect(response.body.count == 172_612)
            #expect(response.body == Array(CompressibleFeed.text.utf8))
        }
    }

    @Test func corruptGzipIsAnError() async throws {
        try await LoopbackServer.serving { server in
            server.route("/feed.xml") { _ in
                LoopbackResponse(headers: ["Content-Encoding": "gzip"], text: "this is not gzip at all")
            }
            let fetcher = Fetcher(configuration: .testing)
            let error = await fetchError(fetcher, FetchRequest(url: server.url("/feed.xml")))
            guard case .undecodableBody = error else {
                Issue.record("expected undecodableBody, got \(String(describing: error))")
                return
            }
        }
    }
}
