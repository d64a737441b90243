import Foundation
import Testing
import TidingsModel
import TidingsStore

@Suite struct FeedStatusTests {
    let scratch: ScratchFolder
    init() throws { scratch = try ScratchFolder() }

    @Test func itemAndUnreadCountsPerFeed() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        let hn = try await store.subscribe(StoreSamples.hackerNews)
        let swift = try await store.subscribe(StoreSamples.swiftBlog)
        _ = try await store.apply(StoreSamples.refresh(lwn, [
            StoreSamples.item(guid: "l1", article: "a"),
            StoreSamples.item(guid: "l2", article: "b"),
            StoreSamples.item(guid: "l3", article: "shared"),
        ]))
        _ = try await store.apply(StoreSamples.refresh(hn, [StoreSamples.item(guid: "h1", article: "shared")]))
        let stories = try await store.allStories()
        let shared = try #require(stories.first { $0.title == "Article shared" }).id
        let a = try #require(stories.first { $0.title == "Article a" }).id
        try await store.setRead([shared, a], read: true, at: StoreSamples.now)

        let statuses = try await store.feedStatuses()
        // Ordered by folder path: Linux, News, Programming/Swift.
        #expect(statuses.map(\.feed.id) == [lwn, hn, swift])
        let counts = statuses.map { [$0.itemCount, $0.unreadCount] }
        #expect(counts == [[3, 1], [1, 0], [0, 0]])
    }

    // Quirk: one feed repeating one article under two guids still shows one unread story.
    @Test func unreadCountsStoriesNotItems() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        _ = try await store.apply(StoreSamples.refresh(lwn, [
            StoreSamples.item(guid: "https://lwn.net/Articles/1/", article: "same"),
            StoreSamples.item(guid: "https://lwn.net/Articles/1/?rss", article: "same"),
        ]))
        let status = try #require(try await store.feedStatuses().first)
        #expect(status.itemCount == 2)
        #expect(status.unreadCount == 1)
    }
}
