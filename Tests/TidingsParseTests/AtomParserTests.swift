import Testing
import TidingsModel
import TidingsParse

@Suite struct AtomParserTests {
    private func feed(_ body: String, url: String? = nil) -> ParsedFeed {
        let document = "<feed xmlns=\"http://www.w3.org/2005/Atom\">\(body)</feed>"
        return FeedParser.parse(Array(document.utf8), url: url, contentType: nil)
    }

    @Test func xhtmlContentDropsTheWrappingDiv() {
        let parsed = feed("""
            <entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">a &amp; <b>b</b></div></content></entry>
            """)
        #expect(parsed.entries.first?.content.first?.text == FeedText(type: "xhtml", value: "a &amp; <b>b</b>"))
    }

    @Test func contributorsAndSourceAuthorsAreNotAuthors() {
        let parsed = feed("""
            <entry><contributor><name>C</name></contributor><author><name>A</name></author>
            <source><author><name>S</name></author></source></entry>
            """)
        #expect(parsed.entries.first?.authors == [Person(name: "A")])
    }

    @Test func entryTitleIsNotTheFeedTitle() {
        let parsed = feed("<entry><title>Entry</title></entry>")
        #expect(parsed.info.title == nil)
        #expect(parsed.entries.first?.title?.value == "Entry")
    }

    @Test func firstAlternateLinkIsTheLink() {
        let parsed = feed("""
            <link rel="self" href="https://e.example/feed"/><link href="https://e.example/"/>
            <link rel="alternate" href="https://e.example/other"/>
            """)
        #expect(parsed.info.link == "https://e.example/")
        #expect(parsed.info.links.map(\.rel) == ["self", "alternate", "alternate"])
    }

    @Test func nestedXMLBaseResolvesRelativeLinks() {
        let parsed = feed("""
            <entry xml:base="posts/"><link href="one"/><content xml:base="../media/" src="clip.mp4" type="video/mp4"/></entry>
            """, url: "https://e.example/blog/feed.xml")
        let entry = parsed.entries.first
        #expect(entry?.link == "https://e.example/blog/posts/one")
        #expect(entry?.content.first?.src == "https://e.example/blog/media/clip.mp4")
        #expect(entry?.content.first?.text.type == "video/mp4")
    }

    private func document(_ text: String) -> ParsedFeed {
        FeedParser.parse(Array(text.utf8), url: "https://e.example/feed", contentType: nil)
    }

    @Test(arguments: [
        (#"<feed xmlns="http://www.w3.org/2005/Atom">"#, FeedFormat.atom10),
        (#"<feed xmlns="http://www.w3.org/2005/atom">"#, .atom10),
        (#"<feed xmlns="http://purl.org/atom/ns#" version="0.3">"#, .atom03),
        (#"<feed xmlns="http://purl.org/atom/ns#">"#, .atom03),
        (#"<feed xmlns="http://purl.org/atom/ns#" version="0.2">"#, .atom02),
        (#"<feed xmlns="http://purl.org/atom/ns#" version="0.1">"#, .atom01),
        ("<feed>", .atom),
    ])
    func namespaceAndVersionNameTheFormat(_ root: String, _ format: FeedFormat) {
        let feed = document("\(root)<title>T</title></feed>")
        #expect(feed.format == format)
        #expect(feed.info.title?.value == "T")
    }

    @Test(arguments: [
        (#"mode="escaped" type="text/html">&lt;b&gt;x&lt;/b&gt;"#, FeedText(type: "html", value: "<b>x</b>")),
        (#"mode="base64" type="text/html">PGI+eDwvYj4="#, FeedText(type: "html", value: "<b>x</b>")),
        (#"mode="base64">eA=="#, FeedText(type: "text", value: "x")),
        // 0.3 keeps the wrapping div; the sanitiser drops its xmlns, as it drops every unlisted attribute.
        (#"mode="xml" type="application/xhtml+xml"><div xmlns="http://www.w3.org/1999/xhtml">x</div>"#,
         FeedText(type: "xhtml", value: "<div>x</div>")),
        (#"type="application/xhtml+xml" mode="escaped">&lt;p&gt;x&lt;/p&gt;"#,
         FeedText(type: "xhtml", value: "<p>x</p>")),
    ])
    func atom03ContentModesDecode(_ attributesAndBody: String, _ expected: FeedText) {
        let feed = document(#"""
            <feed xmlns="http://purl.org/atom/ns#" version="0.3">
            <entry><content \#(attributesAndBody)</content></entry></feed>
            """#)
        var content = feed.entries.first?.content.first?.text
        content?.base = nil
        #expect(content == expected)
    }

    @Test func atom03InfoAndCreatedAreRead() {
        let feed = document(#"""
            <feed xmlns="http://purl.org/atom/ns#" version="0.3"><info>About this feed</info>
            <entry><created>2004-01-01T00:00:00Z</created><issued>2004-01-02T00:00:00Z</issued></entry></feed>
            """#)
        #expect(feed.info.info?.value == "About this feed")
        #expect(feed.entries.first?.created?.raw == "2004-01-01T00:00:00Z")
        #expect(feed.entries.first?.published?.raw == "2004-01-02T00:00:00Z")
    }

    @Test func contributorsAreKeptApartFromAuthors() {
        let parsed = feed("""
            <contributor><name>Feed C</name></contributor>
            <entry><contributor><name>C</name></contributor><author><name>A</name></author></entry>
            """)
        #expect(parsed.info.contributors == [Person(name: "Feed C")])
        #expect(parsed.info.authors == [])
        #expect(parsed.entries.first?.contributors == [Person(name: "C")])
    }

    @Test func sourceKeepsTheWholeFeedHeader() {
        let parsed = feed("""
            <entry><source><id>urn:s</id><title>S</title><link rel="self" href="https://s.example/atom"/>
            <link href="https://s.example/"/><author><name>SA</name></author><updated>2024-01-01T00:00:00Z</updated>
            </source></entry>
            """)
        let source = parsed.entries.first?.source
        #expect(source?.url == "https://s.example/atom")
        #expect(source?.link == "https://s.example/")
        #expect(source?.id == "urn:s")
        #expect(source?.authors == [Person(name: "SA")])
        #expect(source?.updated?.instant != nil)
    }

    @Test func generatorKeepsItsURIAndVersion() {
        let parsed = feed(#"<generator uri="https://gen.example/" version="2">Gen</generator>"#)
        #expect(parsed.info.generatorInfo == Generator(name: "Gen", uri: "https://gen.example/", version: "2"))
        #expect(parsed.info.generator == "Gen")
    }
}
