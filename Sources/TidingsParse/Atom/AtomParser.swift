import TidingsModel

/// Atom 1.0, and 0.3 (whose older names `AtomField` folds in): the feed's and each entry's elements
/// mapped onto the shared model; other namespaces go to the shared module readers.
///
/// Atom elements count only in the root's namespace and only as direct children of the feed, an
/// entry, an entry's `source` or a person, so an entry's `<title>` never becomes the feed's.
final class AtomParser: FeedFormatParser {
    // One document, one thread, one SAX event at a time, and no method calls back into another: no
    // two accesses to this state can overlap, so the run-time exclusivity checks are left out.
    @exclusivity(unchecked) private var feed: ParsedFeed
    @exclusivity(unchecked) private var path = ElementPath()
    /// The root's module: `atom10`, `atom03`, or `none` for a feed written without its namespace.
    private let module: FeedModule
    private let isAtom03: Bool
    private let rootLanguage: String?
    @exclusivity(unchecked) private var modules = FeedModules()
    @exclusivity(unchecked) private var entry: Open<AtomEntryBuilder>?
    @exclusivity(unchecked) private var source: Open<AtomSourceBuilder>?
    @exclusivity(unchecked) private var person: Open<Person>?
    /// `author` or `contributor`: the role of the open person.
    @exclusivity(unchecked) private var personRole = AtomField.author

    /// A container element being read, and the depth it opened at.
    private struct Open<Value> {
        let depth: Int
        var value: Value
    }

    init?(root: SAXElement, doctypePublicID: String?, documentURL: String?) {
        module = FeedModule(namespace: root.namespace, prefix: root.prefix)
        // Any namespace is accepted on a `<feed>` root: one in an unknown namespace is still Atom of
        // an unknown version.
        guard root.name == "feed" else { return nil }
        isAtom03 = module == .atom03
        let version = TextValue.clean(root.attribute("version"))
        let format: FeedFormat = switch (module, version) {
        case (.atom10, _): .atom10
        case (.atom03, "0.2"?): .atom02
        case (.atom03, "0.1"?): .atom01
        // `http://purl.org/atom/ns#` is Atom 0.3 whether or not the version is written.
        case (.atom03, _): .atom03
        default: .atom
        }
        feed = ParsedFeed(format: format)
        rootLanguage = root.ownLanguage
    }

    var result: ParsedFeed {
        var finished = feed
        modules.finish(&finished.info, rootLanguage: rootLanguage)
        // A truncated document may end inside an entry: what was read of it is kept.
        if let entry { finished.entries.append(entry.value.finish()) }
        return finished
    }

    /// The depth of the innermost open container whose direct children are being read.
    private var containerDepth: Int { person?.depth ?? source?.depth ?? entry?.depth ?? 0 }

    func didStart(_ element: SAXElement, depth: Int) -> ChildContent {
        let name = path.push(element, depth: depth)
        guard name.module == module else {
            return depth > 0 ? ModuleChildContent.rule(for: name, element) : .elements
        }
        guard let field = AtomField(name.local, isAtom03: isAtom03), depth == containerDepth + 1 else {
            return .elements
        }
        switch field {
        case .entry where entry == nil:
            entry = Open(depth: depth, value: AtomEntryBuilder(element))
        case .source where entry != nil && source == nil:
            source = Open(depth: depth, value: AtomSourceBuilder())
        case .author where person == nil, .contributor where person == nil:
            person = Open(depth: depth, value: Person())
            personRole = field
        case _ where field.isTextConstruct && person == nil:
            return AtomTextConstruct(element, isAtom03: isAtom03).childContent
        default: break
        }
        return .elements
    }

    func didEnd(_ element: SAXElement, text: ElementText, depth: Int) {
        let name = path.pop(element, depth: depth)
        guard name.module == module else { return readModule(name, element, text: text, depth: depth) }
        guard let field = AtomField(name.local, isAtom03: isAtom03) else { return }
        // Only the text constructs read it: the others skip looking at `type` and `mode`.
        let construct = field.isTextConstruct ? AtomTextConstruct(element, isAtom03: isAtom03) : .unread
        // The open containers are read through their depth and changed in place: a copy bound with
        // `if let` would keep a second reference to their arrays while they grow.
        if let open = person, depth >= open.depth {
            depth == open.depth ? finishPerson(open.value) : readPersonField(field, element, text: text.string, depth: depth)
        } else if let sourceDepth = source?.depth, depth >= sourceDepth {
            if depth == sourceDepth {
                entry?.value.setSource(source!.value.finish())
                source = nil
            } else if depth == sourceDepth + 1 {
                source?.value.apply(field, element, text: text, construct: construct)
            }
        } else if let entryDepth = entry?.depth, depth >= entryDepth {
            if depth == entryDepth {
                feed.entries.append(entry!.value.finish())
                entry = nil
            } else if depth == entryDepth + 1 {
                entry?.value.apply(field, element, text: text, construct: construct)
            }
        } else if depth == 1 {
            AtomHeader.apply(field, element, text: text, construct: construct, to: &feed.info)
        }
    }

    /// Another namespace's element: the entry's or the feed's modules read it; a source's are not
    /// modelled.
    private func readModule(_ name: ElementName, _ element: SAXElement, text: ElementText, depth: Int) {
        guard source == nil else { return }
        if let entryDepth = entry?.depth, depth > entryDepth {
            entry?.value.read(ModuleElement(name: name, ancestors: path.ancestors(below: entryDepth),
                                            element: element, text: text, linkBase: element.base))
        } else if entry == nil, depth >= 1 {
            modules.read(ModuleElement(name: name, ancestors: path.ancestors(below: 0), element: element,
                                       text: text, linkBase: element.base), into: &feed.info)
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

    /// A finished person joins the innermost open source, entry or the feed, in its role.
    private func finishPerson(_ finished: Person) {
        person = nil
        guard finished != Person() else { return }
        if source != nil {
            source?.value.add(finished, as: personRole)
        } else if entry != nil {
            entry?.value.add(finished, as: personRole)
        } else if personRole == .author {
            feed.info.authors.append(finished)
        } else {
            feed.info.contributors.append(finished)
        }
    }

    /// `<category term scheme label>`.
    static func category(_ element: SAXElement) -> Category? {
        FeedValues.category(term: element.attribute("term"), scheme: element.attribute("scheme"),
                            label: element.attribute("label"))
    }
}
