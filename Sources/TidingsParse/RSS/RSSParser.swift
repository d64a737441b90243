import TidingsModel

/// RSS 0.9x, 1.0 (RDF) and 2.0: the channel's and each item's elements mapped onto the shared model.
///
/// Only direct children of `<channel>` and `<item>` count, so `<image><title>` never becomes the
/// feed's title. Items are found inside the channel (RSS 0.9x/2.0) or beside it (RSS 1.0).
final class RSSParser: FeedFormatParser {
    private var feed: ParsedFeed
    private var channelDepth: Int?
    /// RSS 1.0 closes the channel before its items, and its `<image>` sits beside the channel at the
    /// same depth: only children of the open channel are channel fields.
    private var channelIsOpen = false
    private var item: RSSItemBuilder?

    init?(root: SAXElement, doctypePublicID: String?, documentURL: String?) {
        let format: FeedFormat
        if root.name == "rss" {
            format = RSSVersion.format(version: root.attribute("version"), doctypePublicID: doctypePublicID)
        } else if root.isNamed("RDF", in: XMLNamespace.rdf) {
            format = .rss10
        } else {
            return nil
        }
        feed = ParsedFeed(format: format)
        feed.info.language = root.ownLanguage
    }

    var result: ParsedFeed {
        var finished = feed
        // A truncated document may end inside an item: what was read of it is kept.
        if let item { finished.entries.append(item.finish(linkBase: nil)) }
        return finished
    }

    func didStart(_ element: SAXElement, depth: Int) -> ChildContent {
        if element.namespace == XMLNamespace.rss090 { feed.format = .rss090 }
        guard let field = RSSField(element) else { return .elements }
        if field == .channel, channelDepth == nil, item == nil {
            channelDepth = depth
            channelIsOpen = true
            feed.info.id = TextValue.clean(element.attribute("about", namespace: XMLNamespace.rdf))
            feed.info.language = element.ownLanguage ?? feed.info.language
        } else if field == .item, item == nil {
            item = RSSItemBuilder(item: element, depth: depth)
        }
        guard let parentDepth = item?.depth ?? (channelIsOpen ? channelDepth : nil), depth == parentDepth + 1 else {
            return .elements
        }
        return field.childContent
    }

    func didEnd(_ element: SAXElement, text: String, depth: Int) {
        guard let field = RSSField(element) else { return }
        if var builder = item {
            if depth == builder.depth + 1 {
                builder.apply(field, element, text: text, linkBase: linkBase(for: element))
                item = builder
            } else if depth == builder.depth {
                feed.entries.append(builder.finish(linkBase: linkBase(for: element)))
                item = nil
            }
        } else if channelIsOpen, let channelDepth {
            if depth == channelDepth + 1 {
                applyChannelField(field, element, text: text)
            } else if depth == channelDepth {
                channelIsOpen = false
            }
        }
    }

    /// Relative item links resolve against an explicit `xml:base`, else the channel's link, else the
    /// document URL.
    private func linkBase(for element: SAXElement) -> String? {
        element.hasExplicitBase ? element.base : (feed.info.link ?? element.base)
    }

    private func applyChannelField(_ field: RSSField, _ element: SAXElement, text: String) {
        var info = feed.info
        switch field {
        case .title, .dcTitle: info.title = info.title ?? FeedValues.text(text, type: "text", at: element)
        case .link: info.link = info.link ?? FeedValues.url(text, base: element.base)
        case .description, .dcDescription:
            info.subtitle = info.subtitle ?? FeedValues.text(text, type: "html", at: element)
        case .language, .dcLanguage: info.language = TextValue.clean(text) ?? info.language
        case .copyright, .dcRights: info.rights = info.rights ?? FeedValues.text(text, type: "text", at: element)
        case .pubDate, .termsIssued: info.published = info.published ?? FeedValues.date(text)
        case .lastBuildDate: info.updated = FeedValues.date(text) ?? info.updated
        case .dcDate, .termsModified: info.updated = info.updated ?? FeedValues.date(text)
        case .ttl: info.ttl = FeedValues.integer(text).map { Int(clamping: $0) } ?? info.ttl
        case .managingEditor, .dcCreator, .author:
            if let person = RSSPerson.parse(text) { info.authors.append(person) }
        case .generator: info.generator = TextValue.clean(text) ?? info.generator
        case .category:
            if let category = FeedValues.category(term: text, scheme: element.attribute("domain")) {
                info.categories.append(category)
            }
        case .dcSubject:
            if let category = FeedValues.category(term: text, scheme: nil) { info.categories.append(category) }
        case .atomLink:
            if let link = FeedValues.link(from: element) { info.links.append(link) }
        default: break
        }
        feed.info = info
    }
}
