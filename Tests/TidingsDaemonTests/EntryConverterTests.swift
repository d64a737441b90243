import Foundation
import Testing
import TidingsDaemon
import TidingsParse
import TidingsStore

/// What ingest makes of parsed entries: story keys (link, and a permalink guid naming another page)
/// and a fingerprint that leaves out what the feed repeats in every item.
@Suite struct EntryConverterTests {
    static func items(_ rss: String) -> [IncomingItem] {
        let feed = FeedParser.parse(Array(rss.utf8), url: "https://paper.example/rss", contentType: "application/rss+xml")
        return EntryConverter.items(from: feed, feedURL: "https://paper.example/rss")
    }

    @Test func aPermalinkGuidNamingAnotherPageIsASecondKey() {
        let items = Self.items("""
            <rss version="2.0"><channel><title>Paper</title>
            <item><title>Port strike</title><link>https://feeds.proxy.example/~r/paper/123</link>
              <guid isPermaLink="true">https://paper.example/news/port-strike?utm_source=rss</guid></item>
            <item><title>Budget</title><link>https://paper.example/news/budget</link>
              <guid isPermaLink="false">https://paper.example/news/other</guid></item>
            </channel></rss>
            """)
        #expect(items.count == 2)
        #expect(items[0].storyKeys == ["url:https://feeds.proxy.example/~r/paper/123", "url:https://paper.example/news/port-strike"])
        #expect(items[1].storyKeys == ["url:https://paper.example/news/budget"])
    }

    @Test func aFooterTheFeedRepeatsIsNotPartOfTheFingerprint() throws {
        // No boilerplate pattern knows this line: only its repetition across items marks it.
        let footer = "<p>The Paper is owned by the Harbour Trust and edited in the old mill on Quay Street.</p>"
        let bodies = [
            "Dockworkers at Europe's largest container port walked out on Tuesday over a plan to automate two terminals.",
            "The city council voted to keep the old bridge open to cyclists after a petition signed by 4,000 residents.",
            "A new exhibition of Flemish tapestries opens at the city museum on Saturday after a decade of restoration.",
        ]
        let entries = bodies.enumerated().map { index, body in
            "<item><title>Story \(index)</title><link>https://paper.example/\(index)</link>"
                + "<description><![CDATA[<p>\(body)</p>\(footer)]]></description></item>"
        }.joined()
        let items = Self.items("<rss version=\"2.0\"><channel><title>Paper</title>\(entries)</channel></rss>")
        let alone = try #require(Self.items("""
            <rss version="2.0"><channel><title>Paper</title><item><title>Story 0</title><link>https://paper.example/0</link>
            <description><![CDATA[<p>\(bodies[0])</p>]]></description></item></channel></rss>
            """).first?.fingerprint)
        // With the footer seen in every item, the first item's fingerprint is the body's alone…
        let withFooter = try #require(Self.items("""
            <rss version="2.0"><channel><title>Paper</title><item><title>Story 0</title><link>https://paper.example/0</link>
            <description><![CDATA[<p>\(bodies[0])</p>\(footer)]]></description></item></channel></rss>
            """).first?.fingerprint)
        // …while one item alone cannot tell its footer from its text.
        #expect(withFooter.size > alone.size)
        #expect(items.first?.fingerprint?.anchors == alone.anchors)
        #expect(items.first?.fingerprint?.size == alone.size)
    }
}
