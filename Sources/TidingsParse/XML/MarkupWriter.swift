/// Serialises the children of a captured element (Atom `xhtml` content, HTML pasted unescaped into an
/// RSS `description`) back into a markup string.
///
/// Two renderings are kept side by side: character data exactly as it arrived, for the common case of
/// escaped HTML or CDATA with no child elements, and a properly escaped XML rendering used as soon as a
/// child element shows that the text is XML markup.
struct MarkupWriter {
    private let style: MarkupStyle
    private var raw = ""
    private var escaped = ""
    private var sawElement = false
    /// One entry per open descendant: the name written, or nil for an unwrapped `<div>`.
    private var open: [String?] = []
    private var didUnwrap = false
    /// A start tag whose `>` is held back until we know whether the element is empty.
    private var pendingTag: (name: String, isVoid: Bool)?

    init(style: MarkupStyle) {
        self.style = style
    }

    /// How many descendant elements are open; 0 means the next end tag closes the captured element.
    var depth: Int { open.count }

    /// The captured children as one string.
    var result: String {
        if style.textOnly { return raw }
        return sawElement || style.alwaysEscape ? escaped : raw
    }

    mutating func startElement(_ element: SAXElement) {
        sawElement = true
        closePendingTag()
        if open.isEmpty, style.unwrapXHTMLDiv, !didUnwrap, element.isNamed("div", in: XMLNamespace.xhtml) {
            didUnwrap = true
            open.append(nil)
            return
        }
        let name = qualified(element.prefix, element.name)
        escaped += "<" + name
        for declaration in element.declarations {
            let attribute = declaration.prefix.map { "xmlns:" + $0 } ?? "xmlns"
            escaped += " \(attribute)=\"\(Self.escape(declaration.uri, quote: true))\""
        }
        for attribute in element.attributes {
            let name = qualified(attribute.prefix, attribute.name)
            escaped += " \(name)=\"\(Self.escape(attribute.value, quote: true))\""
        }
        let isHTML = element.namespace == nil || element.namespace == XMLNamespace.xhtml
        pendingTag = (name, isHTML && Self.voidElements.contains(element.name.lowercased()))
        open.append(name)
    }

    mutating func endElement() {
        guard let name = open.popLast() else { return }
        guard let name else { return }
        if let pending = pendingTag {
            pendingTag = nil
            // HTML readers take `<p/>` for an unclosed `<p>`, so only void elements self-close.
            escaped += pending.isVoid ? " />" : "></\(name)>"
        } else {
            escaped += "</\(name)>"
        }
    }

    mutating func characters(_ text: String) {
        closePendingTag()
        raw += text
        escaped += Self.escape(text, quote: false)
    }

    private mutating func closePendingTag() {
        if pendingTag != nil {
            escaped += ">"
            pendingTag = nil
        }
    }

    private func qualified(_ prefix: String?, _ name: String) -> String {
        prefix.map { $0 + ":" + name } ?? name
    }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr",
    ]

    /// Escapes text for XML character data, or for a double-quoted attribute value.
    static func escape(_ text: String, quote: Bool) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || (quote && $0 == "\"") }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quote: out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
