import Foundation
import Testing
import TidingsDaemon
import TidingsModel
import TidingsStore

@Suite struct StoryExportTests {
    let published = Date(timeIntervalSince1970: 1_741_090_000)

    func copy(_ id: Int64, feed: String, link: String?, summary: String? = nil, content: String? = nil,
              published: Date? = nil) -> StoryCopy {
        StoryCopy(id: id, feedID: id, feedURL: "https://\(feed).example/rss", feedTitle: feed.capitalized,
                  siteURL: nil, guid: "g\(id)", link: link, title: "\(feed) headline", published: published,
                  summary: summary, content: content, author: id == 1 ? "Wire desk" : nil)
    }

    @Test func primaryCopyLeadsAndEveryCopyIsASource() {
        let listing = StoryListing(
            id: StoryID(7), uid: "tag:tidings.invalid,2026:story/abc", title: "Talks resume", link: "https://wire.example/a",
            published: published, firstSeen: published, read: false, starred: false,
            copies: [copy(1, feed: "herald", link: "https://wire.example/a?utm_source=x", summary: "<p>short</p>"),
                     copy(2, feed: "dispatch", link: "https://wire.example/a", content: "<p>full text</p>",
                          published: published.addingTimeInterval(3600))])
        let document = StoryExport.document(from: [listing], title: "Mine", selfURL: nil, generated: published)
        let story = document.stories[0]
        #expect(story.id == "tag:tidings.invalid,2026:story/abc")
        #expect(story.title == "Talks resume")
        #expect(story.html == "<p>full text</p>")  // full content beats a summary
        #expect(story.authors == ["Wire desk"])
        #expect(story.sources.map(\.feedTitle) == ["Herald", "Dispatch"])
        #expect(story.updated == published.addingTimeInterval(3600))
    }

    @Test func untitledStoryWithoutLinkStillExports() {
        let listing = StoryListing(
            id: StoryID(1), uid: "u", title: nil, link: nil, published: nil, firstSeen: published, read: true,
            starred: false, copies: [copy(1, feed: "solo", link: nil)])
        let story = StoryExport.document(from: [listing], title: "t", selfURL: nil, generated: published).stories[0]
        #expect(story.title == "solo headline")
        #expect(story.link == nil)
        #expect(story.updated == nil)
    }
}
