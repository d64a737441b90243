import TidingsModel

/// Renders a `ParsedFeed` as the JSON `tidings parse --json` prints (the shape in PARSE-JSON.md).
///
/// Keys are sorted so the output is byte-for-byte reproducible. Absent values are left out; text
/// constructs always carry all four of `type`, `value`, `language` and `base` (null when unknown), and
/// dates both `raw` and `utc`. Tidings' own additions, not in PARSE-JSON.md: `advertised_feeds` (the
/// feeds an HTML page links to, present only when there are some), the feed's refresh hints
/// (`ttl`, `skip_hours`, `skip_days`, `update_period`, `update_frequency`, `update_base`) and JSON
/// Feed's `expired`, and on entries `comment_count` (`slash:comments`), `comments_feed`
/// (`wfw:commentRss`), `image` and `banner_image` (JSON Feed).
package enum ParseJSON {
    package static func render(_ feed: ParsedFeed, pretty: Bool) -> String {
        var top: [String: JSONValue] = [
            "format": .string(feed.format.rawValue),
            "bozo": .bool(feed.bozo),
            "bozo_message": .string(feed.bozoMessage),
            "encoding": .string(feed.encoding),
            "feed": .object(info(feed.info)),
            "entries": .array(feed.entries.map { .object(entry($0)) }),
        ]
        if !feed.advertisedFeeds.isEmpty {
            top["advertised_feeds"] = .array(feed.advertisedFeeds.map(ValueRendering.link))
        }
        return JSONValue.object(top).rendered(pretty: pretty)
    }

    private static func info(_ info: FeedInfo) -> [String: JSONValue] {
        var out = header(title: info.title, id: info.id, link: info.link, links: info.links, authors: info.authors,
                         contributors: info.contributors, updated: info.updated, categories: info.categories,
                         rights: info.rights)
        out["subtitle"] = info.subtitle.map(ValueRendering.text)
        out["info"] = info.info.map(ValueRendering.text)
        out["publisher"] = info.publisher.map(ValueRendering.person)
        out["language"] = info.language.map(JSONValue.string)
        out["generator"] = info.generatorInfo.map(ValueRendering.generator)
        out["image"] = info.image.map(ValueRendering.image)
        out["icon"] = info.icon.map(JSONValue.string)
        out["logo"] = info.logo.map(JSONValue.string)
        out["published"] = info.published.map(ValueRendering.date)
        out["created"] = info.created.map(ValueRendering.date)
        out["docs"] = info.docs.map(JSONValue.string)
        out["cloud"] = info.cloud.map(ValueRendering.cloud)
        out["text_input"] = info.textInput.map(ValueRendering.textInput)
        out["new_location"] = info.newLocation.map(JSONValue.string)
        out["license"] = info.license.map(JSONValue.string)
        out["expired"] = info.isExpired.map(JSONValue.bool)
        out["itunes"] = info.itunes.map(ModuleRendering.itunes)
        out["location"] = info.location.map(ModuleRendering.location)
        out.merge(ModuleRendering.refreshHints(info.refreshHints)) { _, hint in hint }
        return out
    }

    private static func entry(_ entry: ParsedEntry) -> [String: JSONValue] {
        var out = header(title: entry.title, id: entry.id, link: entry.link, links: entry.links,
                         authors: entry.authors, contributors: entry.contributors, updated: entry.updated,
                         categories: entry.categories, rights: entry.rights)
        out["id_is_permalink"] = entry.idIsPermalink.map(JSONValue.bool)
        out["publisher"] = entry.publisher.map(ValueRendering.person)
        out["summary"] = entry.summary.map(ValueRendering.text)
        out["content"] = ValueRendering.list(entry.content, ValueRendering.content)
        out["published"] = entry.published.map(ValueRendering.date)
        out["created"] = entry.created.map(ValueRendering.date)
        out["expired"] = entry.expired.map(ValueRendering.date)
        out["enclosures"] = ValueRendering.list(entry.enclosures, ValueRendering.enclosure)
        out["comments"] = entry.comments.map(JSONValue.string)
        out["comments_feed"] = entry.commentsFeed.map(JSONValue.string)
        out["comment_count"] = entry.commentCount.map { .int(Int64($0)) }
        out["source"] = entry.source.map(source)
        out["language"] = entry.language.map(JSONValue.string)
        out["license"] = entry.license.map(JSONValue.string)
        out["image"] = entry.image.map(JSONValue.string)
        out["banner_image"] = entry.bannerImage.map(JSONValue.string)
        out["itunes"] = entry.itunes.map(ModuleRendering.itunes)
        out["media"] = ValueRendering.list(entry.media, ModuleRendering.media)
        out["location"] = entry.location.map(ModuleRendering.location)
        return out
    }

    /// An Atom `source` is a feed header: the same keys, with its title as a plain string and its
    /// feed URL as `url`.
    private static func source(_ source: EntrySource) -> JSONValue {
        var out = header(title: nil, id: source.id, link: source.link, links: source.links, authors: source.authors,
                         contributors: source.contributors, updated: source.updated, categories: source.categories,
                         rights: source.rights)
        out["title"] = source.title.map(JSONValue.string)
        out["url"] = source.url.map(JSONValue.string)
        out["subtitle"] = source.subtitle.map(ValueRendering.text)
        out["icon"] = source.icon.map(JSONValue.string)
        out["logo"] = source.logo.map(JSONValue.string)
        return .object(out)
    }

    /// The keys feeds, entries and sources share.
    private static func header(title: FeedText?, id: String?, link: String?, links: [Link], authors: [Person],
                               contributors: [Person], updated: FeedDate?, categories: [Category],
                               rights: FeedText?) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        out["title"] = title.map(ValueRendering.text)
        out["id"] = id.map(JSONValue.string)
        out["link"] = link.map(JSONValue.string)
        out["links"] = ValueRendering.list(links, ValueRendering.link)
        out["authors"] = ValueRendering.list(authors, ValueRendering.person)
        out["contributors"] = ValueRendering.list(contributors, ValueRendering.person)
        out["updated"] = updated.map(ValueRendering.date)
        out["categories"] = ValueRendering.list(categories, ValueRendering.category)
        out["rights"] = rights.map(ValueRendering.text)
        return out
    }
}
