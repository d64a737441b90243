import Testing
import TidingsFetch
import TidingsTestSupport

@Suite struct RedirectTests {
    @Test func permanentRedirectIsFollowedAndRecorded() async throws {
        try await LoopbackServer.serving { server in
            server.routeRedirect("/old.xml", to: "/new.xml", status: 301)
            server.route("/new.xml") { _ in .feed("<rss/>") }
            let fetcher = Fetcher(configuration: .testing)
            let response = try await fetcher.fetch(FetchRequest(url: server.url("/old.xml")))

            #expect(response.status == 200)
            #expect(response.url == server.url("/old.xml"))
            #expect(response.effectiveURL == server.url("/new.xml"))
            #expect(response.redirects == [
                .init(status: 301, from: server.url("/old.xml"), to: server.url("/new.xml"))
            ])
            #expect(response.body == Array("<rss/>".utf8))
            #expect(response.headers["location"] == nil)  // headers of the final response only
        }
    }

    @Test func chainRecordsEveryHopInOrder() async throws {
        try await LoopbackServer.serving { server in
            server.routeRedirect("/a.xml", to: "/b.xml", status: 308)
            server.routeRedirect("/b.xml", to: server.url("/c.xml"), status: 302)
            server.route("/c.xml") { _ in .feed("<rss/>") }
            let fetcher = Fetcher(configuration: .testing)
            let response = try await fetcher.fetch(FetchRequest(url: server.url("/a.xml")))

            #expect(response.redirects.map(\.status) == [308, 302])
            #expect(response.redirects.map(\.to) == [server.url("/b.xml"), server.url("/c.xml")])
            #expect(response.effectiveURL == server.url("/c.xml"))
        }
    }

    @Test func loopStopsAtTheRedirectLimit() async throws {
        try await LoopbackServer.serving { server in
            server.routeRedirect("/ping.xml", to: "/pong.xml")
            server.routeRedirect("/pong.xml", to: "/ping.xml")
            var configuration = FetchConfiguration.testing
            configuration.maxRedirects = 3
            let fetcher = Fetcher(configuration: configuration)
            let error = await fetchError(fetcher, FetchRequest(url: server.url("/ping.xml")))

            #expect(error == .tooManyRedirects(limit: 3))
            #expect(error?.description == "too many redirects (more than 3)")
            #expect(server.allRequests.count == 4)  // the request and three followed hops
        }
    }

    @Test func redirectIntoTheLocalDiskIsRefused() async throws {
        try await LoopbackServer.serving { server in
            server.routeRedirect("/feed.xml", to: "file:///etc/hostname", status: 302)
            let fetcher = Fetcher(configuration: .testing)
            let error = await fetchError(fetcher, FetchRequest(url: server.url("/feed.xml")))
            guard case .unsupportedScheme = error else {
                Issue.record("expected unsupportedScheme, got \(String(describing: error))")
                return
            }
        }
    }
}
