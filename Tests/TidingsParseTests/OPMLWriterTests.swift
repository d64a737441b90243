import Testing
import TidingsModel
@testable import TidingsParse

@Suite struct OPMLWriterTests {
    @Test func foldersNestInTheOrderTheyFirstAppear() {
        let sources = [
            FeedSource(url: "https://a.example/rss", title: "Alpha", htmlURL: "https://a.example/", folder: ["World"]),
            FeedSource(url: "https://b.example/rss", title: "Beta"),
            FeedSource(url: "https://c.example/rss", title: "Gamma", folder: ["World", "Wires"]),
            FeedSource(url: "https://d.example/rss", folder: ["World"]),
        ]
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head>
                <title>Tidings subscriptions</title>
              </head>
              <body>
                <outline text="World" title="World">
                  <outline type="rss" text="Alpha" title="Alpha" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/>
                  <outline text="Wires" title="Wires">
                    <outline type="rss" text="Gamma" title="Gamma" xmlUrl="https://c.example/rss"/>
                  </outline>
                  <outline type="rss" text="https://d.example/rss" xmlUrl="https://d.example/rss"/>
                </outline>
                <outline type="rss" text="Beta" title="Beta" xmlUrl="https://b.example/rss"/>
              </body>
            </opml>

            """
        #expect(OPMLWriter.render(sources, title: "Tidings subscriptions") == expected)
    }

    @Test func markupInTitlesAndURLsIsEscaped() throws {
        let sources = [FeedSource(
            url: "https://news.example/rss?format=mrss&level=theme&name=\"news\"",
            title: "Q&A <Live> \"Desk\"\u{0007}\nNight", folder: ["R&D <labs>"])]
        let rendered = OPMLWriter.render(sources, title: "Mine & <yours>")
        #expect(rendered.contains("<title>Mine &amp; &lt;yours&gt;</title>"))
        #expect(rendered.contains(#"xmlUrl="https://news.example/rss?format=mrss&amp;level=theme&amp;name=&quot;news&quot;""#))
        #expect(rendered.contains(#"title="Q&amp;A &lt;Live&gt; &quot;Desk&quot;&#10;Night""#))
        let reread = try OPMLDocument(parsing: Array(rendered.utf8))
        #expect(reread.title == "Mine & <yours>")
        #expect(reread.sources == [FeedSource(
            url: "https://news.example/rss?format=mrss&level=theme&name=\"news\"",
            title: "Q&A <Live> \"Desk\"\nNight", folder: ["R&D <labs>"])])
    }

    @Test func renderingThenParsingGivesTheSameSources() throws {
        let sources = [
            FeedSource(url: "https://one.example/feed", title: "One", htmlURL: "https://one.example/", folder: ["Canada"]),
            FeedSource(url: "https://two.example/feed", title: "Deux – Été", folder: ["Europe", "France"]),
            FeedSource(url: "https://three.example/feed", title: "Three"),
        ]
        let reread = try OPMLDocument(parsing: Array(OPMLWriter.render(sources, title: "Round trip").utf8))
        #expect(Set(reread.sources) == Set(sources))
    }

    @Test func aURLListedTwiceIsWrittenOnce() throws {
        let sources = [FeedSource(url: "https://one.example/feed", title: "First"),
                       FeedSource(url: "https://one.example/feed", title: "Second", folder: ["Elsewhere"])]
        let rendered = OPMLWriter.render(sources, title: "Twice")
        #expect(!rendered.contains("Second"))
        #expect(!rendered.contains("Elsewhere"))
    }

    @Test func anEmptyListIsStillAValidDocument() throws {
        let reread = try OPMLDocument(parsing: Array(OPMLWriter.render([], title: "Nothing yet").utf8))
        #expect(reread == OPMLDocument(title: "Nothing yet", sources: []))
    }
}
