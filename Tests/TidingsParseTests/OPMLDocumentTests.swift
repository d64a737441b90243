import Testing
import TidingsModel
@testable import TidingsParse

@Suite struct OPMLDocumentTests {
    @Test func nestedFoldersBecomeFolderPaths() throws {
        let document = try OPMLDocument(parsing: OPMLFixture.bytes("nested-folders.opml"))
        #expect(document.title == "Nested folders, as NetNewsWire and Feedly export them")
        #expect(document.sources.map(\.url) == [
            "https://top.example/feed.xml", "https://wire.example/world.rss", "https://deep.example/atom.xml",
            "https://prairiepost.example/rss", "https://labels.example/feed",
        ])
        #expect(document.sources.map(\.folder) == [
            [], ["News", "World"], ["News", "World", "Deeper"], ["News", "Canada"], ["Folder title"],
        ])
        #expect(document.sources[1] == FeedSource(
            url: "https://wire.example/world.rss", title: "World Wire Headlines",
            htmlURL: "https://wire.example/world", folder: ["News", "World"]))
    }

    @Test func emptyTitleFallsBackToText() throws {
        let document = try OPMLDocument(parsing: OPMLFixture.bytes("nested-folders.opml"))
        #expect(document.sources.last?.title == "Labelled by title")
        #expect(document.sources[2].htmlURL == nil)
    }

    @Test func relativePathsResolveAgainstTheFileURL() throws {
        let document = try OPMLDocument(
            parsing: OPMLFixture.bytes("relative-paths.opml"), baseURL: "file:///srv/tidings/feeds.opml")
        #expect(document.sources.map(\.url) == [
            "file:///srv/tidings/ceasefire-cbc.xml",
            "file:///srv/tidings/archive/2026/november.xml",
            "file:///srv/shared/wire.xml",
            "file:///srv/tidings/late%20edition.xml",
            "https://absolute.example/feed.xml",
        ])
        #expect(document.sources.first?.htmlURL == "file:///srv/tidings/index.html")
    }

    @Test func relativePathsResolveAgainstAnHTTPBase() throws {
        let document = try OPMLDocument(
            parsing: OPMLFixture.bytes("relative-paths.opml"), baseURL: "https://lists.example/team/feeds.opml")
        #expect(document.sources.first?.url == "https://lists.example/team/ceasefire-cbc.xml")
    }

    @Test func relativePathsStayAsWrittenWithoutABase() throws {
        let document = try OPMLDocument(parsing: OPMLFixture.bytes("relative-paths.opml"))
        #expect(document.sources.first?.url == "ceasefire-cbc.xml")
    }

    @Test func lowercaseXmlurlAndDeclaredLatin1AreRead() throws {
        let document = try OPMLDocument(parsing: OPMLFixture.bytes("lowercase-xmlurl.opml"))
        #expect(document.sources == [
            FeedSource(url: "http://journal.example/rss.xml", title: "Le Journal de l'Été",
                       htmlURL: "http://journal.example/"),
            FeedSource(url: "http://shouting.example/RSS", title: "Shouting feed"),
        ])
    }

    @Test func duplicatedURLIsListedOnceWhereItFirstAppears() throws {
        let document = try OPMLDocument(parsing: OPMLFixture.bytes("duplicated-url.opml"))
        #expect(document.sources.map(\.url) == ["https://harbourwire.example/world.xml", "https://inland.example/rss"])
        #expect(document.sources.first?.title == "Harbour Wire")
        #expect(document.sources.first?.folder == ["World"])
    }

    @Test func opml1WithTextOnlyIsTrimmed() throws {
        let document = try OPMLDocument(parsing: OPMLFixture.bytes("opml1-text-only.opml"))
        #expect(document.sources == [
            FeedSource(url: "http://oldblog.example/index.rdf", title: "Old Blog",
                       htmlURL: "http://oldblog.example/", folder: ["Tech"]),
            FeedSource(url: "http://spaced.example/rss.xml", title: "Spaced Out", folder: ["Tech"]),
            FeedSource(url: "http://untitled.example/rss", title: "Untitled feed"),
        ])
    }

    @Test func linksAndIncludesAreNotFeeds() throws {
        let document = try OPMLDocument(parsing: OPMLFixture.bytes("comments-and-unknown-outlines.opml"))
        #expect(document.sources.count == 3)
        #expect(document.sources[1].url == "https://inland.example/rss?section=world&format=full")
        #expect(document.sources[1].title == "Inland Times & Ledger")
    }

    @Test func externalAndNestedEntitiesAreNotExpanded() throws {
        let document = try OPMLDocument(parsing: OPMLFixture.bytes("external-entity-in-title.opml"))
        #expect(document.title?.contains("root:") != true)
        let source = try #require(document.sources.first)
        #expect(source.url == "https://laughs.example/feed.xml")
        #expect(source.title?.contains("lollol") != true)
    }
}
