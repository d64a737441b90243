import Testing
import TidingsFetch
import TidingsTestSupport

@Suite struct LimitTests {
    @Test func bodyOverTheCapIsRefused() async throws {
        try await LoopbackServer.serving { server in
            server.route("/big.xml") { _ in LoopbackResponse(body: .bytes(Array(repeating: 0x41, count: 4096))) }
            var configuration = FetchConfiguration.testing
            configuration.maxBodyBytes = 1024
            let fetcher = Fetcher(configuration: configuration)
            let error = await fetchError(fetcher, FetchRequest(url: server.url("/big.xml")))

            #expect(error == .tooLarge(limit: 1024))
            #expect(error?.description == "response larger than 1 KB")
        }
    }

    /// 786 bytes on the wire pass the announced-length check; the decoded 172 KB must not pass.
    @Test func compressionBombIsRefusedWhileDecoding() async throws {
        try await LoopbackServer.serving { server in
            server.route("/bomb.xml") { _ in
                LoopbackResponse(headers: ["Content-Encoding": "gzip"], body: .bytes(CompressibleFeed.gzipped))
            }
            var configuration = FetchConfiguration.testing
            configuration.maxBodyBytes = 16 * 1024
            let fetcher = Fetcher(configuration: configuration)
            let error = await fetchError(fetcher, FetchRequest(url: server.url("/bomb.xml")))
            #expect(error == .tooLarge(limit: 16 * 1024))
        }
    }

    @Test func bodyExactlyAtTheCapIsAccepted() async throws {
        try await LoopbackServer.serving { server in
            server.route("/edge.xml") { _ in LoopbackResponse(body: .bytes(Array(repeating: 0x41, count: 1024))) }
            var configuration = FetchConfiguration.testing
            configuration.maxBodyBytes = 1024
            let fetcher = Fetcher(configuration: configuration)
            let response = try await fetcher.fetch(FetchRequest(url: server.url("/edge.xml")))
            #expect(response.body.count == 1024)
        }
    }

    @Test func slowServerHitsTheTotalTimeout() async throws {
        try await LoopbackServer.serving { server in
            server.routeSlow("/slow.xml", delay: .seconds(5), response: .feed("<rss/>"))
            var configuration = FetchConfiguration.testing
            configuration.totalTimeout = .seconds(1)
            let fetcher = Fetcher(configuration: configuration)
            let started = ContinuousClock.now
            let error = await fetchError(fetcher, FetchRequest(url: server.url("/slow.xml")))

            #expect(error == .timedOut(after: .seconds(1)))
            #expect(error?.description == "timed out after 1 s")
            #expect(ContinuousClock.now - started < .seconds(3))
        }
    }

    @Test func tricklingServerIsAbortedByTheLowSpeedLimit() async throws {
        try await LoopbackServer.serving { server in
            let body = Array(repeating: UInt8(0x41), count: 40)
            server.route("/drip.xml") { _ in .trickle(body, pieces: 40, interval: .milliseconds(250)) }
            var configuration = FetchConfiguration.testing
            configuration.lowSpeedLimit = 100
            configuration.lowSpeedTime = .seconds(1)
            let fetcher = Fetcher(configuration: configuration)
            let error = await fetchError(fetcher, FetchRequest(url: server.url("/drip.xml")))

            #expect(error == .tooSlow(bytesPerSecond: 100, seconds: 1))
            #expect(error?.description == "transfer too slow: under 100 bytes/s for 1 s")
        }
    }

    @Test func trickledBodyArrivesWhole() async throws {
        try await LoopbackServer.serving { server in
            let body = Array("<rss version=\"2.0\"><channel><title>Slow but steady</title></channel></rss>".utf8)
            server.route("/steady.xml") { _ in .trickle(body, pieces: 5, interval: .milliseconds(50)) }
            let fetcher = Fetcher(configuration: .testing)
            let response = try await fetcher.fetch(FetchRequest(url: server.url("/steady.xml")))
            #expect(response.body == body)
        }
    }
}
