import Testing
import TidingsFetch
import TidingsTestSupport

@Suite struct ConnectionErrorTests {
    @Test func closedPortIsConnectionRefused() async throws {
        let server = LoopbackServer()
        try await server.start()
        let address = server.baseURL.dropFirst("http://".count)
        await server.stop()  // the port is now closed

        let fetcher = Fetcher(configuration: .testing)
        let error = await fetchError(fetcher, FetchRequest(url: "http://\(address)/feed.xml"))
        #expect(error == .connectionRefused(String(address)))
        #expect(error?.description == "connection refused by \(address)")
    }

    @Test func otherSchemesAreRefusedWithoutConnecting() async {
        let fetcher = Fetcher(configuration: .testing)
        let error = await fetchError(fetcher, FetchRequest(url: "ftp://127.0.0.1/feed.xml"))
        #expect(error == .unsupportedScheme("ftp://127.0.0.1/feed.xml"))
    }

    @Test func malformedURLIsNamed() async {
        let fetcher = Fetcher(configuration: .testing)
        let error = await fetchError(fetcher, FetchRequest(url: "http://"))
        #expect(error == .invalidURL("http://"))
        #expect(error?.description == "not a valid URL: http://")
    }
}
