import TidingsModel

/// Collects one Atom `<entry>` while its children arrive.
struct AtomEntryBuilder {
    private(set) var entry = ParsedEntry()
    private var modules = EntryModules()

    init(_ element: SAXElement) {
        entry.language = element.ownLanguage
    }

    /// Reads one closed Atom element that is a direct child of the entry.
    mutating func apply(_ field: AtomField, _ element: SAXElement, text content: ElementText, construct: AtomTextConstruct) {
        // Only the text constructs read `content` itself; the others want the string.
        var text: String { content.string }
        switch field {
        case .id: entry.id = TextValue.clean(text) ?? entry.id
        case .title: entry.title = construct.text(content, at: element) ?? entry.title
        case .summary: entry.summary = construct.text(content, at: element) ?? entry.summary
        case .rights: entry.rights = construct.text(content, at: element) ?? entry.rights
        case .content: if let content = construct.content(content, at: element) { entry.content.append(content) }
        case .published: entry.published = FeedValues.date(text) ?? entry.published
        case .updated: entry.updated = FeedValues.date(text) ?? entry.updated
        case .created: entry.created = FeedValues.date(text) ?? entry.created
        case .category: if let category = AtomParser.category(element) { entry.categories.append(category) }
        case .link:
            guard let link = FeedValues.link(from: element) else { break }
            entry.links.append(link)
            if link.rel == "alternate", entry.link == nil { entry.link = link.href }
            if link.rel == "enclosure" {
                entry.enclosures.append(Enclosure(url: link.href, type: link.type,
                                                  length: FeedValues.integer(link.length)))
            }
        default: break
        }
    }

    /// Reads one closed element of another namespace (Dublin Core, Media RSS, FeedBurner…).
    mutating func read(_ module: ModuleElement) {
        modules.read(module, into: &entry)
    }

    mutating func add(_ person: Person, as field: AtomField) {
        if field == .author { entry.authors.append(person) } else { entry.contributors.append(person) }
    }

    mutating func setSource(_ source: EntrySource?) {
        entry.source = entry.source ?? source
    }

    func finish() -> ParsedEntry {
        var finished = entry
        modules.finish(&finished)
        return finished
    }
}
