import TidingsModel

/// Writes an export as an RSS 2.0 channel.
///
/// RSS has no place for a story's update time or for several sources, so the item date is the
/// publication date (else the update date), and only the primary copy goes in `<source>`; the others
/// are credited in the description's "Also in" paragraph.
enum RSSWriter {
    static func render(_ doc: ExportDocument) -> [UInt8] {
        var xml = XMLBuilder()
        xml.start("rss", [
            "version": "2.0",
            "xmlns:atom": "http://www.w3.org/2005/Atom",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        ])
        xml.start("channel")
        xml.element("title", text: doc.title)
        // RSS requires a channel link to a web page; an aggregate has none of its own, so the
        // export's own address (or, failing that, its ID) stands in.
        xml.element("link", text: doc.selfURL ?? doc.id)
        xml.element("description", text: "Stories gathered by Tidings: \(doc.title)")
        xml.element("lastBuildDate", text: InternetDate.rfc822(doc.generated))
        xml.element("generator", text: "Tidings")
        if let selfURL = doc.selfURL {
            xml.empty("atom:link", ["rel": "self", "type": "application/rss+xml", "href": selfURL])
        }
        for story in doc.stories { item(story, into: &xml) }
        xml.end()
        xml.end()
        return xml.bytes
    }

    private static func item(_ story: ExportStory, into xml: inout XMLBuilder) {
        let body = StoryBody(story)
        xml.start("item")
        xml.element("title", text: story.title)
        xml.element("link", ifPresent: SourceAttribution.webLink(story.link))
        // The description is HTML; a bare summary is escaped once so readers show it as text.
        xml.element("description", ifPresent: body.html ?? body.summary.map(XMLEscaper.text))
        for author in story.authors.map(\.trimmingWhitespace) where !author.isEmpty {
            xml.element("dc:creator", text: author)
        }
        xml.element("guid", ["isPermaLink": "false"], text: story.id)
        xml.element("pubDate", ifPresent: (story.published ?? story.updated).map(InternetDate.rfc822))
        if let primary = story.sources.first {
            xml.element("source", ["url": primary.feedURL], text: SourceAttribution.displayTitle(of: primary))
        }
        xml.end()
    }
}
