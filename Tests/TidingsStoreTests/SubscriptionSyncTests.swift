import Foundation
import Testing
import TidingsModel
import TidingsStore

@Suite struct SubscriptionSyncTests {
    let scratch: ScratchFolder
    init() throws { scratch = try ScratchFolder() }

    private func sync(_ store: FeedStore, _ sources: [FeedSource], at now: Date = StoreSamples.now)
        async throws -> (added: [String], removed: [String])
    {
        try await store.syncSubscriptions(sources, checkInterval: StoreSamples.checkInterval, now: now)
    }

    @Test func newFeedsAreAddedAndDueAtOnce() async throws {
        let store = try scratch.openStore()
        let result = try await sync(store, [StoreSamples.lwn, StoreSamples.swiftBlog])
        #expect(result.added == [StoreSamples.lwn.url, StoreSamples.swiftBlog.url])
        #expect(result.removed.isEmpty)
        let due = try await store.dueFeeds(at: StoreSamples.now)
        #expect(Set(due.map(\.url)) == [StoreSamples.lwn.url, StoreSamples.swiftBlog.url])
        #expect(try #require(await store.nextCheck()) <= StoreSamples.now)
        let swift = try await store.feed(matching: StoreSamples.swiftBlog.url)
        #expect(swift.folder == ["Programming", "Swift"])
        #expect(swift.checkInterval == StoreSamples.checkInterval)
    }

    @Test func titlesAndFoldersFollowTheFile() async throws {
        let store = try scratch.openStore()
        _ = try await sync(store, [StoreSamples.lwn])
        var renamed = StoreSamples.lwn
        renamed.title = "LWN"
        renamed.folder = ["News", "Linux"]
        let result = try await sync(store, [renamed])
        #expect(result.added.isEmpty && result.removed.isEmpty)
        let feed = try await store.feed(matching: StoreSamples.lwn.url)
        #expect(feed.title == "LWN")
        #expect(feed.folder == ["News", "Linux"])

        var untitled = renamed
        untitled.title = nil
        untitled.folder = []
        _ = try await sync(store, [untitled])
        let moved = try await store.feed(matching: StoreSamples.lwn.url)
        #expect(moved.title == nil)
        #expect(moved.folder == [])
    }

    @Test func unlistedFeedsGoWithTheirItemsAndOrphanStories() async throws {
        let store = try scratch.openStore()
        _ = try await sync(store, [StoreSamples.lwn, StoreSamples.hackerNews])
        let lwn = try await store.feed(matching: StoreSamples.lwn.url).id
        let hn = try await store.feed(matching: StoreSamples.hackerNews.url).id
        _ = try await store.apply(StoreSamples.refresh(lwn, [
            StoreSamples.item(guid: "lwn-1", article: "kernel-6.7"),
            StoreSamples.item(guid: "lwn-2", article: "shared-report"),
        ]))
        _ = try await store.apply(StoreSamples.refresh(hn, [
            StoreSamples.item(guid: "hn-1", article: "shared-report"),
            StoreSamples.item(guid: "hn-2", article: "startup-news"),
        ]))

        let result = try await sync(store, [StoreSamples.hackerNews])
        #expect(result.added.isEmpty)
        #expect(result.removed == [StoreSamples.lwn.url])
        await #expect(throws: StoreError.unknownFeed(StoreSamples.lwn.url)) {
            try await store.feed(matching: StoreSamples.lwn.url)
        }
        #expect(try scratch.count("items WHERE feed_id = \(lwn)") == 0)
        #expect(try scratch.count("stories") == 2)
        #expect(try scratch.count("story_keys WHERE key = 'url:https://example.org/kernel-6.7'") == 0)
        let titles = Set(try await store.allStories().map(\.title))
        #expect(titles == ["Article shared-report", "Article startup-news"])
    }

    @Test func aStoryAnotherFeedStillCarriesKeepsThatCopyOnly() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        let hn = try await store.subscribe(StoreSamples.hackerNews)
        _ = try await store.apply(StoreSamples.refresh(lwn, [StoreSamples.item(guid: "lwn-2", article: "shared-report")]))
        _ = try await store.apply(StoreSamples.refresh(hn, [StoreSamples.item(guid: "hn-1", article: "shared-report")]))
        let before = try #require(try await store.allStories().first)
        #expect(before.copies.count == 2)

        _ = try await sync(store, [StoreSamples.hackerNews])
        let after = try #require(try await store.allStories().first)
        #expect(after.id == before.id, "the story survives under the same ID, keeping its read state")
        #expect(after.copies.map(\.feedID) == [hn])
    }

    // Quirk: OPML files often list one feed in two folders; the database has one row per URL.
    @Test func aFeedListedTwiceInTheFileIsOneSubscription() async throws {
        let store = try scratch.openStore()
        var again = StoreSamples.lwn
        again.folder = ["Favourites"]
        let result = try await sync(store, [StoreSamples.lwn, again])
        #expect(result.added == [StoreSamples.lwn.url])
        #expect(try await store.feedStatuses().count == 1)
    }

    @Test func removeFeedDropsItsOrphanStoriesAndRefusesUnknownIDs() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        _ = try await store.apply(StoreSamples.refresh(lwn, [StoreSamples.item(guid: "1", article: "a")]))
        try await store.removeFeed(id: lwn)
        #expect(try scratch.count("stories") == 0)
        #expect(try scratch.count("story_keys") == 0)
        await #expect(throws: StoreError.unknownFeed(String(lwn))) { try await store.removeFeed(id: lwn) }
    }

    @Test func feedMatchingAcceptsAnIDOrAURL() async throws {
        let store = try scratch.openStore()
        let added = try await store.addFeed(StoreSamples.lwn, checkInterval: 900, now: StoreSamples.now)
        let again = try await store.addFeed(StoreSamples.lwn, checkInterval: 60, now: StoreSamples.now)
        #expect(again == added, "adding a known URL returns the existing subscription unchanged")
        #expect(try await store.feed(matching: String(added.id)) == added)
        #expect(try await store.feed(matching: StoreSamples.lwn.url) == added)
        await #expect(throws: StoreError.unknownFeed("https://example.org/missing.xml")) {
            try await store.feed(matching: "https://example.org/missing.xml")
        }
    }
}
