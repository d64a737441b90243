/// The core RSS elements the parser reads: those in no namespace (RSS 0.9x and 2.0), in RSS 1.0's or
/// Netscape's RSS 0.90 namespace, or in a default namespace some RSS 2.0 feeds invent. Namespaced
/// modules are read by `EntryModules` and `FeedModules`.
///
/// Names are matched without regard to case: `pubdate`, `lastbuilddate` and `textinput` (RSS 1.0's
/// spelling) are all seen in the wild.
enum RSSField {
    case title, link, description, language, copyright, pubDate, lastBuildDate, ttl
    case managingEditor, webMaster, generator, docs, cloud, category
    case guid, author, enclosure, comments, source, expirationDate
    case image, url, width, height, textInput, name, skipHours, hour, skipDays, day, redirect, newLocation
    case channel, item

    init?(_ name: ElementName) {
        guard name.module.isRSSCore,
              let field = Self.bySpelling[name.local] ?? Self.byName[name.local.lowercased()] else { return nil }
        self = field
    }

    /// `byName` plus the names as the specifications spell them (`pubDate`), which most feeds use:
    /// found without lowercasing first. Every key lowercases to a key of `byName` with the same field.
    private static let bySpelling: [String: RSSField] = byName.merging([
        "pubDate": .pubDate, "lastBuildDate": .lastBuildDate, "managingEditor": .managingEditor,
        "webMaster": .webMaster, "expirationDate": .expirationDate, "textInput": .textInput,
        "skipHours": .skipHours, "skipDays": .skipDays, "newLocation": .newLocation,
    ]) { old, _ in old }

    private static let byName: [String: RSSField] = [
        "title": .title, "link": .link, "description": .description, "language": .language,
        "copyright": .copyright, "pubdate": .pubDate, "lastbuilddate": .lastBuildDate, "ttl": .ttl,
        "managingeditor": .managingEditor, "webmaster": .webMaster, "generator": .generator, "docs": .docs,
        "cloud": .cloud, "category": .category, "guid": .guid, "author": .author, "enclosure": .enclosure,
        "comments": .comments, "source": .source, "expirationdate": .expirationDate,
        "image": .image, "url": .url, "width": .width, "height": .height, "textinput": .textInput,
        "name": .name, "skiphours": .skipHours, "hour": .hour, "skipdays": .skipDays, "day": .day,
        "redirect": .redirect, "newlocation": .newLocation, "channel": .channel, "item": .item,
    ]

    /// Elements written with no namespace where a module's element was meant: `<encoded>` for
    /// `content:encoded` and `<creator>` for `dc:creator` turn up in hand-rolled feeds.
    static func moduleName(forStray name: ElementName) -> ElementName? {
        guard name.module == .none else { return nil }
        switch name.local {
        case "encoded": return ElementName(.content, "encoded")
        case "creator": return ElementName(.dublinCore, "creator")
        default: return nil
        }
    }

    /// How an element's children are read: text fields may hold HTML pasted in unescaped, so their
    /// children are captured as markup rather than lost.
    static func childContent(for name: ElementName, _ element: SAXElement) -> ChildContent {
        if let field = RSSField(name) {
            switch field {
            case .title, .copyright: return .markup(MarkupStyle(textOnly: true))
            case .description: return .markup(MarkupStyle())
            default: return .elements
            }
        }
        return ModuleChildContent.rule(for: moduleName(forStray: name) ?? name, element)
    }
}
