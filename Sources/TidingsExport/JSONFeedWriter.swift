import TidingsModel

/// Writes an export as a JSON Feed 1.1 document.
///
/// Every copy of a story is listed in the `_tidings` extension object (JSON Feed reserves keys that
/// start with `_` for extensions), so a client can show all sources, not just the primary one.
enum JSONFeedWriter {
    static let version = "https://jsonfeed.org/version/1.1"

    static func render(_ doc: ExportDocument) -> [UInt8] {
        let feed = JSONText.object([
            ("version", .string(version)),
            ("title", .string(doc.title)),
            ("feed_url", doc.selfURL.map(JSONText.string)),
            ("items", .array(doc.stories.map(item))),
        ])
        return Array(feed.serialized.utf8)
    }

    private static func item(_ story: ExportStory) -> JSONText {
        let body = StoryBody(story)
        let authors = story.authors.map(\.trimmingWhitespace).filter { !$0.isEmpty }
        return .object([
            ("id", .string(story.id)),
            ("url", SourceAttribution.webLink(story.link).map(JSONText.string)),
            ("title", .string(story.title)),
            // JSON Feed requires content_html or content_text; a bare summary becomes the text.
            ("content_html", body.html.map(JSONText.string)),
            ("content_text", body.html == nil ? .string(body.summary ?? "") : nil),
            ("summary", body.html == nil ? nil : body.summary.map(JSONText.string)),
            ("date_published", story.published.map { .string(InternetDate.rfc3339($0)) }),
            ("date_modified", story.updated.map { .string(InternetDate.rfc3339($0)) }),
            ("authors", authors.isEmpty ? nil : .array(authors.map { .object([("name", .string($0))]) })),
            ("_tidings", .object([("sources", .array(story.sources.map(source)))])),
        ])
    }

    private static func source(_ source: ExportSource) -> JSONText {
        .object([
            ("feed_title", .string(source.feedTitle)),
            ("feed_url", .string(source.feedURL)),
            ("url", SourceAttribution.webLink(source.itemLink).map(JSONText.string)),
            ("title", source.itemTitle.map(JSONText.string)),
        ])
    }
}
