import Testing
import TidingsDedup

@Suite struct ExactMatcherTests {
    @Test func keySpellingIsPinned() {
        // The store keeps these strings: a change here splits stories already joined.
        #expect(ExactMatcher.key(forLink: "https://Example.com/post?utm_source=rss",
                                 feedURL: "https://example.com/feed", itemID: "guid:1").rawValue
            == "url:https://example.com/post")
        #expect(ExactMatcher.key(forLink: nil, feedURL: "https://example.com/feed", itemID: "guid:1").rawValue
            == "item:https://example.com/feed guid:1")
    }

    @Test func sameArticleFromTwoFeedsSharesAKey() {
        let fromBlog = ExactMatcher.key(forLink: "https://news.example.com/2025/03/story",
                                        feedURL: "https://news.example.com/rss", itemID: "a")
        let fromPlanet = ExactMatcher.key(forLink: "HTTPS://news.example.com:443/2025/03/story?utm_medium=planet#top",
                                          feedURL: "https://planet.example.org/atom.xml", itemID: "b")
        #expect(fromBlog == fromPlanet)
        #expect(fromBlog.isURLKey)
    }

    @Test func differentArticlesDiffer() {
        let first = ExactMatcher.key(forLink: "https://example.com/a", feedURL: "https://f/", itemID: "1")
        let second = ExactMatcher.key(forLink: "https://example.com/A", feedURL: "https://f/", itemID: "1")
        #expect(first != second)
    }

    @Test func itemWithoutLinkNeverMatchesAnotherFeed() {
        let one = ExactMatcher.key(forLink: nil, feedURL: "https://a.example/feed", itemID: "1")
        let other = ExactMatcher.key(forLink: nil, feedURL: "https://b.example/feed", itemID: "1")
        #expect(one != other)
        #expect(!one.isURLKey)
        #expect(one == ExactMatcher.key(forLink: "", feedURL: "https://a.example/feed", itemID: "1"))
    }

    @Test func nonWebLinkFallsBackToItemKey() {
        let key = ExactMatcher.key(forLink: "tag:example.com,2025:1", feedURL: "https://f.example/", itemID: "x")
        #expect(key.rawValue == "item:https://f.example/ x")
    }

    @Test func siteHomePageAsLinkDoesNotMergeItems() {
        // Some feeds put the site's home page in every item's <link>.
        let first = ExactMatcher.key(forLink: "https://example.com", feedURL: "https://example.com/feed", itemID: "1")
        let second = ExactMatcher.key(forLink: "https://example.com/", feedURL: "https://example.com/feed", itemID: "2")
        #expect(first != second)
        #expect(!first.isURLKey)
    }

    @Test func feedsOwnAddressAsLinkDoesNotMergeItems() {
        let key = ExactMatcher.key(forLink: "https://example.com/feed.xml#1",
                                   feedURL: "https://example.com/feed.xml", itemID: "1")
        #expect(key.rawValue == "item:https://example.com/feed.xml 1")
    }

    @Test func spaceSeparatorIsUnambiguous() {
        let spaceInFeed = ExactMatcher.key(forLink: nil, feedURL: "file:///feeds/my feed", itemID: "x")
        let spaceInItem = ExactMatcher.key(forLink: nil, feedURL: "file:///feeds/my", itemID: "feed x")
        #expect(spaceInFeed != spaceInItem)
        #expect(spaceInFeed.rawValue == "item:file:///feeds/my%20feed x")
    }

    @Test func keyRoundTripsThroughStoredText() {
        let key = ExactMatcher.key(forLink: "https://example.com/a", feedURL: "https://f/", itemID: "1")
        #expect(StoryKey(rawValue: key.rawValue) == key)
        #expect(key.description == key.rawValue)
    }
}
