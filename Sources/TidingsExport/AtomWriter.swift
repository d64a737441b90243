import Foundation
import TidingsModel

/// Writes an export as an Atom 1.0 feed (RFC 4287).
///
/// Every entry gets its own `author`, so the feed needs none; an entry with neither content nor an
/// alternate link gets an empty text `content`, because RFC 4287 requires one of the two.
enum AtomWriter {
    static func render(_ doc: ExportDocument) -> [UInt8] {
        var xml = XMLBuilder()
        xml.start("feed", ["xmlns": "http://www.w3.org/2005/Atom"])
        xml.element("id", text: doc.id)
        xml.element("title", ["type": "text"], text: doc.title)
        xml.element("updated", text: InternetDate.rfc3339(doc.generated))
        xml.element("generator", text: "Tidings")
        if let selfURL = doc.selfURL {
            xml.empty("link", ["rel": "self", "type": "application/atom+xml", "href": selfURL])
        }
        for story in doc.stories {
            entry(story, generated: doc.generated, feedTitle: doc.title, into: &xml)
        }
        xml.end()
        return xml.bytes
    }

    private static func entry(_ story: ExportStory, generated: Date, feedTitle: String,
                              into xml: inout XMLBuilder) {
        let body = StoryBody(story)
        let alternate = SourceAttribution.webLink(story.link)
        xml.start("entry")
        xml.element("id", text: story.id)
        xml.element("title", ["type": "text"], text: story.title)
        xml.element("updated", text: InternetDate.rfc3339(story.updated ?? story.published ?? generated))
        xml.element("published", ifPresent: story.published.map(InternetDate.rfc3339))
        for name in authorNames(story, feedTitle: feedTitle) {
            xml.start("author")
            xml.element("name", text: name)
            xml.end()
        }
        if let alternate {
            xml.empty("link", ["rel": "alternate", "type": "text/html", "href": alternate])
        }
        var seen: Set<String> = []
        for via in story.sources.compactMap({ SourceAttribution.webLink($0.itemLink) })
        where seen.insert(via).inserted {
            xml.empty("link", ["rel": "via", "href": via])
        }
        if let html = body.html {
            xml.element("summary", ["type": "text"], ifPresent: body.summary)
            xml.element("content", ["type": "html"], text: html)
        } else if alternate != nil {
            xml.element("summary", ["type": "text"], ifPresent: body.summary)
        } else {
            xml.element("content", ["type": "text"], text: body.summary ?? "")
        }
        if let primary = story.sources.first { source(primary, into: &xml) }
        xml.end()
    }

    /// The story's own authors; else the feed that carried it, which is who wrote it as far as
    /// anyone can tell; else the export itself.
    private static func authorNames(_ story: ExportStory, feedTitle: String) -> [String] {
        let named = story.authors.map(\.trimmingWhitespace).filter { !$0.isEmpty }
        if !named.isEmpty { return named }
        if let primary = story.sources.first { return [SourceAttribution.displayTitle(of: primary)] }
        let title = feedTitle.trimmingWhitespace
        return [title.isEmpty ? "Tidings" : title]
    }

    /// The Atom `source` element: which feed the primary copy came from.
    private static func source(_ source: ExportSource, into xml: inout XMLBuilder) {
        xml.start("source")
        xml.element("id", text: source.feedURL)
        xml.element("title", ["type": "text"], text: SourceAttribution.displayTitle(of: source))
        xml.empty("link", ["rel": "self", "href": source.feedURL])
        if let site = SourceAttribution.webLink(source.siteURL) {
            xml.empty("link", ["rel": "alternate", "type": "text/html", "href": site])
        }
        xml.end()
    }
}
