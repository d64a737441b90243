import Foundation
import Testing
import TidingsStore

@Suite struct FetchStateTests {
    let scratch: ScratchFolder
    init() throws { scratch = try ScratchFolder() }

    private let later = StoreSamples.now.addingTimeInterval(3600)
    private let evenLater = StoreSamples.now.addingTimeInterval(7200)

    @Test func notModifiedMovesTheScheduleAndKeepsKnownValidators() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        _ = try await store.apply(StoreSamples.refresh(lwn, [StoreSamples.item(guid: "1", article: "a")]))
        let items = try scratch.count("items")

        // A 304 often omits the validators: the ones we hold stay.
        try await store.recordUnchanged(feedID: lwn, at: later, status: 304, etag: nil, lastModified: nil,
                                        nextCheckAt: evenLater)
        var feed = try await store.feed(matching: String(lwn))
        #expect(feed.etag == "\"v1\"" && feed.lastModified == "Tue, 14 Nov 2023 22:00:00 GMT")
        #expect(feed.lastStatus == 304)
        #expect(feed.lastFetchAt == later && feed.lastSuccessAt == later)
        #expect(feed.nextCheckAt == evenLater)
        #expect(try scratch.count("items") == items)

        try await store.recordUnchanged(feedID: lwn, at: evenLater, status: 304, etag: "\"v2\"",
                                        lastModified: nil, nextCheckAt: evenLater.addingTimeInterval(3600))
        feed = try await store.feed(matching: String(lwn))
        #expect(feed.etag == "\"v2\"")
    }

    @Test func failuresCountUpAndKeepTheLastSentence() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        _ = try await store.apply(StoreSamples.refresh(lwn, []))
        try await store.recordFailure(feedID: lwn, at: later, status: nil,
                                      error: "fetch: cannot resolve host lwn.net", nextCheckAt: evenLater)
        try await store.recordFailure(feedID: lwn, at: evenLater, status: 503,
                                      error: "fetch: http 503 from lwn.net, retry after 120 s",
                                      nextCheckAt: evenLater.addingTimeInterval(120))
        let feed = try await store.feed(matching: String(lwn))
        #expect(feed.failureCount == 2)
        #expect(feed.lastError == "fetch: http 503 from lwn.net, retry after 120 s")
        #expect(feed.lastStatus == 503)
        #expect(feed.lastFetchAt == evenLater)
        #expect(feed.lastSuccessAt == StoreSamples.now, "a failure is not a success")
        #expect(feed.nextCheckAt == evenLater.addingTimeInterval(120))
        #expect(feed.etag == "\"v1\"", "validators survive a failure")
    }

    @Test func aSuccessClearsTheFailure() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        try await store.recordFailure(feedID: lwn, at: StoreSamples.now, status: 500,
                                      error: "fetch: http 500 from lwn.net", nextCheckAt: later)
        _ = try await store.apply(StoreSamples.refresh(lwn, [], at: later))
        var feed = try await store.feed(matching: String(lwn))
        #expect(feed.failureCount == 0 && feed.lastError == nil && feed.lastStatus == 200)

        try await store.recordFailure(feedID: lwn, at: later, status: 500,
                                      error: "fetch: http 500 from lwn.net", nextCheckAt: later)
        try await store.recordUnchanged(feedID: lwn, at: evenLater, status: 304, etag: nil,
                                        lastModified: nil, nextCheckAt: evenLater)
        feed = try await store.feed(matching: String(lwn))
        #expect(feed.failureCount == 0 && feed.lastError == nil)
    }

    @Test func dueFeedsAreTheOverdueOnesMostOverdueFirst() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        let hn = try await store.subscribe(StoreSamples.hackerNews)
        let swift = try await store.subscribe(StoreSamples.swiftBlog)
        try await store.recordUnchanged(feedID: lwn, at: StoreSamples.now, status: 304, etag: nil,
                                        lastModified: nil, nextCheckAt: later)
        try await store.recordUnchanged(feedID: hn, at: StoreSamples.now, status: 304, etag: nil,
                                        lastModified: nil, nextCheckAt: evenLater)
        try await store.recordFailure(feedID: swift, at: StoreSamples.now, status: nil,
                                      error: "fetch: timed out after 30 s", nextCheckAt: StoreSamples.now)
        #expect(try await store.dueFeeds(at: StoreSamples.now).map(\.id) == [swift])
        #expect(try await store.dueFeeds(at: evenLater).map(\.id) == [swift, lwn, hn])
        #expect(try await store.nextCheck() == StoreSamples.now)
    }

    @Test func nextCheckIsNilWithoutFeeds() async throws {
        let store = try scratch.openStore()
        #expect(try await store.nextCheck() == nil)
    }
}
