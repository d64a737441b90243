import TidingsModel

/// Renders a `ParsedFeed` as the JSON `tidings parse --json` prints (the shape in PARSE-JSON.md).
///
/// Keys are sorted so the output is byte-for-byte reproducible. Absent values are left out; text
/// constructs always carry all four of `type`, `value`, `language` and `base` (null when unknown), and
/// dates both `raw` and `utc`. `advertised_feeds` (the feeds an HTML page links to) is Tidings' own
/// addition, present only when there are some.
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
            top["advertised_feeds"] = .array(feed.advertisedFeeds.map(link))
        }
        return JSONValue.object(top).rendered(pretty: pretty)
    }

    private static func info(_ info: FeedInfo) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        out["title"] = info.title.map(text)
        out["subtitle"] = info.subtitle.map(text)
        out["rights"] = info.rights.map(text)
        out["id"] = info.id.map(JSONValue.string)
        out["link"] = info.link.map(JSONValue.string)
        out["links"] = list(info.links, link)
        out["authors"] = list(info.authors, person)
        out["language"] = info.language.map(JSONValue.string)
        out["generator"] = info.generator.map(JSONValue.string)
        out["icon"] = info.icon.map(JSONValue.string)
        out["logo"] = info.logo.map(JSONValue.string)
        out["updated"] = info.updated.map(date)
        out["published"] = info.published.map(date)
        out["categories"] = list(info.categories, category)
        out["ttl"] = info.ttl.map { .int(Int64($0)) }
        return out
    }

    private static func entry(_ entry: ParsedEntry) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        out["id"] = entry.id.map(JSONValue.string)
        out["id_is_permalink"] = entry.idIsPermalink.map(JSONValue.bool)
        out["title"] = entry.title.map(text)
        out["link"] = entry.link.map(JSONValue.string)
        out["links"] = list(entry.links, link)
        out["authors"] = list(entry.authors, person)
        out["summary"] = entry.summary.map(text)
        out["content"] = list(entry.content, content)
        out["published"] = entry.published.map(date)
        out["updated"] = entry.updated.map(date)
        out["categories"] = list(entry.categories, category)
        out["enclosures"] = list(entry.enclosures, enclosure)
        out["comments"] = entry.comments.map(JSONValue.string)
        out["source"] = entry.source.map(source)
        out["rights"] = entry.rights.map(text)
        out["language"] = entry.language.map(JSONValue.string)
        return out
    }

    /// Empty arrays mean absent, so they are left out.
    private static func list<Element>(_ values: [Element], _ render: (Element) -> JSONValue) -> JSONValue? {
        values.isEmpty ? nil : .array(values.map(render))
    }

    private static func text(_ text: FeedText) -> JSONValue {
        .object(["type": .string(text.type), "value": .string(text.value),
                 "language": .string(text.language), "base": .string(text.base)])
    }

    private static func content(_ content: FeedContent) -> JSONValue {
        guard case .object(var members) = text(content.text) else { return .null }
        if let src = content.src { members["src"] = .string(src) }
        return .object(members)
    }

    private static func date(_ date: FeedDate) -> JSONValue {
        .object(["raw": .string(date.raw), "utc": .string(date.instant.map(CivilCalendar.utcString))])
    }

    private static func link(_ link: Link) -> JSONValue {
        var out: [String: JSONValue] = ["href": .string(link.href), "rel": .string(link.rel)]
        out["type"] = link.type.map(JSONValue.string)
        out["title"] = link.title.map(JSONValue.string)
        out["hreflang"] = link.hreflang.map(JSONValue.string)
        out["length"] = link.length.map(JSONValue.string)
        return .object(out)
    }

    private static func person(_ person: Person) -> JSONValue {
        var out: [String: JSONValue] = [:]
        out["name"] = person.name.map(JSONValue.string)
        out["email"] = person.email.map(JSONValue.string)
        out["uri"] = person.uri.map(JSONValue.string)
        return .object(out)
    }

    private static func category(_ category: Category) -> JSONValue {
        var out: [String: JSONValue] = ["term": .string(category.term)]
        out["scheme"] = category.scheme.map(JSONValue.string)
        out["label"] = category.label.map(JSONValue.string)
        return .object(out)
    }

    private static func enclosure(_ enclosure: Enclosure) -> JSONValue {
        var out: [String: JSONValue] = ["url": .string(enclosure.url)]
        out["type"] = enclosure.type.map(JSONValue.string)
        out["length"] = enclosure.length.map(JSONValue.int)
        return .object(out)
    }

    private static func source(_ source: EntrySource) -> JSONValue {
        var out: [String: JSONValue] = [:]
        out["title"] = source.title.map(JSONValue.string)
        out["url"] = source.url.map(JSONValue.string)
        return .object(out)
    }
}
