import CLibXML2

/// The elements libxml2 would hold open while reading the sanitiser's own output back in, so that the
/// writer can keep `sanitize` idempotent.
///
/// Dropping a tag but keeping its content can put an element right inside one it implicitly closes:
/// `<p>a<font><p>b</p></font></p>` reads as a `p` inside a `p` (the `font` shields the outer one), but
/// written without the `font`, the second `<p>` closes the first on the next read. The writer asks
/// `impliedEnds(before:)` at each start tag and closes those elements itself, as that read would.
struct ReparseStack {
    private struct Entry {
        let name: String
        /// The writer's id for the element, nil for `source`, `track` and `wbr`: they get no end tag,
        /// and libxml2 2.9 (which does not know them as void) keeps them open until their parent ends.
        let owner: Int?
    }

    private var entries: [Entry] = []

    /// The writer's id of the innermost open element, nil for none or a never-closed void.
    var topOwner: Int? { entries.last?.owner }

    /// A start tag was written; `owner` is nil when no end tag will follow.
    mutating func opened(_ name: String, owner: Int?) {
        entries.append(Entry(name: name, owner: owner))
    }

    /// `</name>` of `owner` was written: it closes everything opened after it too.
    mutating func closed(owner: Int) {
        guard let index = entries.lastIndex(where: { $0.owner == owner }) else { return }
        entries.removeSubrange(index...)
    }

    /// The elements a start tag `name` would close on a second read, innermost first, now removed.
    mutating func impliedEnds(before name: String) -> [(name: String, owner: Int)] {
        var ended: [(name: String, owner: Int)] = []
        while let top = entries.last, let owner = top.owner, Self.closes(name, top.name) {
            ended.append((top.name, owner))
            entries.removeLast()
        }
        return ended
    }

    /// Whether libxml2 ends an open `openName` when `newName` starts (its `htmlStartClose` table).
    /// libxml2 answers for different names; an element closing one of its own kind is not in what it
    /// exposes, so those are listed here, as measured with libxml2 2.9.14.
    private static func closes(_ newName: String, _ openName: String) -> Bool {
        if newName == openName { return closesItsOwnKind.contains(newName) }
        return LibXML.withXMLString(newName) { newPointer in
            LibXML.withXMLString(openName) { openPointer in
                var probe = xmlNode()
                probe.name = newPointer
                return htmlAutoCloseTag(nil, openPointer, &probe) != 0
            }
        }
    }

    private static let closesItsOwnKind: Set<String> = ["a", "colgroup", "li", "p", "tbody", "td", "th", "tr"]
}
