import Foundation
import Testing
import TidingsModel
import TidingsParse

@Suite struct JSONFeedParserTests {
    private func parse(_ json: String, url: String? = "https://e.example/feed.json") -> ParsedFeed {
        FeedParser.parse(Array(json.utf8), url: url, contentType: "application/feed+json")
    }

    @Test(arguments: [
        ("https://jsonfeed.org/version/1", FeedFormat.json1),
        ("https://jsonfeed.org/version/1/", .json1),
        ("http://jsonfeed.org/version/1", .json1),
        ("https://jsonfeed.org/version/1.1", .json11),
        ("https://jsonfeed.org/version/2", .json11),
    ])
    func versionNamesTheFormat(_ version: String, _ format: FeedFormat) {
        let feed = parse(#"{"version": "\#(version)", "title": "T", "items": []}"#)
        #expect(feed.format == format)
        #expect(!feed.bozo)
    }

    @Test(arguments: [#"{"items": [{"id": "1"}]}"#, #"{"version": "2.0", "items": []}"#, "[1, 2, 3]"])
    func jsonThatIsNoJSONFeedIsNotAFeed(_ json: String) {
        let feed = parse(json)
        #expect(feed.format == .unknown)
        #expect(feed.bozo)
        #expect(feed.entries.isEmpty)
        #expect(feed.bozoMessage?.hasPrefix("not a feed") == true)
    }

    @Test func trailingCommasAreSkippedAndReported() {
        let feed = parse("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "T",
             "items": [{"id": "1", "tags": ["a", "b",],}, ],}
            """)
        #expect(feed.entries.map(\.id) == ["1"])
        #expect(feed.entries.first?.categories.map(\.term) == ["a", "b"])
        #expect(feed.bozo)
        #expect(feed.bozoMessage == "not well-formed JSON: trailing comma (line 2)")
    }

    @Test func aTruncatedDocumentKeepsTheItemsReadBeforeTheBreak() {
        let feed = parse(#"{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1"}, {"id": "2", "ti"#)
        #expect(feed.format == .json11)
        #expect(feed.entries.map(\.id) == ["1", "2"])
        #expect(feed.bozoMessage == "not well-formed JSON: document ends inside an object (line 1)")
    }

    @Test func deepNestingIsCappedNotRecursedWithoutBound() {
        let deep = String(repeating: "[", count: 100_000)
        let feed = parse(#"{"version": "https://jsonfeed.org/version/1.1", "items": \#(deep)"#)
        #expect(feed.bozo)
        #expect(feed.bozoMessage?.contains("nesting deeper than") == true)
    }

    @Test func stringEscapesAndSurrogatePairsDecode() {
        let feed = parse(#"""
            {"version": "https://jsonfeed.org/version/1.1",
             "items": [{"id": "q\"\\\/\n\t\u00e9\ud83d\udc1d\ud800x"}]}
            """#)
        #expect(feed.entries.first?.id == "q\"\\/\n\t\u{E9}\u{1F41D}\u{FFFD}x")
    }

    @Test func numericIDsKeepTheirDigits() {
        let feed = parse(#"{"version": "https://jsonfeed.org/version/1", "items": [{"id": 123}, {"id": 1.5e3}]}"#)
        #expect(feed.entries.map(\.id) == ["123", "1.5e3"])
    }

    @Test func authorURLThatIsMailtoIsTheAddress() {
        let feed = parse("""
            {"version": "https://jsonfeed.org/version/1", "author": {"name": "A", "url": "mailto:a@e.example"},
             "items": [{"id": "1", "authors": [{"url": "/people/b"}, {"avatar": "x.png"}]}]}
            """)
        #expect(feed.info.authors == [Person(name: "A", email: "a@e.example")])
        #expect(feed.entries.first?.authors == [Person(uri: "https://e.example/people/b")])
    }

    @Test func attachmentsBecomeEnclosuresAndThoseWithoutAURLAreDropped() {
        let feed = parse("""
            {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "attachments": [
              {"url": "a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": "2048"},
              {"mime_type": "audio/ogg"}, {"url": "b.ogg", "size_in_bytes": 10.0}]}]}
            """)
        #expect(feed.entries.first?.enclosures == [
            Enclosure(url: "https://e.example/a.mp3", type: "audio/mpeg", length: 2048),
            Enclosure(url: "https://e.example/b.ogg", length: 10),
        ])
    }

    @Test func htmlContentComesBeforeTextAndIsNotCopiedIntoTheSummary() {
        let feed = parse("""
            {"version": "https://jsonfeed.org/version/1.1",
             "items": [{"id": "1", "content_text": "plain", "content_html": "<p>rich</p>"}]}
            """)
        let entry = feed.entries.first
        #expect(entry?.content.map(\.text.type) == ["html", "text"])
        #expect(entry?.summary == nil)
    }

    @Test func aByteOrderMarkBeforeTheObjectIsAllowed() {
        let json = #"{"version": "https://jsonfeed.org/version/1.1", "title": "T"}"#
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(json.utf8)
        let feed = FeedParser.parse(bytes, url: nil, contentType: nil)
        #expect(feed.format == .json11)
        #expect(feed.info.title?.value == "T")
    }
}
