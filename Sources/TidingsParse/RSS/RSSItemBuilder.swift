import TidingsModel

/// Collects one RSS `<item>` while its children arrive.
struct RSSItemBuilder {
    /// The depth of the `<item>` element; its fields are one level below.
    let depth: Int
    private var entry = ParsedEntry()
    private var modules = EntryModules()

    init(item: SAXElement, depth: Int) {
        self.depth = depth
        // RSS 1.0 names each item with rdf:about, usually its link.
        entry.id = TextValue.clean(item.attribute("about", namespace: XMLNamespace.rdf))
        entry.language = item.ownLanguage
    }

    /// Reads one closed element inside the item. `linkBase` is what relative links resolve against.
    mutating func read(_ name: ElementName, ancestors: ArraySlice<ElementName>, _ element: SAXElement,
                       text: ElementText, linkBase: String?) {
        if ancestors.isEmpty, let field = RSSField(name) {
            apply(field, element, text: text, linkBase: linkBase)
        } else {
            let moduleName = RSSField.moduleName(forStray: name) ?? name
            modules.read(ModuleElement(name: moduleName, ancestors: ancestors, element: element, text: text,
                                       linkBase: linkBase), into: &entry)
        }
    }

    private mutating func apply(_ field: RSSField, _ element: SAXElement, text content: ElementText,
                                linkBase: String?) {
        // Only the markup fields read `content` itself; the others want the string.
        var text: String { content.string }
        switch field {
        case .title: entry.title = entry.title ?? FeedValues.text(content, type: "text", at: element)
        case .link:
            // Some feeds write an Atom-style `<link href="…"/>` without the Atom namespace.
            entry.link = entry.link ?? FeedValues.url(text, base: linkBase)
                ?? FeedValues.url(element.attribute("href"), base: linkBase)
        case .description: entry.summary = FeedValues.text(content, type: "html", at: element) ?? entry.summary
        case .guid:
            entry.id = TextValue.clean(text) ?? entry.id
            let permalink = TextValue.clean(element.attribute("isPermaLink"))?.lowercased()
            entry.idIsPermalink = permalink == nil || permalink == "true"
        case .author:
            if let person = RSSPerson.parse(text) { entry.authors.append(person) }
        case .pubDate: entry.published = FeedValues.date(text) ?? entry.published
        case .expirationDate: entry.expired = FeedValues.date(text) ?? entry.expired
        case .category:
            if let category = FeedValues.category(term: text, scheme: element.attribute("domain")) {
                entry.categories.append(category)
            }
        case .enclosure:
            // Podcasts list several renditions; each is kept.
            if let url = FeedValues.url(element.attribute("url"), base: linkBase) {
                entry.enclosures.append(Enclosure(url: url, type: TextValue.clean(element.attribute("type")),
                                                  length: FeedValues.integer(element.attribute("length"))))
            }
        case .comments: entry.comments = entry.comments ?? FeedValues.url(text, base: linkBase)
        case .source:
            entry.source = EntrySource(url: FeedValues.url(element.attribute("url"), base: linkBase),
                                       title: TextValue.clean(text))
        case .language: entry.language = TextValue.clean(text) ?? entry.language
        case .copyright: entry.rights = FeedValues.text(content, type: "text", at: element) ?? entry.rights
        default: break
        }
    }

    /// The finished entry. A permalink guid stands in for a missing `<link>` (only when it is an
    /// absolute URL: `isPermaLink` is often left at its default on guids like `post-123`).
    func finish(linkBase: String?) -> ParsedEntry {
        var finished = entry
        if finished.link == nil, finished.idIsPermalink == true, let guid = finished.id,
           URLResolver.hasScheme(guid), guid.contains("://") {
            finished.link = URLResolver.resolve(guid, against: linkBase)
        }
        modules.finish(&finished)
        return finished
    }
}
