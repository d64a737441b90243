import TidingsModel

/// One JSON Feed item mapped onto a `ParsedEntry`.
enum JSONFeedItem {
    /// The entry for an item object; nil for anything that is not an object.
    static func entry(_ item: JSONNode, context: JSONFeedContext) -> ParsedEntry? {
        guard case .object = item else { return nil }
        var entry = ParsedEntry()
        entry.id = item["id"]?.text
        entry.link = context.url(item["url"])
        if let external = context.url(item["external_url"]) {
            // The page the item is about, elsewhere (a link blog's target).
            entry.links.append(Link(href: external, rel: "related"))
        }
        entry.title = item["title"]?.string.map(FeedText.plain)
        entry.summary = item["summary"]?.string.map(FeedText.plain)
        if let html = item["content_html"]?.string {
            if let text = FeedValues.markup(html, type: "html", language: nil, base: context.base) {
                entry.content.append(FeedContent(text: text))
            }
        }
        if let text = item["content_text"]?.string {
            entry.content.append(FeedContent(text: .plain(text)))
        }
        entry.image = context.url(item["image"])
        entry.bannerImage = context.url(item["banner_image"])
        entry.published = item["date_published"]?.string.map(DateParser.feedDate)
        entry.updated = item["date_modified"]?.string.map(DateParser.feedDate)
        entry.authors = context.people(item)
        entry.language = item["language"]?.string
        entry.categories = (item["tags"]?.list ?? []).compactMap { FeedValues.category(term: $0.text, scheme: nil) }
        entry.enclosures = (item["attachments"]?.list ?? []).compactMap { attachment in
            context.url(attachment["url"]).map {
                Enclosure(url: $0, type: attachment["mime_type"]?.string, length: attachment["size_in_bytes"]?.integer)
            }
        }
        return entry
    }
}
