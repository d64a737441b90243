import Testing
import TidingsFetch
import TidingsTestSupport

@Suite struct ConcurrencyTests {
    @Test func hundredFetchesNeverExceedTheConcurrencyCap() async throws {
        try await LoopbackServer.serving { server in
            server.routeSlow("/feed.xml", delay: .milliseconds(20), response: .feed("<rss/>"))
            // The per-host cap is raised so that maxConcurrent is the limit being measured.
            let fetcher = Fetcher(configuration: FetchConfiguration(
                maxConcurrent: 8, maxConnectionsPerHost: 32, totalTimeout: .seconds(10)))
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<100 {
                    group.addTask {
                        try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml?n=\(index)"))).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            #expect(statuses.count == 100)
            #expect(statuses.allSatisfy { $0 == 200 })
            #expect(server.allRequests.count == 100)
            #expect(server.peakConcurrentRequests <= 8)
            #expect(server.peakConcurrentRequests > 1)
        }
    }

    @Test func cancellingTheTaskAbortsARunningTransfer() async throws {
        try await LoopbackServer.serving { server in
            server.routeSlow("/stuck.xml", delay: .seconds(10), response: .feed("<rss/>"))
            let fetcher = Fetcher(configuration: .testing)
            let task = Task { await fetchError(fetcher, FetchRequest(url: server.url("/stuck.xml"))) }
            #expect(await eventually { !server.requests(for: "/stuck.xml").isEmpty })

            let cancelled = ContinuousClock.now
            task.cancel()
            #expect(await task.value == .cancelled)
            #expect(ContinuousClock.now - cancelled < .seconds(1))
        }
    }

    @Test func cancellingAQueuedFetchLeavesTheRunningOne() async throws {
        try await LoopbackServer.serving { server in
            server.routeSlow("/slow.xml", delay: .milliseconds(300), response: .feed("<rss/>"))
            let fetcher = Fetcher(configuration: FetchConfiguration(maxConcurrent: 1, totalTimeout: .seconds(5)))
            let running = Task { try await fetcher.fetch(FetchRequest(url: server.url("/slow.xml"))) }
            #expect(await eventually { !server.requests(for: "/slow.xml").isEmpty })
            let queued = Task { await fetchError(fetcher, FetchRequest(url: server.url("/never.xml"))) }
            try await Task.sleep(for: .milliseconds(50))

            queued.cancel()
            #expect(await queued.value == .cancelled)
            #expect(try await running.value.status == 200)
            #expect(server.requests(for: "/never.xml").isEmpty)
        }
    }

    @Test func alreadyCancelledTaskDoesNotFetch() async throws {
        try await LoopbackServer.serving { server in
            let fetcher = Fetcher(configuration: .testing)
            let task = Task {
                withUnsafeCurrentTask { $0?.cancel() }
                return await fetchError(fetcher, FetchRequest(url: server.url("/feed.xml")))
            }
            #expect(await task.value == .cancelled)
            #expect(server.allRequests.isEmpty)
        }
    }

    @Test func shutdownEndsRunningAndLaterFetches() async throws {
        try await LoopbackServer.serving { server in
            server.routeSlow("/stuck.xml", delay: .seconds(10), response: .feed("<rss/>"))
            let fetcher = Fetcher(configuration: .testing)
            let task = Task { await fetchError(fetcher, FetchRequest(url: server.url("/stuck.xml"))) }
            #expect(await eventually { !server.requests(for: "/stuck.xml").isEmpty })

            fetcher.shutdown()
            #expect(await task.value == .shutDown)
            #expect(await fetchError(fetcher, FetchRequest(url: server.url("/stuck.xml"))) == .shutDown)
        }
    }

    @Test func connectionsAreReusedAcrossFetches() async throws {
        try await LoopbackServer.serving { server in
            server.route("/feed.xml") { _ in .feed("<rss/>") }
            let fetcher = Fetcher(configuration: .testing)
            for _ in 0..<5 {
                _ = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml")))
            }
            #expect(server.connectionCount == 1)
        }
    }
}
