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
}
