/// Receives libxml2's parse events for a fragment and writes what the policy keeps.
///
/// Every element libxml2 opens is tracked, written or not, so that its end event finds it; elements
/// whose content is dropped (`script`, `svg`, a refused `iframe`) hide everything up to their end. A
/// class, because libxml2's C callbacks reach it through an opaque pointer.
final class SanitizingWriter: FragmentEventSink {
    private struct OpenElement {
        let id: Int
        let name: String
        /// True while its start tag is written and its end tag still due.
        var writesEndTag: Bool
        let hidesContent: Bool
        /// A void element, which libxml2 may still report children for; not a parent for context.
        let isVoid: Bool
    }

    // A writer serves one fragment on one thread and none of its methods calls back into another, so
    // no two accesses to its state can overlap: the run-time exclusivity checks (a few percent of a
    // large feed's parse) are left out.
    private let base: String?
    @exclusivity(unchecked) private var output: HTMLOutput
    @exclusivity(unchecked) private var open: [OpenElement] = []
    @exclusivity(unchecked) private var reparse = ReparseStack()
    @exclusivity(unchecked) private var hiddenDepth = 0
    @exclusivity(unchecked) private var nextID = 0

    init(base: String?, capacity: Int) {
        self.base = base
        output = HTMLOutput(capacity: capacity)
    }

    /// How many elements libxml2 has open, written or not.
    var depth: Int { open.count }

    /// `attributes` is only read for elements that are written; `known` is the element's policy when
    /// the reader has it at hand.
    func startElement(_ name: String, policy known: ElementPolicy?, attributes: () -> [(name: String, value: String?)]) {
        if hiddenDepth > 0 {
            push(name, hidesContent: false)
            return
        }
        let policy = known ?? ElementPolicy(name)
        let rule = policy.rule
        switch rule {
        case .drop, .unwrap:
            push(name, hidesContent: rule == .drop)
        case .keep, .void, .embed:
            let parent = open.last { !$0.isVoid }?.name ?? ""
            guard policy.requiredParents.map({ $0.contains(parent) }) ?? true,
                  let kept = AttributeFilter.filter(policy, attributes(), base: base) else {
                push(name, hidesContent: rule == .embed, isVoid: rule == .void)
                return
            }
            closeImpliedElements(before: name)
            output.startTag(name, kept)
            let id = push(name, writesEndTag: rule == .keep, hidesContent: rule == .embed, isVoid: rule == .void)
            if rule == .embed {
                // The player is written empty: an iframe's children are fallback text, never shown.
                output.endTag(name)
            } else if rule == .keep {
                reparse.opened(name, owner: id)
            } else if !policy.closedOnRead {
                reparse.opened(name, owner: nil)
            }
        }
    }

    func endElement(_ name: String) {
        guard let index = open.lastIndex(where: { $0.name == name }) else { return }
        while open.count > index { close(open.removeLast()) }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if hiddenDepth == 0 { output.text(text) }
    }

    /// Closes whatever is still open and returns the markup.
    func finish() -> String {
        while let element = open.popLast() { close(element) }
        return output.result
    }

    @discardableResult
    private func push(_ name: String, writesEndTag: Bool = false, hidesContent: Bool, isVoid: Bool = false) -> Int {
        nextID += 1
        open.append(OpenElement(id: nextID, name: name, writesEndTag: writesEndTag, hidesContent: hidesContent,
                                isVoid: isVoid))
        if hidesContent { hiddenDepth += 1 }
        return nextID
    }

    private func close(_ element: OpenElement) {
        if element.writesEndTag {
            output.endTag(element.name)
            reparse.closed(owner: element.id)
        }
        if element.hidesContent { hiddenDepth -= 1 }
    }

    /// When unwrapped elements sit between the innermost written element and the new one, libxml2 did
    /// not see the two side by side; the output's next reader will. See `ReparseStack`.
    private func closeImpliedElements(before name: String) {
        guard reparse.topOwner != open.last?.id else { return }
        for ended in reparse.impliedEnds(before: name) {
            output.endTag(ended.name)
            if let index = open.lastIndex(where: { $0.id == ended.owner }) { open[index].writesEndTag = false }
        }
    }

}

/// What a fragment reader reports, in libxml2's SAX terms: `HTMLFragmentReader` (libxml2 itself) and
/// `FastFragmentReader` (its well-formed subset) call the same methods in the same order for the same
/// input, which the differential tests check by recording both.
protocol FragmentEventSink: AnyObject {
    /// How many elements are open; the libxml2 reader stops past `HTMLFragmentReader.maximumDepth`.
    var depth: Int { get }
    /// `attributes` (lowercase names in source order, duplicates already dropped, nil for an
    /// attribute without a value) is only called when the sink needs them; `policy`, when given, is
    /// `ElementPolicy(name)`.
    func startElement(_ name: String, policy: ElementPolicy?, attributes: () -> [(name: String, value: String?)])
    func endElement(_ name: String)
    /// Text, already decoded; one run of text may arrive in several calls.
    func characters(_ text: UnsafeBufferPointer<UInt8>)
}
