import Foundation
import Testing
import TidingsModel
import TidingsStore

@Suite struct RefreshApplyTests {
    let scratch: ScratchFolder
    init() throws { scratch = try ScratchFolder() }

    private let threeItems = [
        StoreSamples.item(guid: "1", article: "one", published: StoreSamples.now.addingTimeInterval(-300)),
        StoreSamples.item(guid: "2", article: "two", published: StoreSamples.now.addingTimeInterval(-200)),
        StoreSamples.item(guid: "3", article: "three", published: StoreSamples.now.addingTimeInterval(-100)),
    ]

    private func rowCounts() throws -> [Int] {
        try ["feeds", "items", "stories", "story_keys"].map(scratch.count)
    }

    @Test func itemsAndTheirStoriesAreStored() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        let outcome = try await store.apply(StoreSamples.refresh(lwn, threeItems))
        #expect(outcome.newItems == 3 && outcome.newStories == 3 && outcome.updatedItems == 0)
        let stories = try await store.allStories()
        #expect(stories.map(\.title) == ["Article three", "Article two", "Article one"])
        let first = try #require(stories.first)
        #expect(first.uid == "tag:tidings,2023:story/three")
        #expect(first.link == "https://example.org/three")
        #expect(first.firstSeen == StoreSamples.now)
        let copy = try #require(first.copies.first)
        #expect(first.copies.count == 1)
        #expect(copy.feedID == lwn)
        #expect(copy.feedURL == StoreSamples.lwn.url)
        #expect(copy.feedTitle == "LWN.net")
        #expect(copy.guid == "3")
        #expect(copy.summary == "<p>About three.</p>")
        #expect(copy.author == "Jane Writer")
        #expect(copy.published == StoreSamples.now.addingTimeInterval(-100))
    }

    @Test func applyingTheSameRefreshTwiceChangesNothing() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        _ = try await store.apply(StoreSamples.refresh(lwn, threeItems))
        let counts = try rowCounts()
        let later = StoreSamples.now.addingTimeInterval(3600)
        let outcome = try await store.apply(StoreSamples.refresh(lwn, threeItems, at: later))
        #expect(outcome == RefreshOutcome())
        #expect(try rowCounts() == counts)
        #expect(try await store.allStories().allSatisfy { $0.firstSeen == StoreSamples.now })
    }

    @Test func updatedItemsCountsOnlyRealChanges() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        _ = try await store.apply(StoreSamples.refresh(lwn, threeItems))
        var edited = threeItems
        edited[1].title = "Article two (corrected)"
        edited[2].updatedAt = StoreSamples.now
        let outcome = try await store.apply(StoreSamples.refresh(lwn, edited))
        #expect(outcome.newItems == 0 && outcome.newStories == 0)
        #expect(outcome.updatedItems == 2)
        // The item that started a story gives the story its headline.
        #expect(try await store.storyTitles().contains("Article two (corrected)"))
    }

    @Test func twoFeedsCarryingOneArticleShareOneStoryStarterFirst() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        let hn = try await store.subscribe(StoreSamples.hackerNews)
        let first = try await store.apply(StoreSamples.refresh(lwn, [
            StoreSamples.item(guid: "lwn-77", article: "openssl-advisory", title: "OpenSSL advisory"),
        ]))
        // Hacker News's copy arrives with an earlier fetch time (a clock step), and must still come
        // after the copy that started the story.
        let second = try await store.apply(StoreSamples.refresh(hn, [
            StoreSamples.item(guid: "hn-9", article: "openssl-advisory", title: "OpenSSL: new advisory (HN)"),
        ], at: StoreSamples.now.addingTimeInterval(-60)))
        #expect(first.newStories == 1)
        #expect(second.newItems == 1 && second.newStories == 0)
        let stories = try await store.allStories()
        #expect(stories.count == 1)
        let story = try #require(stories.first)
        #expect(story.title == "OpenSSL advisory")
        #expect(story.copies.map(\.feedID) == [lwn, hn])
        #expect(story.copies.map(\.guid) == ["lwn-77", "hn-9"])
    }

    @Test func itemsWithDistinctKeysMakeDistinctStories() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        let hn = try await store.subscribe(StoreSamples.hackerNews)
        _ = try await store.apply(StoreSamples.refresh(lwn, [StoreSamples.item(guid: "a", article: "post-a")]))
        let outcome = try await store.apply(StoreSamples.refresh(hn, [StoreSamples.item(guid: "a", article: "post-b")]))
        #expect(outcome.newStories == 1)
        let stories = try await store.allStories()
        #expect(stories.count == 2)
        #expect(stories.allSatisfy { $0.copies.count == 1 })
    }

    @Test func fetchStateIsStored() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        var refresh = StoreSamples.refresh(lwn, threeItems)
        refresh.warning = "the document was not well-formed; items were recovered"
        _ = try await store.apply(refresh)
        let feed = try await store.feed(matching: String(lwn))
        #expect(feed.etag == "\"v1\"")
        #expect(feed.lastModified == "Tue, 14 Nov 2023 22:00:00 GMT")
        #expect(feed.bodyHash == "b1")
        #expect(feed.lastStatus == 200)
        #expect(feed.feedTitle == "Channel title")
        #expect(feed.siteURL == "https://lwn.net/", "the OPML htmlUrl wins over the document's link")
        #expect(feed.lastFetchAt == StoreSamples.now && feed.lastSuccessAt == StoreSamples.now)
        #expect(feed.nextCheckAt == StoreSamples.now.addingTimeInterval(StoreSamples.checkInterval))
        #expect(feed.lastError == refresh.warning)
        #expect(try await store.dueFeeds(at: StoreSamples.now).isEmpty)
        #expect(try await store.nextCheck() == feed.nextCheckAt)
    }

    @Test func anUnknownFeedIDThrowsAndStoresNothing() async throws {
        let store = try scratch.openStore()
        _ = try await store.subscribe(StoreSamples.lwn)
        await #expect(throws: StoreError.unknownFeed("4242")) {
            try await store.apply(StoreSamples.refresh(4242, threeItems))
        }
        #expect(try scratch.count("items") == 0)
        #expect(try scratch.count("stories") == 0)
        #expect(try scratch.count("story_keys") == 0)
    }

    // Quirk: feeds that repeat one guid for several entries (a CMS reusing a template guid).
    // The first entry wins and re-reading the same document reports no change.
    @Test func aGuidRepeatedInOneDocumentIsOneStableItem() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        let repeated = [
            StoreSamples.item(guid: "post", article: "weekly-edition", title: "Weekly edition"),
            StoreSamples.item(guid: "post", article: "weekly-edition", title: "Weekly edition (draft)"),
        ]
        let first = try await store.apply(StoreSamples.refresh(lwn, repeated))
        #expect(first.newItems == 1)
        let again = try await store.apply(StoreSamples.refresh(lwn, repeated))
        #expect(again == RefreshOutcome())
        #expect(try await store.storyTitles() == ["Weekly edition"])
    }
}
