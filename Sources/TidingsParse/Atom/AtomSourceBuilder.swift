import TidingsModel

/// Collects an Atom entry's `<source>`: the header of the feed the entry was copied from, kept whole
/// so an aggregated entry still says where it came from.
struct AtomSourceBuilder {
    private var source = EntrySource()

    mutating func apply(_ field: AtomField, _ element: SAXElement, text content: ElementText, construct: AtomTextConstruct) {
        // Only the text constructs read `content` itself; the others want the string.
        var text: String { content.string }
        switch field {
        case .title:
            source.title = source.title ?? construct.text(content, at: element)?.value
        case .subtitle: source.subtitle = source.subtitle ?? construct.text(content, at: element)
        case .rights: source.rights = source.rights ?? construct.text(content, at: element)
        case .id: source.id = source.id ?? TextValue.clean(text)
        case .updated: source.updated = source.updated ?? FeedValues.date(text)
        case .icon: source.icon = source.icon ?? FeedValues.url(text, base: element.base)
        case .logo: source.logo = source.logo ?? FeedValues.url(text, base: element.base)
        case .category: if let category = AtomParser.category(element) { source.categories.append(category) }
        case .link:
            guard let link = FeedValues.link(from: element) else { return }
            source.links.append(link)
            // The source's feed URL is its `rel="self"`, as RSS's `<source url>` is.
            if link.rel == "self" { source.url = source.url ?? link.href }
            if link.rel == "alternate" { source.link = source.link ?? link.href }
        default: break
        }
    }

    /// A person read inside the source.
    mutating func add(_ person: Person, as field: AtomField) {
        if field == .author { source.authors.append(person) } else { source.contributors.append(person) }
    }

    func finish() -> EntrySource? {
        source == EntrySource() ? nil : source
    }
}
