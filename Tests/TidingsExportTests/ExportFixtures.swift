import Foundation
import TidingsModel

/// Export documents with one awkward story per quirk, as real feeds hand them over.
enum ExportFixtures {
    /// 2025-03-03T12:04:51Z, a Monday.
    static let generated = Date(timeIntervalSince1970: 1_741_003_491)
    /// 2025-03-01T08:00:00Z
    static let published = Date(timeIntervalSince1970: 1_740_816_000)
    /// 2025-03-02T09:30:00Z
    static let updated = Date(timeIntervalSince1970: 1_740_907_800)

    /// Carried by three feeds; markup in the title, `]]>` in the content, ampersands everywhere,
    /// and one copy whose item link is a `javascript:` URL.
    static let threeSources = ExportStory(
        id: "tag:tidings.example,2025:story/1",
        title: "Swift & Rust: <script>alert(1)</script> compared",
        link: "https://news.example.com/2025/03/swift-rust?a=1&b=2",
        published: published,
        updated: updated,
        html: "<p>Fish &amp; chips</p><pre>if (a[b[0]]> c) {}</pre><p>end ]]> here</p>",
        summary: "Two languages & one comparison.",
        authors: ["Zoë Ångström", "Ana Lima"],
        sources: [
            ExportSource(feedTitle: "News & Co", feedURL: "https://news.example.com/feed?format=rss&x=1",
                         siteURL: "https://news.example.com/",
                         itemLink: "https://news.example.com/2025/03/swift-rust?a=1&b=2",
                         itemTitle: "Swift & Rust compared"),
            ExportSource(feedTitle: "Planet <Swift> \"Weekly\"", feedURL: "https://planet.example.org/atom.xml",
                         itemLink: "https://planet.example.org/go?to=swift-rust&ref=1",
                         itemTitle: "Swift vs Rust"),
            ExportSource(feedTitle: "Sketchy Links", feedURL: "https://sketchy.example.net/rss",
                         siteURL: "https://sketchy.example.net/", itemLink: "javascript:alert('x')"),
        ])

    /// A U+0001 in the title and summary (pasted from a word processor) and no HTML.
    static let controlCharacter = ExportStory(
        id: "tag:tidings.example,2025:story/2",
        title: "Bell\u{1}less title",
        link: "https://blog.example.net/bell",
        published: published,
        summary: "Line one\u{1}\nline two ]]> end",
        sources: [ExportSource(feedTitle: "Blog", feedURL: "https://blog.example.net/feed",
                               itemLink: "https://blog.example.net/bell")])

    /// Titles and authors outside ASCII, with no sources at all.
    static let nonASCIINoSources = ExportStory(
        id: "tag:tidings.example,2025:story/3",
        title: "日本語のタイトル — café ✓ 🎉",
        link: "https://例え.jp/記事/1",
        updated: updated,
        html: "<p>Ünïcödé body</p>")

    /// Neither a link nor a date nor any content.
    static let noLinkNoDate = ExportStory(
        id: "tag:tidings.example,2025:story/4",
        title: "An untitled thought",
        sources: [ExportSource(feedTitle: "Notes", feedURL: "https://notes.example.org/feed.json")])

    static let stories = [threeSources, controlCharacter, nonASCIINoSources, noLinkNoDate]

    static let document = ExportDocument(
        title: "Tidings & friends", id: "tag:tidings.example,2025:export",
        selfURL: "https://tidings.example/export.atom?user=me&all=1", generated: generated, stories: stories)

    /// The title as it must read back: what XML 1.0 forbids is gone.
    static func expectedTitle(_ story: ExportStory) -> String {
        story.title.replacingOccurrences(of: "\u{1}", with: "")
    }
}
