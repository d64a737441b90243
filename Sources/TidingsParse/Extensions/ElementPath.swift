/// The names of the open elements, root first, as a format parser tracks them: nested structures
/// (`media:group` > `media:content`, `itunes:category` inside another, RSS `image` > `url`) are read
/// by looking at a closing element's ancestors.
struct ElementPath {
    private var names: [ElementName] = []
    private var resolver = ModuleResolver()

    /// Records the element opening at `depth` (0 is the root) and returns its name.
    mutating func push(_ element: SAXElement, depth: Int) -> ElementName {
        let name = resolver.name(of: element)
        if names.count > depth { names.removeLast(names.count - depth) }
        names.append(name)
        return name
    }

    /// The name of the element closing at `depth`; it and anything deeper are forgotten.
    mutating func pop(_ element: SAXElement, depth: Int) -> ElementName {
        let name = depth < names.count ? names[depth] : resolver.name(of: element)
        if names.count > depth { names.removeLast(names.count - depth) }
        return name
    }

    /// After `pop(depth:)`: the open elements between the container at `containerDepth` and the
    /// element that just closed, outermost first.
    func ancestors(below containerDepth: Int) -> ArraySlice<ElementName> {
        let start = min(containerDepth + 1, names.count)
        return names[start...]
    }
}

/// One closed element as the extension readers see it, with its place inside the item or channel.
struct ModuleElement {
    let name: ElementName
    /// The elements between the item (or channel) and this one, outermost first; empty for a
    /// direct child.
    let ancestors: ArraySlice<ElementName>
    let element: SAXElement
    /// The element's character data (or its captured markup).
    let content: ElementText
    /// What relative URLs resolve against.
    let linkBase: String?

    init(name: ElementName, ancestors: ArraySlice<ElementName>, element: SAXElement, text: ElementText,
         linkBase: String?) {
        self.name = name
        self.ancestors = ancestors
        self.element = element
        content = text
        self.linkBase = linkBase
    }

    /// The element's text as a string (decoded on each call for captured markup).
    var text: String { content.string }

    var isDirectChild: Bool { ancestors.isEmpty }
    var parent: ElementName? { ancestors.last }

    /// An attribute in no namespace, trimmed; nil when missing or empty.
    func attribute(_ name: String) -> String? {
        TextValue.clean(element.attribute(name))
    }

    /// An attribute or text made into an absolute URL.
    func url(_ value: String?) -> String? {
        FeedValues.url(value, base: linkBase)
    }

    /// True when one of the ancestors is `local` in `module`.
    func isInside(_ local: String, of module: FeedModule) -> Bool {
        ancestors.contains(ElementName(module, local))
    }
}
