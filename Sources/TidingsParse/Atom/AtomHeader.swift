import TidingsModel

/// The feed-level Atom elements (direct children of `<feed>`) mapped onto `FeedInfo`.
enum AtomHeader {
    static func apply(_ field: AtomField, _ element: SAXElement, text content: ElementText, construct: AtomTextConstruct,
                      to info: inout FeedInfo) {
        // Only the text constructs read `content` itself; the others want the string.
        var text: String { content.string }
        switch field {
        case .id: info.id = TextValue.clean(text) ?? info.id
        case .title: info.title = construct.text(content, at: element) ?? info.title
        case .subtitle: info.subtitle = construct.text(content, at: element) ?? info.subtitle
        case .info: info.info = construct.text(content, at: element) ?? info.info
        case .rights: info.rights = construct.text(content, at: element) ?? info.rights
        case .updated: info.updated = FeedValues.date(text) ?? info.updated
        case .published: info.published = FeedValues.date(text) ?? info.published
        case .created: info.created = FeedValues.date(text) ?? info.created
        case .icon: info.icon = FeedValues.url(text, base: element.base) ?? info.icon
        case .logo: info.logo = FeedValues.url(text, base: element.base) ?? info.logo
        case .generator: info.generatorInfo = generator(element, text: text) ?? info.generatorInfo
        case .category: if let category = AtomParser.category(element) { info.categories.append(category) }
        case .link:
            guard let link = FeedValues.link(from: element) else { break }
            info.links.append(link)
            if link.rel == "alternate", info.link == nil { info.link = link.href }
        default: break
        }
    }

    /// `<generator uri="…" version="…">Name</generator>`; Atom 0.3 wrote `url` for `uri`.
    private static func generator(_ element: SAXElement, text: String) -> Generator? {
        let uri = FeedValues.url(element.attribute("uri") ?? element.attribute("url"), base: element.base)
        let generator = Generator(name: TextValue.clean(text), uri: uri,
                                  version: TextValue.clean(element.attribute("version")))
        return generator == Generator() ? nil : generator
    }
}
