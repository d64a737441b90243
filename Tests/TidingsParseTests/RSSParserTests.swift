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
}
