import Testing
import TidingsModel
import TidingsParse

/// The namespaced modules, in RSS and Atom alike.
@Suite struct ExtensionTests {
    private func rss(_ namespaces: String, channel: String = "", item: String) -> ParsedFeed {
        let document = """
            <rss version="2.0" \(namespaces)><channel><title>T</title><link>https://e.example/</link>\(channel)
            <item>\(item)</item></channel></rss>
            """
        return FeedParser.parse(Array(document.utf8), url: "https://e.example/feed", contentType: nil)
    }

    @Test(arguments: [
        "http://purl.org/rss/1.0/modules/content/", "http://purl.org/rss/1.0/modules/content",
        "https://purl.org/rss/1.0/modules/content/", "HTTP://PURL.ORG/rss/1.0/modules/content/",
    ])
    func contentModuleIsMatchedAcrossSpellingsOfItsURI(_ uri: String) {
        let feed = rss("xmlns:c=\"\(uri)\"", item: "<c:encoded>&lt;p&gt;x&lt;/p&gt;</c:encoded>")
        #expect(feed.entries.first?.content == [FeedContent(text: FeedText(
            type: "html", value: "<p>x</p>", base: "https://e.example/feed"))])
    }

    @Test func aPrefixBoundToAnotherNamespaceIsNotTheModule() {
        let feed = rss("xmlns:content=\"urn:example:not-content\"", item: "<content:encoded>x</content:encoded>")
        #expect(feed.entries.first?.content == [])
    }

    @Test func anUnknownUndeclaredPrefixIsNotACoreElement() {
        let feed = rss("", item: "<title>Real</title><mystery:title>Fake</mystery:title><mystery:link>x</mystery:link>")
        #expect(feed.entries.first?.title?.value == "Real")
        #expect(feed.entries.first?.link == nil)
        #expect(feed.bozo)
    }

    @Test(arguments: [
        ("yes", true as Bool?), ("true", true), ("no", false), ("clean", false), ("false", false),
        ("YES", nil), (" yes ", nil), ("Yes", nil), ("explicit", nil), ("", nil),
    ])
    func itunesExplicitIsMatchedExactly(_ written: String, _ explicit: Bool?) {
        let feed = rss(#"xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd""#,
                       item: "<itunes:explicit>\(written)</itunes:explicit><itunes:duration>1:00</itunes:duration>")
        #expect(feed.entries.first?.itunes?.explicit == explicit)
    }

    @Test(arguments: [("yes", true), ("Yes", true), ("YES", false), ("true", false), (" yes", false), ("no", false)])
    func itunesBlockIsTrueOnlyForYes(_ written: String, _ block: Bool) {
        let feed = rss(#"xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd""#,
                       item: "<itunes:block>\(written)</itunes:block>")
        #expect(feed.entries.first?.itunes?.block == block)
    }

    @Test func itunesCategoriesKeepTheirSubcategories() {
        let feed = rss(#"xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd""#, channel: """
            <itunes:category text="Arts">
              <itunes:category text="Books"/><itunes:category text="Design"/>
            </itunes:category>
            <itunes:category text="News"/>
            """, item: "")
        #expect(feed.info.itunes?.categories == [
            ITunesCategory(term: "Arts", subcategories: ["Books", "Design"]), ITunesCategory(term: "News"),
        ])
    }

    @Test func mediaInsideAGroupAndLooseMediaAreSeparateInDocumentOrder() {
        let feed = rss(#"xmlns:media="http://search.yahoo.com/mrss/""#, item: """
            <media:thumbnail url="loose.jpg"/>
            <media:group><media:content url="a.mp4"><media:title>In content</media:title></media:content></media:group>
            <media:content url="b.mp4"/>
            """)
        let media = feed.entries.first?.media ?? []
        #expect(media.map { $0.contents.compactMap(\.url) }
            == [["https://e.example/b.mp4"], ["https://e.example/a.mp4"]])
        #expect(media.first?.thumbnails.map(\.url) == ["https://e.example/loose.jpg"])
        #expect(media.last?.title?.value == "In content")
        #expect(feed.entries.first?.title?.value == "In content", "media:title stands in for a missing title")
    }

    @Test func feedburnerOrigLinkIsTheLinkAndTheProxyStaysInLinks() {
        let feed = rss(#"xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0""#, item: """
            <link>https://proxy.example/~r/1</link><feedburner:origLink>https://real.example/post</feedburner:origLink>
            """)
        #expect(feed.entries.first?.link == "https://real.example/post")
        #expect(feed.entries.first?.links == [Link(href: "https://proxy.example/~r/1")])
    }

    @Test(arguments: [
        "<title>Core</title><dc:title>DC</dc:title>", "<dc:title>DC</dc:title><title>Core</title>",
    ])
    func coreElementsWinOverDublinCoreWhateverTheOrder(_ item: String) {
        let feed = rss(#"xmlns:dc="http://purl.org/dc/elements/1.1/""#, item: item)
        #expect(feed.entries.first?.title?.value == "Core")
    }

    @Test func theSamePersonAsAuthorAndCreatorIsListedOnce() {
        let feed = rss(#"xmlns:dc="http://purl.org/dc/elements/1.1/""#,
                       item: "<author>ann@e.example (Ann)</author><dc:creator>ann@e.example (Ann)</dc:creator>"
                           + "<dc:creator>Bob</dc:creator>")
        #expect(feed.entries.first?.authors == [Person(name: "Ann", email: "ann@e.example"), Person(name: "Bob")])
    }

    @Test func syndicationHintsAreReadAndNonsenseIsIgnored() {
        let feed = rss(#"xmlns:sy="http://purl.org/rss/1.0/modules/syndication/""#, channel: """
            <sy:updatePeriod>Weekly</sy:updatePeriod><sy:updateFrequency>0</sy:updateFrequency>
            <sy:updateBase>2000-01-01T00:00Z</sy:updateBase>
            """, item: "")
        #expect(feed.info.refreshHints.updatePeriod == .weekly)
        #expect(feed.info.refreshHints.updateFrequency == nil)
        #expect(feed.info.refreshHints.updateBase?.instant != nil)
    }

    @Test func geoRSSPairsAreSwappedToLongitudeFirst() {
        let feed = rss(#"xmlns:georss="http://www.georss.org/georss""#,
                       item: "<georss:point>45.256 -71.92</georss:point>")
        let expected = GeoLocation(kind: .point, coordinates: [GeoPoint(longitude: -71.92, latitude: 45.256)])
        #expect(feed.entries.first?.location == expected)
    }

    @Test(arguments: ["45.256", "91 0", "a b", "1 2 3"])
    func unusableGeoRSSCoordinatesGiveALocationWithoutAKind(_ text: String) {
        let feed = rss(#"xmlns:georss="http://www.georss.org/georss""#, item: "<georss:point>\(text)</georss:point>")
        #expect(feed.entries.first?.location == GeoLocation(kind: nil, coordinates: []))
    }

    @Test func youTubeStyleAtomReadsMediaGroupDescriptions() {
        let document = """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
            <entry><title>Video</title>
            <media:group><media:description>About it</media:description></media:group></entry>
            </feed>
            """
        let feed = FeedParser.parse(Array(document.utf8), url: nil, contentType: nil)
        #expect(feed.entries.first?.summary?.value == "About it")
        #expect(feed.entries.first?.summary?.type == "text")
    }
}
