import TidingsModel

/// Collects an Atom entry's `<source>`: the feed the entry was copied from.
struct AtomSourceBuilder {
    private var title: String?
    private var selfURL: String?
    private var alternateURL: String?

    mutating func apply(_ field: AtomField, _ element: SAXElement, text: String) {
        switch field {
        case .title: title = title ?? TextValue.clean(text)
        case .link:
            guard let link = FeedValues.link(from: element) else { return }
            if link.rel == "self" { selfURL = selfURL ?? link.href }
            if link.rel == "alternate" { alternateURL = alternateURL ?? link.href }
        default: break
        }
    }

    /// The source's feed URL (`rel="self"`, as RSS's `<source url>` is), else its home page.
    func finish() -> EntrySource? {
        let url = selfURL ?? alternateURL
        guard url != nil || title != nil else { return nil }
        return EntrySource(url: url, title: title)
    }
}
