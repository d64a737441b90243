import Foundation
import TidingsModel
import TidingsStore

/// Real-shaped subscriptions, items and refreshes, so each test states only what it is about.
enum StoreSamples {
    /// A fixed "now" (2023-11-14T22:13:20Z): tests never read the clock.
    static let now = Date(timeIntervalSince1970: 1_700_000_000)
    static let checkInterval: TimeInterval = 3600

    static let lwn = FeedSource(url: "https://lwn.net/headlines/rss", title: "LWN.net",
                                htmlURL: "https://lwn.net/", folder: ["Linux"])
    static let hackerNews = FeedSource(url: "https://news.ycombinator.com/rss", title: "Hacker News",
                                       htmlURL: "https://news.ycombinator.com/", folder: ["News"])
    static let swiftBlog = FeedSource(url: "https://www.swift.org/atom.xml", title: "Swift.org",
                                      folder: ["Programming", "Swift"])

    /// An item as the daemon hands it over: keyed by guid within its feed and by its canonical URL
    /// across feeds (exact dedup), so two feeds linking the same article share `storyKey`.
    static func item(guid: String, article: String, title: String? = nil, published: Date? = nil,
                     summary: String? = nil, updated: Date? = nil) -> IncomingItem {
        let url = "https://example.org/\(article)"
        return IncomingItem(
            itemKey: "guid:\(guid)", storyKeys: ["url:\(url)"],
            storyUID: "tag:tidings,2023:story/\(article)", guid: guid, link: url, canonicalURL: url,
            title: title ?? "Article \(article)", summary: summary ?? "<p>About \(article).</p>",
            author: "Jane Writer", publishedAt: published,
            publishedRaw: published.map { "\($0.timeIntervalSince1970)" }, updatedAt: updated)
    }

    /// A 200 response carrying `items`, with validators, checked again an hour later.
    static func refresh(_ feedID: Int64, _ items: [IncomingItem], at fetchedAt: Date = now) -> FeedRefresh {
        FeedRefresh(feedID: feedID, fetchedAt: fetchedAt, status: 200, etag: "\"v1\"",
                    lastModified: "Tue, 14 Nov 2023 22:00:00 GMT", bodyHash: "b1", feedTitle: "Channel title",
                    siteURL: "https://example.org/", items: items,
                    nextCheckAt: fetchedAt.addingTimeInterval(checkInterval))
    }
}

extension FeedStore {
    /// Subscribes to `source` and returns its ID.
    func subscribe(_ source: FeedSource) async throws -> Int64 {
        try await addFeed(source, checkInterval: StoreSamples.checkInterval, now: StoreSamples.now).id
    }

    /// Every story, read or not, newest first.
    func allStories(feedID: Int64? = nil) async throws -> [StoryListing] {
        try await stories(StoryQuery(unreadOnly: false, feedID: feedID))
    }

    /// The titles of the stories `query` lists, in order.
    func storyTitles(_ query: StoryQuery = StoryQuery()) async throws -> [String?] {
        try await stories(query).map(\.title)
    }
}
