import Foundation
import Testing
import TidingsModel
@testable import TidingsExport

@Suite struct JSONFeedWriterTests {
    let bytes = FeedExporter.render(ExportFixtures.document, as: .json)

    private func feed() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    private func items() throws -> [[String: Any]] {
        try #require(feed()["items"] as? [[String: Any]])
    }

    private func item(_ story: ExportStory) throws -> [String: Any] {
        try #require(items().first { $0["id"] as? String == story.id })
    }

    @Test func topLevelFields() throws {
        let feed = try feed()
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["title"] as? String == "Tidings & friends")
        #expect(feed["feed_url"] as? String == "https://tidings.example/export.atom?user=me&all=1")
    }

    @Test func itemsReadBackInOrder() throws {
        let items = try items()
        #expect(items.map { $0["id"] as? String } == ExportFixtures.stories.map(\.id))
        // JSON can carry U+0001, so titles come back exactly as given.
        #expect(items.map { $0["title"] as? String } == ExportFixtures.stories.map(\.title))
        for item in items {
            #expect(item["content_html"] is String || item["content_text"] is String)
        }
    }

    @Test func urlDatesAuthorsAndSourcesReadBack() throws {
        let item = try item(ExportFixtures.threeSources)
        #expect(item["url"] as? String == "https://news.example.com/2025/03/swift-rust?a=1&b=2")
        #expect(item["date_published"] as? String == "2025-03-01T08:00:00Z")
        #expect(item["date_modified"] as? String == "2025-03-02T09:30:00Z")
        #expect((item["authors"] as? [[String: String]])?.map { $0["name"] } == ["Zoë Ångström", "Ana Lima"])
        let extensionObject = try #require(item["_tidings"] as? [String: Any])
        let sources = try #require(extensionObject["sources"] as? [[String: String]])
        #expect(sources.map { $0["feed_title"] } == ["News & Co", "Planet <Swift> \"Weekly\"", "Sketchy Links"])
        #expect(sources.map { $0["feed_url"] } == ExportFixtures.threeSources.sources.map(\.feedURL))
        #expect(sources.map { $0["url"] } == [
            "https://news.example.com/2025/03/swift-rust?a=1&b=2", "https://planet.example.org/go?to=swift-rust&ref=1", nil,
        ])
        #expect(sources.first?["title"] == "Swift & Rust compared")
    }

    @Test func contentHTMLCarriesAttribution() throws {
        let item = try item(ExportFixtures.threeSources)
        let html = try #require(item["content_html"] as? String)
        #expect(html.hasPrefix(ExportFixtures.threeSources.html!))
        #expect(html.contains("Also in: <a href=\"https://planet.example.org/go?to=swift-rust&amp;ref=1\">"))
        #expect(item["summary"] as? String == "Two languages & one comparison.")
    }

    @Test func summaryOnlyStoryBecomesContentText() throws {
        let item = try item(ExportFixtures.controlCharacter)
        #expect(item["content_html"] == nil)
        #expect(item["content_text"] as? String == "Line one\u{1}\nline two ]]> end")
    }

    @Test func storyWithoutLinkDateOrContent() throws {
        let item = try item(ExportFixtures.noLinkNoDate)
        #expect(item["url"] == nil)
        #expect(item["date_published"] == nil && item["date_modified"] == nil)
        #expect(item["content_text"] as? String == "")
        let sources = (item["_tidings"] as? [String: Any])?["sources"] as? [[String: String]]
        #expect(sources?.map { $0["feed_title"] } == ["Notes"])
    }

    @Test func storyWithoutSourcesListsNone() throws {
        let item = try item(ExportFixtures.nonASCIINoSources)
        #expect(((item["_tidings"] as? [String: Any])?["sources"] as? [Any])?.isEmpty == true)
        #expect(item["authors"] == nil)
    }

    @Test func nonASCIIStaysUTF8AndSlashesStayBare() {
        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(raw.contains("日本語のタイトル — café ✓ 🎉"))
        #expect(raw.contains("\"https://jsonfeed.org/version/1.1\""))
        #expect(raw.contains("Bell\\u0001less title"))
    }

    @Test func keyOrderIsStableAndVersionComesFirst() {
        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(raw.hasPrefix("{\n  \"version\": "))
        #expect(FeedExporter.render(ExportFixtures.document, as: .json) == bytes)
    }
}
