import Foundation
import Testing
import TidingsModel
import TidingsParse

/// The facade's promises: never throw, never leak, always say what went wrong.
@Suite struct FeedParserTests {
    private func parse(_ text: String, url: String? = nil, contentType: String? = nil) -> ParsedFeed {
        FeedParser.parse(Array(text.utf8), url: url, contentType: contentType)
    }

    @Test func externalEntityDoesNotLeakLocalFiles() throws {
        let feed = FeedParser.parse(try Fixture.bytes("rss/xxe-system-entity.xml"), url: nil, contentType: nil)
        let json = ParseJSON.render(feed, pretty: false)
        #expect(!json.contains("root:"))
        #expect(feed.bozo)
        #expect(feed.entries.first?.title?.value == "Leak: &xxe;")
    }

    @Test func entityBombIsNeverExpanded() throws {
        let feed = FeedParser.parse(try Fixture.bytes("rss/entity-expansion-bomb.xml"), url: nil, contentType: nil)
        #expect(ParseJSON.render(feed, pretty: false).utf8.count < 4_000)
        #expect(feed.entries.map(\.title?.value) == ["Still here"])
    }

    @Test func undeclaredHTMLEntitiesBecomeTheirCharacters() {
        let feed = parse(
            "<rss version=\"2.0\"><channel><title>a&nbsp;b&mdash;c&eacute;d&rsquo;e&hellip;</title></channel></rss>")
        #expect(feed.info.title?.value == "a\u{A0}b\u{2014}c\u{E9}d\u{2019}e\u{2026}")
        // Well-formed XML would have to declare them, so the document is still flagged.
        #expect(feed.bozoMessage == "not well-formed: undefined entity &nbsp; read as HTML (line 1)")
    }

    @Test func bareAmpersandKeepsTheRestOfTheTitle() {
        let feed = parse("<rss version=\"2.0\"><channel><title>AT&T & friends</title></channel></rss>")
        #expect(feed.info.title?.value == "AT&T & friends")
        #expect(feed.bozo)
        #expect(feed.bozoMessage == "not well-formed: unescaped '&' (line 1)")
    }

    @Test func entitiesStillDecodeAfterTheDocumentBroke() {
        let feed = parse("""
            <rss version="2.0"><channel><title>T</title>
            <item><title>first</b></title></item>
            <item><title>fish &amp; chips&nbsp;&lt;3</title></item>
            </channel></rss>
            """)
        #expect(feed.bozo)
        #expect(feed.entries.last?.title?.value == "fish & chips\u{A0}<3")
    }

    @Test func namespacesAreMatchedByURINotPrefix() {
        let feed = parse("""
            <rss version="2.0" xmlns:creator="http://purl.org/dc/elements/1.1/" xmlns:dc="urn:not-dublin-core">
            <channel><item><creator:creator>Right</creator:creator><dc:creator>Wrong</dc:creator></item></channel></rss>
            """)
        #expect(feed.entries.first?.authors == [Person(name: "Right")])
    }

    @Test func truncatedDocumentKeepsWhatWasRead() throws {
        let feed = FeedParser.parse(try Fixture.bytes("rss/truncated-document.xml"), url: nil, contentType: nil)
        #expect(feed.bozo)
        #expect(feed.entries.map(\.title?.value) == ["Broad beans in", "Frost on the rhubarb"])
    }

    @Test func emptyAndWhitespaceDocumentsAreBozo() {
        for text in ["", "  \n\t"] {
            let feed = parse(text)
            #expect(feed.bozo)
            #expect(feed.format == .unknown)
            #expect(feed.bozoMessage == "not a feed: empty document")
        }
    }

    @Test func jsonFeedIsRecognisedAndAControlCharacterNeverReachesAString() {
        let feed = parse(#"{"version": "https://jsonfeed.org/version/1.1", "title": "A\u0000B"#
                         + "\u{1}C\", \"items\": []}")
        #expect(feed.format == .json11)
        #expect(feed.info.title?.value == "A\u{FFFD}B\u{FFFD}C")
    }

    @Test func htmlPageListsTheFeedsItAdvertises() {
        let feed = parse("""
            <!doctype html><html><head>
            <link rel="alternate" type="application/rss+xml" title="RSS" href="/rss">
            <link rel="alternate" type="application/atom+xml" href="atom.xml">
            <link rel="stylesheet" type="text/css" href="/s.css">
            </head><body></body></html>
            """, url: "https://site.example/blog/post")
        #expect(feed.bozo)
        #expect(feed.bozoMessage == "not a feed: HTML page")
        #expect(feed.advertisedFeeds == [
            Link(href: "https://site.example/rss", type: "application/rss+xml", title: "RSS"),
            Link(href: "https://site.example/blog/atom.xml", type: "application/atom+xml"),
        ])
    }

    @Test func contentTypeHTMLMarksAFragmentAsAPage() {
        let feed = parse("<div><link rel=alternate type=application/rss+xml href=/f></div>",
                         url: "https://e.example/", contentType: "text/html; charset=utf-8")
        #expect(feed.advertisedFeeds.map(\.href) == ["https://e.example/f"])
    }

    @Test func dataAndByteArraysParseAlike() throws {
        let bytes = try Fixture.bytes("atom/feed-and-entry-fields.xml")
        #expect(FeedParser.parse(Data(bytes), url: "https://e.example/", contentType: nil)
            == FeedParser.parse(bytes, url: "https://e.example/", contentType: nil))
    }

    @Test func parsesConcurrentlyWithTheSameResults() async throws {
        let names = Fixture.all
        let sequential = try names.map { FeedParser.parse(try Fixture.bytes($0), url: nil, contentType: nil) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, ParsedFeed).self) { group in
            for (index, name) in names.enumerated() {
                let bytes = try Fixture.bytes(name)
                group.addTask { (index, FeedParser.parse(bytes, url: nil, contentType: nil)) }
            }
            var results = [ParsedFeed?](repeating: nil, count: names.count)
            for try await (index, feed) in group { results[index] = feed }
            return results
        }
        #expect(concurrent == sequential)
    }
}

@Suite struct ParserLimitTests {
    @Test func nestingBeyondTheCapIsFlattenedAndReportedAndLaterItemsSurvive() {
        let deep = String(repeating: "<x>", count: 5_000) + String(repeating: "</x>", count: 5_000)
        let xml = #"<rss version="2.0"><channel><title>Deep</title>"# + deep
            + "<item><title>After the deep part</title></item></channel></rss>"
        let feed = FeedParser.parse(Array(xml.utf8), url: nil, contentType: nil)
        #expect(feed.bozo)
        #expect(feed.bozoMessage?.contains("deeper than 256") == true)
        #expect(feed.entries.map { $0.title?.value } == ["After the deep part"])
    }

    @Test func aDocumentOverTheSizeCapIsRefusedWithoutParsing() {
        let huge = [UInt8](repeating: UInt8(ascii: " "), count: FeedParser.maximumDocumentBytes + 1)
        let feed = FeedParser.parse(huge, url: nil, contentType: nil)
        #expect(feed.bozo)
        #expect(feed.bozoMessage == "document larger than 64 MB: not parsed")
    }
}
