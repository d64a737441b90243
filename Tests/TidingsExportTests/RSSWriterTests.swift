import Foundation
import Testing
import TidingsModel
@testable import TidingsExport

@Suite struct RSSWriterTests {
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let atom = "http://www.w3.org/2005/Atom"
    let bytes = FeedExporter.render(ExportFixtures.document, as: .rss)

    private func channel() throws -> XMLTree {
        let root = try XMLTree.parse(bytes)
        #expect(root.name == "rss" && root.attributes["version"] == "2.0")
        return try #require(root.first("channel"))
    }

    private func item(_ story: ExportStory) throws -> XMLTree {
        try #require(channel().all("item").first { $0.first("guid")?.text == story.id })
    }

    @Test func channelHasRequiredElements() throws {
        let channel = try channel()
        #expect(channel.first("title")?.text == "Tidings & friends")
        #expect(channel.first("link")?.text == "https://tidings.example/export.atom?user=me&all=1")
        #expect(channel.first("description")?.text.isEmpty == false)
        #expect(channel.first("lastBuildDate")?.text == "Mon, 03 Mar 2025 12:04:51 +0000")
        #expect(channel.first("generator")?.text == "Tidings")
        let selfLink = try #require(channel.first("link", namespace: Self.atom))
        #expect(selfLink.attributes["rel"] == "self")
        #expect(selfLink.attributes["href"] == "https://tidings.example/export.atom?user=me&all=1")
    }

    @Test func itemsReadBackInOrder() throws {
        let items = try channel().all("item")
        #expect(items.map { $0.first("guid")?.text } == ExportFixtures.stories.map(\.id))
        #expect(items.map { $0.first("title")?.text } == ExportFixtures.stories.map(ExportFixtures.expectedTitle))
        #expect(items.allSatisfy { $0.first("guid")?.attributes["isPermaLink"] == "false" })
    }

    @Test func linkDateSourceAndCreatorsReadBack() throws {
        let item = try item(ExportFixtures.threeSources)
        #expect(item.first("link")?.text == "https://news.example.com/2025/03/swift-rust?a=1&b=2")
        #expect(item.first("pubDate")?.text == "Sat, 01 Mar 2025 08:00:00 +0000")
        let source = try #require(item.first("source"))
        #expect(source.attributes["url"] == "https://news.example.com/feed?format=rss&x=1")
        #expect(source.text == "News & Co")
        #expect(item.all("creator", namespace: Self.dc).map(\.text) == ["Zoë Ångström", "Ana Lima"])
    }

    @Test func descriptionIsHTMLEscapedOnceWithAttribution() throws {
        let description = try #require(item(ExportFixtures.threeSources).first("description")).text
        #expect(description.hasPrefix("<p>Fish &amp; chips</p><pre>if (a[b[0]]> c) {}</pre><p>end ]]> here</p>"))
        #expect(description.contains("<p>Also in: <a href=\"https://planet.example.org/go?to=swift-rust&amp;ref=1\">"))
        #expect(!description.contains("javascript:"))
        // Escaped once: the raw bytes hold "&lt;p&gt;", never a CDATA section or "&amp;lt;".
        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(raw.contains("&lt;p&gt;Fish &amp;amp; chips"))
        #expect(!raw.contains("<![CDATA["))
    }

    @Test func summaryOnlyDescriptionIsEscapedText() throws {
        let item = try item(ExportFixtures.controlCharacter)
        #expect(item.first("description")?.text == "Line one\nline two ]]&gt; end")
    }

    @Test func storyWithoutLinkOrDateHasNeither() throws {
        let item = try item(ExportFixtures.noLinkNoDate)
        #expect(item.first("link") == nil)
        #expect(item.first("pubDate") == nil)
        #expect(item.first("source")?.attributes["url"] == "https://notes.example.org/feed.json")
    }

    @Test func updatedOnlyStoryUsesUpdateAsPubDate() throws {
        let item = try item(ExportFixtures.nonASCIINoSources)
        #expect(item.first("pubDate")?.text == "Sun, 02 Mar 2025 09:30:00 +0000")
        #expect(item.first("source") == nil)
        #expect(item.first("link")?.text == "https://例え.jp/記事/1")
    }

    @Test func outputIsReproducible() {
        #expect(FeedExporter.render(ExportFixtures.document, as: .rss) == bytes)
    }
}
