import Foundation
import Testing
import TidingsModel
import TidingsParse

@Suite struct ParseJSONTests {
    @Test func topLevelAlwaysHasTheRequiredMembers() {
        let json = ParseJSON.render(ParsedFeed(), pretty: false)
        #expect(json == #"{"bozo":false,"bozo_message":null,"encoding":null,"entries":[],"feed":{},"format":""}"#)
    }

    @Test func keysAreSortedAndTextsAndDatesAreComplete() {
        var entry = ParsedEntry()
        entry.title = FeedText(type: "text", value: "Hi", language: "en", base: nil)
        entry.published = FeedDate(raw: "Thu, 01 Jan 2004 19:48:21 GMT",
                                   instant: Date(timeIntervalSince1970: 1_072_986_501))
        entry.updated = FeedDate(raw: "never", instant: nil)
        entry.enclosures = [Enclosure(url: "http://e.com/a.mp3", type: "audio/mpeg", length: 100)]
        let json = ParseJSON.render(ParsedFeed(format: .rss20, entries: [entry]), pretty: false)
        #expect(json == #"{"bozo":false,"bozo_message":null,"encoding":null,"entries":[{"#
            + #""enclosures":[{"length":100,"type":"audio/mpeg","url":"http://e.com/a.mp3"}],"#
            + #""published":{"raw":"Thu, 01 Jan 2004 19:48:21 GMT","utc":"2004-01-01T19:48:21Z"},"#
            + #""title":{"base":null,"language":"en","type":"text","value":"Hi"},"#
            + #""updated":{"raw":"never","utc":null}}],"feed":{},"format":"rss20"}"#)
    }

    @Test func stringsAreEscapedAndNonASCIIStaysUTF8() throws {
        var feed = ParsedFeed(bozo: true, bozoMessage: "quote \" backslash \\ tab \t nul \u{0} bell \u{7}")
        feed.info.title = .plain("Ünïcödé 🚲 \u{2028}")
        let json = ParseJSON.render(feed, pretty: false)
        #expect(json.contains(#""quote \" backslash \\ tab \t nul \u0000 bell \u0007""#))
        #expect(json.contains("Ünïcödé 🚲 \u{2028}"))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(decoded["bozo_message"] as? String == "quote \" backslash \\ tab \t nul \u{0} bell \u{7}")
    }

    @Test func prettyOutputIndentsByTwoSpaces() {
        var feed = ParsedFeed(format: .atom10)
        feed.info.links = [Link(href: "https://e.com/", type: "text/html")]
        let json = ParseJSON.render(feed, pretty: true)
        #expect(json == """
            {
              "bozo": false,
              "bozo_message": null,
              "encoding": null,
              "entries": [],
              "feed": {
                "links": [
                  {
                    "href": "https://e.com/",
                    "rel": "alternate",
                    "type": "text/html"
                  }
                ]
              },
              "format": "atom10"
            }
            """)
    }

    @Test func advertisedFeedsAppearOnlyWhenThereAreSome() {
        let page = ParsedFeed(bozo: true,
                              advertisedFeeds: [Link(href: "https://e.com/rss", type: "application/rss+xml")])
        #expect(ParseJSON.render(page, pretty: false).contains(#""advertised_feeds":[{"href":"https://e.com/rss""#))
        #expect(!ParseJSON.render(ParsedFeed(), pretty: false).contains("advertised_feeds"))
    }
}
