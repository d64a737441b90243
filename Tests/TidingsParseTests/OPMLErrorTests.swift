import Testing
@testable import TidingsParse

@Suite struct OPMLErrorTests {
    @Test func htmlPageIsNotOPML() throws {
        let bytes = try OPMLFixture.bytes("not-opml-html-page.html")
        #expect(throws: OPMLError.notOPML(file: "export.opml", reason: "it is an HTML page")) {
            try OPMLDocument(parsing: bytes, baseURL: "file:///home/ana/Downloads/export.opml")
        }
    }

    @Test func feedIsNotOPMLAndTheMessageSaysWhatItIs() throws {
        let bytes = try OPMLFixture.bytes("not-opml-rss-feed.xml")
        let error = try #require(throws: OPMLError.self) {
            try OPMLDocument(parsing: bytes, baseURL: "file:///etc/tidings/feeds.opml")
        }
        #expect(error.description == "feeds.opml is not OPML: its root element is <rss>, not <opml>")
    }

    @Test func brokenXMLNamesTheLine() throws {
        let bytes = try OPMLFixture.bytes("malformed-unclosed-outline.opml")
        let error = try #require(throws: OPMLError.self) {
            try OPMLDocument(parsing: bytes, baseURL: "file:///etc/tidings/feeds.opml")
        }
        guard case let .malformed(file, line, message) = error else {
            Issue.record("expected .malformed, got \(error)")
            return
        }
        #expect(file == "feeds.opml")
        #expect(line == 12)
        #expect(message.contains("outline line 7"))
        #expect(error.description.hasPrefix("feeds.opml is not well-formed XML, line 12: "))
    }

    @Test(arguments: [[], Array("  \n\t ".utf8), [0xEF, 0xBB, 0xBF]])
    func emptyInputIsNotOPML(bytes: [UInt8]) {
        #expect(throws: OPMLError.notOPML(file: "feeds.opml", reason: "the file is empty")) {
            try OPMLDocument(parsing: bytes, baseURL: "file:///etc/tidings/feeds.opml")
        }
    }

    @Test func binaryGarbageIsMalformedOnLineOne() {
        let error = #expect(throws: OPMLError.self) {
            try OPMLDocument(parsing: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00])
        }
        guard case let .malformed(file, line, _)? = error else {
            Issue.record("expected .malformed, got \(String(describing: error))")
            return
        }
        #expect(file == "the document")
        #expect(line == 1)
    }
}
