import TidingsModel

/// Atom 1.0 (and 0.3, whose older names `AtomField` folds in): the feed's and each entry's elements
/// mapped onto the shared model.
///
/// Elements count only in the root's Atom namespace and only as direct children of the feed, an
/// entry, an entry's `source` or a person, so an entry's `<title>` never becomes the feed's.
final class AtomParser: FeedFormatParser {
    private var feed: ParsedFeed
    private let namespace: String?
    private let isAtom03: Bool
    private var entry: Open<ParsedEntry>?
    private var source: Open<AtomSourceBuilder>?
    private var person: Open<Person>?
    private var personIsAuthor = false

    /// A container element being read, and the depth it opened at.
    private struct Open<Value> {
        let depth: Int
        var value: Value
    }

    init?(root: SAXElement, doctypePublicID: String?, documentURL: String?) {
        guard root.name == "feed" else { return nil }
        namespace = root.namespace
        isAtom03 = root.namespace == XMLNamespace.atom03
        let format: FeedFormat = switch (root.namespace, TextValue.clean(root.attribute("version"))) {
        case (XMLNamespace.atom10?, _): .atom10
        case (XMLNamespace.atom03?, "0.3"?): .atom03
        case (XMLNamespace.atom03?, "0.2"?): .atom02
        case (XMLNamespace.atom03?, "0.1"?): .atom01
        default: .atom
        }
        feed = ParsedFeed(format: format)
        feed.info.language = root.ownLanguage
    }

    var result: ParsedFeed { feed }

    /// The depth of the innermost open container whose direct children are being read.
    private var containerDepth: Int { person?.depth ?? source?.depth ?? entry?.depth ?? 0 }

    func didStart(_ element: SAXElement, depth: Int) -> ChildContent {
        guard element.namespace == namespace, let field = AtomField(element.name, isAtom03: isAtom03),
              depth == containerDepth + 1 else { return .elements }
        switch field {
        case .entry where entry == nil:
            var started = ParsedEntry()
            started.language = element.ownLanguage
            entry = Open(depth: depth, value: started)
        case .source where entry != nil && source == nil:
            source = Open(depth: depth, value: AtomSourceBuilder())
        case .author where person == nil, .contributor where person == nil:
            person = Open(depth: depth, value: Person())
            personIsAuthor = field == .author
        case _ where field.isTextConstruct && person == nil:
            return AtomTextConstruct(element, isAtom03: isAtom03).childContent
        default: break
        }
        return .elements
    }

    func didEnd(_ element: SAXElement, text: String, depth: Int) {
        guard element.namespace == namespace, let field = AtomField(element.name, isAtom03: isAtom03) else { return }
        if let open = person, depth >= open.depth {
            depth == open.depth ? finishPerson(open.value) : readPersonField(field, element, text: text, depth: depth)
        } else if let open = source, depth >= open.depth {
            if depth == open.depth {
                entry?.value.source = open.value.finish()
                source = nil
            } else if depth == open.depth + 1 {
                source?.value.apply(field, element, text: text)
            }
        } else if let open = entry, depth >= open.depth {
            if depth == open.depth {
                feed.entries.append(open.value)
                entry = nil
            } else if depth == open.depth + 1 {
                applyEntryField(field, element, text: text)
            }
        } else if depth == 1 {
            applyFeedField(field, element, text: text)
        }
    }

    private func readPersonField(_ field: AtomField, _ element: SAXElement, text: String, depth: Int) {
        guard let open = person, depth == open.depth + 1 else { return }
        switch field {
        case .name: person?.value.name = TextValue.clean(text)
        case .email: person?.value.email = TextValue.clean(text)
        case .uri: person?.value.uri = FeedValues.url(text, base: element.base)
        default: break
        }
    }

    /// Authors go to the entry or the feed; contributors and a source's authors are not modelled.
    private func finishPerson(_ finished: Person) {
        person = nil
        guard personIsAuthor, source == nil, finished != Person() else { return }
        if entry != nil {
            entry?.value.authors.append(finished)
        } else {
            feed.info.authors.append(finished)
        }
    }

    private func applyEntryField(_ field: AtomField, _ element: SAXElement, text: String) {
        guard var value = entry?.value else { return }
        let construct = AtomTextConstruct(element, isAtom03: isAtom03)
        switch field {
        case .id: value.id = TextValue.clean(text)
        case .title: value.title = construct.text(text, at: element) ?? value.title
        case .summary: value.summary = construct.text(text, at: element) ?? value.summary
        case .rights: value.rights = construct.text(text, at: element) ?? value.rights
        case .content: if let content = construct.content(text, at: element) { value.content.append(content) }
        case .published: value.published = FeedValues.date(text) ?? value.published
        case .updated: value.updated = FeedValues.date(text) ?? value.updated
        case .category: if let category = Self.category(element) { value.categories.append(category) }
        case .link:
            guard let link = FeedValues.link(from: element) else { break }
            value.links.append(link)
            if link.rel == "alternate", value.link == nil { value.link = link.href }
            if link.rel == "enclosure" {
                value.enclosures.append(Enclosure(url: link.href, type: link.type,
                                                  length: FeedValues.integer(link.length)))
            }
        default: break
        }
        entry?.value = value
    }

    private func applyFeedField(_ field: AtomField, _ element: SAXElement, text: String) {
        var info = feed.info
        let construct = AtomTextConstruct(element, isAtom03: isAtom03)
        switch field {
        case .id: info.id = TextValue.clean(text)
        case .title: info.title = construct.text(text, at: element) ?? info.title
        case .subtitle: info.subtitle = construct.text(text, at: element) ?? info.subtitle
        case .rights: info.rights = construct.text(text, at: element) ?? info.rights
        case .updated: info.updated = FeedValues.date(text) ?? info.updated
        case .published: info.published = FeedValues.date(text) ?? info.published
        case .icon: info.icon = FeedValues.url(text, base: element.base)
        case .logo: info.logo = FeedValues.url(text, base: element.base)
        case .generator: info.generator = TextValue.clean(text) ?? TextValue.clean(element.attribute("uri"))
        case .category: if let category = Self.category(element) { info.categories.append(category) }
        case .link:
            guard let link = FeedValues.link(from: element) else { break }
            info.links.append(link)
            if link.rel == "alternate", info.link == nil { info.link = link.href }
        default: break
        }
        feed.info = info
    }

    private static func category(_ element: SAXElement) -> Category? {
        FeedValues.category(term: element.attribute("term"), scheme: element.attribute("scheme"),
                            label: element.attribute("label"))
    }
}
