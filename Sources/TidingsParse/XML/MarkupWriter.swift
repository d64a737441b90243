/// Serialises the children of a captured element (Atom `xhtml` content, HTML pasted unescaped into an
/// RSS `description`) back into a markup string.
///
/// Character data is kept exactly as it arrived, for the common case of escaped HTML or CDATA with no
/// child elements; the escaped XML rendering is made only once a child element shows that the text is
/// markup (escaping every chunk up front cost most of the parse time on feeds with long content).
/// Both are byte buffers: text arrives from libxml2 as UTF-8 bytes and is decoded once, at the end.
struct MarkupWriter {
    private let style: MarkupStyle
    private var raw: [UInt8] = []
    private var escaped: [UInt8] = []
    private var sawElement = false
    /// One entry per open descendant: the name written, or nil for an unwrapped `<div>`.
    private var open: [String?] = []
    private var didUnwrap = false
    /// A start tag whose `>` is held back until we know whether the element is empty.
    private var pendingTag: (name: String, isVoid: Bool)?

    /// `buffers` are empty arrays whose capacity is reused.
    init(style: MarkupStyle, buffers: ([UInt8], [UInt8]) = ([], [])) {
        self.style = style
        (raw, escaped) = buffers
    }

    /// How many descendant elements are open; 0 means the next end tag closes the captured element.
    var depth: Int { open.count }

    /// The captured children as one string.
    var result: String {
        String(decoding: resultUTF8, as: UTF8.self)
    }

    /// The captured children as UTF-8.
    var resultUTF8: [UInt8] {
        usesEscaped ? escaped : raw
    }

    /// The captured children as UTF-8, and the writer's other buffer, both handed over: the writer
    /// keeps neither.
    mutating func takeBuffers() -> (result: [UInt8], other: [UInt8]) {
        defer {
            raw = []
            escaped = []
        }
        return usesEscaped ? (escaped, raw) : (raw, escaped)
    }

    /// Whether text goes to the escaped rendering rather than the raw one.
    private var usesEscaped: Bool { !style.textOnly && (sawElement || style.alwaysEscape) }

    mutating func startElement(_ element: SAXElement) {
        if !sawElement, !style.textOnly, !style.alwaysEscape {
            // The first child element: the text so far was markup's character data after all.
            Self.appendEscaped(raw, quote: false, to: &escaped)
            raw.removeAll(keepingCapacity: true)
        }
        sawElement = true
        closePendingTag()
        if open.isEmpty, style.unwrapXHTMLDiv, !didUnwrap, element.isNamed("div", in: XMLNamespace.xhtml) {
            didUnwrap = true
            open.append(nil)
            return
        }
        let name = qualified(element.prefix, element.name)
        append("<" + name)
        for declaration in element.declarations {
            let attribute = declaration.prefix.map { "xmlns:" + $0 } ?? "xmlns"
            append(" \(attribute)=\"")
            Self.appendEscaped(Array(declaration.uri.utf8), quote: true, to: &escaped)
            append("\"")
        }
        for attribute in element.attributes {
            append(" \(qualified(attribute.prefix, attribute.name))=\"")
            Self.appendEscaped(Array(attribute.value.utf8), quote: true, to: &escaped)
            append("\"")
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
            append(pending.isVoid ? " />" : "></\(name)>")
        } else {
            append("</\(name)>")
        }
    }

    /// Character data (UTF-8 bytes as libxml2 hands them over).
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        closePendingTag()
        if usesEscaped {
            Self.appendEscaped(bytes, quote: false, to: &escaped)
        } else {
            raw.append(contentsOf: bytes)
        }
    }

    private mutating func append(_ text: String) {
        escaped.append(contentsOf: text.utf8)
    }

    private mutating func closePendingTag() {
        if pendingTag != nil {
            escaped.append(UInt8(ascii: ">"))
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

    /// Appends `bytes` escaped for XML character data, or for a double-quoted attribute value. Works on
    /// UTF-8 bytes: the characters to escape are all ASCII, so multi-byte sequences pass through whole.
    static func appendEscaped<Bytes: Collection>(_ bytes: Bytes, quote: Bool, to out: inout [UInt8])
        where Bytes.Element == UInt8
    {
        out.reserveCapacity(out.count + bytes.count)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where quote: out.append(contentsOf: "&quot;".utf8)
            default: out.append(byte)
            }
        }
    }
}
