import Foundation
import Testing
import TidingsModel
@testable import TidingsExport

@Suite struct AtomWriterTests {
    static let atom = "http://www.w3.org/2005/Atom"
    let bytes = FeedExporter.render(ExportFixtures.document, as: .atom)

    private func feed() throws -> XMLTree {
        let root = try XMLTree.parse(bytes)
        #expect(root.name == "feed" && root.namespace == Self.atom)
        return root
    }

    private func entry(_ story: ExportStory) throws -> XMLTree {
        try #require(feed().all("entry").first { $0.first("id")?.text == story.id })
    }

    @Test func feedHasRequiredElements() throws {
        let feed = try feed()
        #expect(feed.first("id")?.text == "tag:tidings.example,2025:export")
        #expect(feed.first("title")?.text == "Tidings & friends")
        #expect(feed.first("updated")?.text == "2025-03-03T12:04:51Z")
        #expect(feed.first("generator")?.text == "Tidings")
        let selfLink = try #require(feed.all("link").first { $0.attributes["rel"] == "self" })
        #expect(selfLink.attributes["href"] == "https://tidings.example/export.atom?user=me&all=1")
    }

    @Test func everyEntryHasIdTitleUpdatedAndAuthor() throws {
        let entries = try feed().all("entry")
        #expect(entries.map { $0.first("id")?.text } == ExportFixtures.stories.map(\.id))
        for entry in entries {
            #expect(entry.first("title") != nil)
            #expect(entry.first("updated")?.text.isEmpty == false)
            #expect(entry.all("author").allSatisfy { $0.first("name")?.text.isEmpty == false })
            #expect(!entry.all("author").isEmpty)
            // RFC 4287 §4.1.2: no content means an alternate link is required.
            let hasAlternate = entry.all("link").contains { $0.attributes["rel"] == "alternate" }
            #expect(entry.first("content") != nil || hasAlternate)
        }
    }

    @Test func titlesReadBackUnchangedExceptForbiddenCharacters() throws {
        let titles = try feed().all("entry").map { $0.first("title")?.text }
        #expect(titles == ExportFixtures.stories.map(ExportFixtures.expectedTitle))
    }

    @Test func datesAndLinkReadBack() throws {
        let entry = try entry(ExportFixtures.threeSources)
        #expect(entry.first("updated")?.text == "2025-03-02T09:30:00Z")
        #expect(entry.first("published")?.text == "2025-03-01T08:00:00Z")
        let alternate = entry.all("link").filter { $0.attributes["rel"] == "alternate" }
        #expect(alternate.map { $0.attributes["href"] } == ["https://news.example.com/2025/03/swift-rust?a=1&b=2"])
        #expect(entry.all("author").map { $0.first("name")?.text } == ["Zoë Ångström", "Ana Lima"])
    }

    @Test func contentKeepsMarkupAndCreditsOtherSources() throws {
        let entry = try entry(ExportFixtures.threeSources)
        let content = try #require(entry.first("content"))
        #expect(content.attributes["type"] == "html")
        #expect(content.text.hasPrefix(ExportFixtures.threeSources.html!))
        #expect(content.text.hasSuffix(
            "<p>Also in: <a href=\"https://planet.example.org/go?to=swift-rust&amp;ref=1\">"
                + "Planet &lt;Swift&gt; \"Weekly\"</a>, "
                + "<a href=\"https://sketchy.example.net/\">Sketchy Links</a></p>"))
        #expect(!content.text.contains("javascript:"))
        #expect(entry.first("summary")?.text == "Two languages & one comparison.")
    }

    @Test func viaLinkPerSourceItemLink() throws {
        let via = try entry(ExportFixtures.threeSources).all("link").filter { $0.attributes["rel"] == "via" }
        #expect(via.map { $0.attributes["href"] } == [
            "https://news.example.com/2025/03/swift-rust?a=1&b=2",
            "https://planet.example.org/go?to=swift-rust&ref=1",
        ])
    }

    @Test func sourceElementNamesThePrimaryFeed() throws {
        let source = try #require(entry(ExportFixtures.threeSources).first("source"))
        #expect(source.first("id")?.text == "https://news.example.com/feed?format=rss&x=1")
        #expect(source.first("title")?.text == "News & Co")
        #expect(source.all("link").map { $0.attributes["rel"] } == ["self", "alternate"])
    }

    @Test func storyWithoutSourcesOrAuthorsIsCreditedToTheExport() throws {
        let entry = try entry(ExportFixtures.nonASCIINoSources)
        #expect(entry.all("author").map { $0.first("name")?.text } == ["Tidings & friends"])
        #expect(entry.first("source") == nil)
        #expect(entry.first("content")?.text == "<p>Ünïcödé body</p>")
    }

    @Test func storyWithoutLinkOrDateStillValid() throws {
        let entry = try entry(ExportFixtures.noLinkNoDate)
        #expect(entry.first("updated")?.text == "2025-03-03T12:04:51Z")
        #expect(entry.first("published") == nil)
        #expect(entry.all("link").isEmpty)
        #expect(entry.first("content")?.attributes["type"] == "text")
        #expect(entry.all("author").map { $0.first("name")?.text } == ["Notes"])
    }

    @Test func summaryOnlyStoryDropsControlCharacter() throws {
        let entry = try entry(ExportFixtures.controlCharacter)
        #expect(entry.first("summary")?.text == "Line one\nline two ]]> end")
        #expect(entry.first("content") == nil)
    }

    @Test func outputIsReproducible() {
        #expect(FeedExporter.render(ExportFixtures.document, as: .atom) == bytes)
    }

    @Test func feedWithoutSelfURLHasNoSelfLink() throws {
        var doc = ExportFixtures.document
        doc.selfURL = nil
        doc.stories = []
        let feed = try XMLTree.parse(FeedExporter.render(doc, as: .atom))
        #expect(feed.all("link").isEmpty)
        #expect(feed.all("entry").isEmpty)
    }
}
