import Foundation
import Testing
import TidingsModel
import TidingsParse

@Suite struct RSSParserTests {
    private func channel(_ body: String, url: String? = nil) -> ParsedFeed {
        let document = """
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>\(body)</channel></rss>
            """
        return FeedParser.parse(Array(document.utf8), url: url, contentType: nil)
    }

    @Test func emptyContentEncodedIsIgnored() {
        let feed = channel("<item><title>t</title><content:encoded><![CDATA[ ]]></content:encoded></item>")
        #expect(feed.entries.first?.content == [])
    }

    @Test func imageTitleIsNotTheChannelTitle() {
        let feed = channel("<image><title>Logo</title><link>https://e.example/logo</link></image><title>Real</title>")
        #expect(feed.info.title?.value == "Real")
        #expect(feed.info.link == nil)
    }

    @Test(arguments: [
        ("<guid>https://e.example/p/1</guid>", "https://e.example/p/1"),
        ("<guid>post-1</guid>", nil),
        ("<guid isPermaLink=\"false\">https://e.example/p/1</guid>", nil),
        ("<link>https://e.example/real</link><guid>https://e.example/p/1</guid>", "https://e.example/real"),
    ])
    func permalinkGuidStandsInForAMissingLink(_ item: String, _ link: String?) {
        #expect(channel("<item>\(item)</item>").entries.first?.link == link)
    }

    @Test func relativeItemLinksResolveAgainstTheChannelLink() {
        let feed = channel("<link>https://site.example/news/</link><item><link>2024/a</link></item>",
                           url: "https://feeds.example/rss")
        #expect(feed.entries.first?.link == "https://site.example/news/2024/a")
    }

    @Test(arguments: [
        ("me@example.com (Example Editor)", Person(name: "Example Editor", email: "me@example.com")),
        ("Example Editor (me@example.com)", Person(name: "Example Editor", email: "me@example.com")),
        ("Example Editor <me@example.com>", Person(name: "Example Editor", email: "me@example.com")),
        ("mailto:me@example.com", Person(email: "me@example.com")),
        ("Example Editor", Person(name: "Example Editor")),
        ("Editor (Sports Desk)", Person(name: "Editor (Sports Desk)")),
    ])
    func authorStringsAreSplit(_ written: String, _ person: Person) {
        let escaped = written.replacingOccurrences(of: "<", with: "&lt;")
        #expect(channel("<item><author>\(escaped)</author></item>").entries.first?.authors == [person])
    }

    private func document(_ text: String) -> ParsedFeed {
        FeedParser.parse(Array(text.utf8), url: "https://feeds.example/rss", contentType: nil)
    }

    @Test(arguments: [
        (#"<rss version="0.91">"#, "", FeedFormat.rss091u),
        (#"<rss version="0.91">"#, #"<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd">"#,
         .rss091n),
        (#"<rss version="0.92">"#, "", .rss092), (#"<rss version="0.93">"#, "", .rss093),
        (#"<rss version="0.94">"#, "", .rss094), (#"<rss version="2.0">"#, "", .rss20),
        (#"<rss version="2.01">"#, "", .rss20), (#"<rss version="2.1">"#, "", .rss20),
        ("<rss>", "", .rss), (#"<rss version="5">"#, "", .rss),
    ])
    func versionAndDoctypeNameTheFormat(_ root: String, _ doctype: String, _ format: FeedFormat) {
        #expect(document("\(doctype)\(root)<channel><title>T</title></channel></rss>").format == format)
    }

    @Test func rdfRootIsRSS10UnlessItsElementsAreInNetscapesNamespace() {
        let rdf = #"xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#""#
        let rss10 = document(#"""
            <rdf:RDF \#(rdf) xmlns="http://purl.org/rss/1.0/"><channel><title>T</title></channel></rdf:RDF>
            """#)
        let rss090 = document(#"""
            <rdf:RDF \#(rdf) xmlns="http://my.netscape.com/rdf/simple/0.9/">
            <channel><title>T</title></channel></rdf:RDF>
            """#)
        #expect(rss10.format == .rss10)
        #expect(rss090.format == .rss090)
        #expect(rss090.info.title?.value == "T")
    }

    @Test func rss10ItemsAreReadInDocumentOrderNotItemsSequenceOrder() {
        let feed = document(#"""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
            <channel rdf:about="https://e.example/"><title>T</title><items><rdf:Seq>
            <rdf:li rdf:resource="https://e.example/2"/><rdf:li rdf:resource="https://e.example/1"/></rdf:Seq></items>
            </channel>
            <item rdf:about="https://e.example/1"><title>One</title></item>
            <item rdf:about="https://e.example/2"><title>Two</title></item></rdf:RDF>
            """#)
        #expect(feed.entries.map(\.id) == ["https://e.example/1", "https://e.example/2"])
        #expect(feed.info.id == "https://e.example/")
    }

    @Test func skipHoursTreat24AsMidnightAndSkipDaysKeepKnownNames() {
        let feed = channel("""
            <ttl>60</ttl><skipHours><hour>24</hour><hour>7</hour><hour>0</hour><hour>-1</hour></skipHours>
            <skipDays><day>Monday</day><day>Caturday</day><day>Sunday</day></skipDays>
            """)
        #expect(feed.info.refreshHints == RefreshHints(ttl: 60, skipHours: [0, 7], skipDays: [.sunday, .monday]))
        #expect(feed.info.ttl == 60)
    }

    @Test func imageAndTextInputChildrenDoNotLeakIntoTheChannel() {
        let feed = channel("""
            <image><url>https://e.example/logo.png</url><title>Logo</title><link>https://e.example/</link>
            <width>x</width></image>
            <textInput><title>Search</title><name>q</name><link>https://e.example/s</link></textInput>
            <title>Real</title>
            """)
        #expect(feed.info.title?.value == "Real")
        #expect(feed.info.link == nil)
        #expect(feed.info.image
            == FeedImage(url: "https://e.example/logo.png", title: "Logo", link: "https://e.example/"))
        #expect(feed.info.textInput == TextInput(title: "Search", name: "q", link: "https://e.example/s"))
    }

    @Test func webMasterIsThePublisherAndManagingEditorAnAuthor() {
        let feed = channel("<managingEditor>ed@e.example</managingEditor><webMaster>web@e.example (Web)</webMaster>")
        #expect(feed.info.authors == [Person(email: "ed@e.example")])
        #expect(feed.info.publisher == Person(name: "Web", email: "web@e.example"))
    }

    @Test func expirationDateIsTheEntrysExpiry() {
        let feed = channel("<item><expirationDate>Sat, 09 Mar 2024 17:00:00 GMT</expirationDate></item>")
        #expect(feed.entries.first?.expired?.raw == "Sat, 09 Mar 2024 17:00:00 GMT")
        #expect(feed.entries.first?.expired?.instant != nil)
    }

    @Test func dublinCoreDateIsTheUpdateAndPubDateThePublication() {
        let feed = document("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><item>
            <dc:date>2024-01-31T19:30:00Z</dc:date><pubDate>Wed, 31 Jan 2024 21:00:00 GMT</pubDate>
            </item></channel></rss>
            """)
        #expect(feed.entries.first?.published?.raw == "Wed, 31 Jan 2024 21:00:00 GMT")
        #expect(feed.entries.first?.updated?.raw == "2024-01-31T19:30:00Z")
    }
}
