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
        // Non-ASCII stays UTF-8; the JavaScript line separators are escaped (shared JSONString).
        #expect(json.contains(#"Ünïcödé 🚲 \u2028"#))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(decoded["bozo_message"] as? String == "quote \" backslash \\ tab \t nul \u{0} bell \u{7}")
        let title = (decoded["feed"] as? [String: Any])?["title"] as? [String: Any]
        #expect(title?["value"] as? String == "Ünïcödé 🚲 \u{2028}")
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

    @Test func generatorIsAStringUnlessItHasAURIOrVersion() {
        var feed = ParsedFeed()
        feed.info.generator = "Gen"
        #expect(ParseJSON.render(feed, pretty: false).contains(#""generator":"Gen""#))
        feed.info.generatorInfo = Generator(name: "Gen", version: "2")
        #expect(ParseJSON.render(feed, pretty: false).contains(#""generator":{"name":"Gen","version":"2"}"#))
    }

    @Test func refreshHintsAreFeedMembers() {
        var feed = ParsedFeed()
        feed.info.refreshHints = RefreshHints(ttl: 30, skipHours: [0, 23], skipDays: [.saturday], updatePeriod: .daily,
                                              updateFrequency: 2, updateBase: FeedDate(raw: "2000", instant: nil))
        let json = ParseJSON.render(feed, pretty: false)
        #expect(json.contains(#""feed":{"skip_days":["Saturday"],"skip_hours":[0,23],"ttl":30,"#
            + #""update_base":{"raw":"2000","utc":null},"update_frequency":2,"update_period":"daily"}"#))
    }

    @Test func itunesRendersOnlyWhatWasRead() {
        var entry = ParsedEntry()
        var itunes = ITunesInfo()
        itunes.explicit = false
        itunes.categories = [ITunesCategory(term: "News", subcategories: ["Politics"]), ITunesCategory(term: "Arts")]
        entry.itunes = itunes
        let json = ParseJSON.render(ParsedFeed(entries: [entry]), pretty: false)
        #expect(json.contains(#""itunes":{"categories":[{"subcategories":["Politics"],"term":"News"},"#
            + #"{"term":"Arts"}],"explicit":false}"#))
    }

    @Test func mediaUsesTheSnakeCaseNamesOfParseJSON() {
        var content = MediaContent(url: "https://e.example/v.mp4", type: "video/mp4")
        content.fileSize = 10
        content.isDefault = true
        var media = MediaInfo()
        media.contents = [content]
        media.restriction = MediaRestriction(relationship: "allow", type: "country", values: ["au", "us"])
        var entry = ParsedEntry()
        entry.media = [media]
        let json = ParseJSON.render(ParsedFeed(entries: [entry]), pretty: false)
        #expect(json.contains(#""media":[{"contents":[{"file_size":10,"is_default":true,"type":"video/mp4","#
            + #""url":"https://e.example/v.mp4"}],"restriction":{"relationship":"allow","type":"country","#
            + #""values":["au","us"]}}]"#))
    }

    @Test(arguments: [
        (GeoLocation(kind: .point, coordinates: [GeoPoint(longitude: 31.1732, latitude: 36.9382)]),
         #"{"coordinates":[31.1732,36.9382],"type":"Point"}"#),
        (GeoLocation(kind: .polygon,
                     coordinates: [GeoPoint(longitude: 1, latitude: 2), GeoPoint(longitude: 3, latitude: 4)]),
         #"{"coordinates":[[[1.0,2.0],[3.0,4.0]]],"type":"Polygon"}"#),
        (GeoLocation(kind: nil, coordinates: []), "{}"),
    ])
    func locationsAreGeoJSONStyle(_ location: GeoLocation, _ rendered: String) {
        var entry = ParsedEntry()
        entry.location = location
        #expect(ParseJSON.render(ParsedFeed(entries: [entry]), pretty: false).contains(#""location":"# + rendered))
    }

    @Test func entryExtrasUseTidingsOwnNames() {
        var entry = ParsedEntry()
        entry.commentCount = 3
        entry.commentsFeed = "https://e.example/c.rss"
        entry.expired = FeedDate(raw: "soon", instant: nil)
        let json = ParseJSON.render(ParsedFeed(entries: [entry]), pretty: false)
        #expect(json.contains(#"{"comment_count":3,"comments_feed":"https://e.example/c.rss","#
            + #""expired":{"raw":"soon","utc":null}}"#))
    }
}
