import Foundation
import Testing
import TidingsModel
import TidingsStore

@Suite struct StoryQueryTests {
    let scratch: ScratchFolder
    init() throws { scratch = try ScratchFolder() }

    private let hour: TimeInterval = 3600
    private static let readTime = StoreSamples.now.addingTimeInterval(600)

    /// Two feeds: LWN with two articles of its own, Hacker News with one, and one both carry.
    private func twoFeeds() async throws -> (store: FeedStore, lwn: Int64, hn: Int64) {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        let hn = try await store.subscribe(StoreSamples.hackerNews)
        let now = StoreSamples.now
        _ = try await store.apply(StoreSamples.refresh(lwn, [
            StoreSamples.item(guid: "l1", article: "lwn-old", published: now.addingTimeInterval(-5 * hour)),
            StoreSamples.item(guid: "l2", article: "shared", published: now.addingTimeInterval(-2 * hour)),
            StoreSamples.item(guid: "l3", article: "lwn-new", published: now.addingTimeInterval(-1 * hour)),
        ]))
        _ = try await store.apply(StoreSamples.refresh(hn, [
            StoreSamples.item(guid: "h1", article: "shared", published: now.addingTimeInterval(-2 * hour)),
            StoreSamples.item(guid: "h2", article: "hn-only", published: now.addingTimeInterval(-3 * hour)),
        ]))
        return (store, lwn, hn)
    }

    private func storyID(_ store: FeedStore, titled title: String) async throws -> StoryID {
        try #require(try await store.allStories().first { $0.title == title }).id
    }

    @Test func newestFirstByPublishedDate() async throws {
        let (store, _, _) = try await twoFeeds()
        #expect(try await store.storyTitles() == [
            "Article lwn-new", "Article shared", "Article hn-only", "Article lwn-old",
        ])
    }

    @Test func undatedItemsSortByWhenTheyWereFirstSeen() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        let now = StoreSamples.now
        _ = try await store.apply(StoreSamples.refresh(lwn, [
            StoreSamples.item(guid: "seen-early", article: "undated-early"),
            StoreSamples.item(guid: "dated", article: "dated", published: now.addingTimeInterval(-1 * hour)),
        ], at: now.addingTimeInterval(-3 * hour)))
        _ = try await store.apply(StoreSamples.refresh(lwn, [
            StoreSamples.item(guid: "seen-late", article: "undated-late"),
        ], at: now))
        #expect(try await store.storyTitles() == [
            "Article undated-late", "Article dated", "Article undated-early",
        ])
    }

    @Test func feedFilterListsStoriesWithACopyInThatFeed() async throws {
        let (store, lwn, hn) = try await twoFeeds()
        #expect(try await store.storyTitles(StoryQuery(feedID: hn)) == ["Article shared", "Article hn-only"])
        #expect(try await store.storyTitles(StoryQuery(feedID: lwn)).count == 3)
        #expect(try await store.storyTitles(StoryQuery(feedID: 999)).isEmpty)
    }

    @Test func limitKeepsTheNewest() async throws {
        let (store, _, _) = try await twoFeeds()
        #expect(try await store.storyTitles(StoryQuery(limit: 2)) == ["Article lwn-new", "Article shared"])
        #expect(try await store.storyTitles(StoryQuery(limit: 0)).isEmpty)
    }

    @Test func unreadOnlyIsTheDefault() async throws {
        let (store, _, _) = try await twoFeeds()
        let old = try await storyID(store, titled: "Article lwn-old")
        try await store.setRead([old], read: true, at: Self.readTime)
        #expect(try await store.storyTitles().count == 3)
        #expect(!(try await store.storyTitles().contains("Article lwn-old")))
        let all = try await store.allStories()
        #expect(all.count == 4)
        #expect(all.first { $0.id == old }?.read == true)
    }

    @Test func readingAStoryReadsEveryCopy() async throws {
        let (store, lwn, hn) = try await twoFeeds()
        let shared = try await storyID(store, titled: "Article shared")
        try await store.setRead([shared], read: true, at: Self.readTime)
        #expect(!(try await store.storyTitles(StoryQuery(feedID: lwn)).contains("Article shared")))
        #expect(!(try await store.storyTitles(StoryQuery(feedID: hn)).contains("Article shared")))
        #expect(try await store.story(id: shared).read)

        try await store.setRead([shared], read: false, at: Self.readTime)
        #expect(try await store.storyTitles(StoryQuery(feedID: hn)).contains("Article shared"))
    }

    @Test func anUnknownStoryIDFailsTheWholeCallAndChangesNothing() async throws {
        let (store, _, _) = try await twoFeeds()
        let shared = try await storyID(store, titled: "Article shared")
        await #expect(throws: StoreError.unknownStory(987_654)) {
            try await store.setRead([shared, StoryID(987_654)], read: true, at: Self.readTime)
        }
        #expect(try await store.storyTitles().count == 4)
        #expect(try scratch.count("stories WHERE read = 1 OR read_at IS NOT NULL") == 0)
        await #expect(throws: StoreError.unknownStory(987_654)) { try await store.story(id: StoryID(987_654)) }
    }

    @Test func markAllReadCountsWhatWasUnread() async throws {
        let (store, _, _) = try await twoFeeds()
        let old = try await storyID(store, titled: "Article lwn-old")
        try await store.setRead([old], read: true, at: Self.readTime)
        #expect(try await store.markAllRead(at: Self.readTime) == 3)
        #expect(try await store.storyTitles().isEmpty)
        #expect(try await store.markAllRead(at: Self.readTime) == 0)
    }

    @Test func starringIsListedAndUndone() async throws {
        let (store, _, _) = try await twoFeeds()
        let shared = try await storyID(store, titled: "Article shared")
        let old = try await storyID(store, titled: "Article lwn-old")
        try await store.setStarred([shared, old], starred: true, at: Self.readTime)
        try await store.setRead([old], read: true, at: Self.readTime)
        #expect(try await store.storyTitles(StoryQuery(unreadOnly: false, starredOnly: true))
                == ["Article shared", "Article lwn-old"])
        #expect(try await store.storyTitles(StoryQuery(starredOnly: true)) == ["Article shared"])
        try await store.setStarred([shared], starred: false, at: Self.readTime)
        #expect(try await store.storyTitles(StoryQuery(unreadOnly: false, starredOnly: true)) == ["Article lwn-old"])
        #expect(try await store.story(id: shared).starred == false)
        await #expect(throws: StoreError.unknownStory(5555)) {
            try await store.setStarred([StoryID(5555)], starred: true, at: Self.readTime)
        }
    }
}
