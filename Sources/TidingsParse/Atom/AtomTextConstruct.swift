import Foundation
import TidingsModel

/// Atom text constructs (`title`, `subtitle`, `rights`, `summary`, `content`): the `type` attribute,
/// and Atom 0.3's `mode`, decide how the children are captured and what the value means.
struct AtomTextConstruct {
    /// `text`, `html`, `xhtml`, or a media type for other content.
    let type: String
    private let isBase64: Bool
    /// Atom 0.3 `mode="escaped"`: the value is escaped markup, whatever the type says.
    private let isEscaped: Bool
    /// Atom 0.3 `mode="xml"`: inline XML even when the type is `text/html`.
    private let isInlineXML: Bool
    private let keepsWrappingDiv: Bool

    /// What is passed for an element that is no text construct: nothing reads it.
    static let unread = AtomTextConstruct()

    private init() {
        type = "text"
        isBase64 = false
        isEscaped = false
        isInlineXML = false
        keepsWrappingDiv = false
    }

    init(_ element: SAXElement, isAtom03: Bool) {
        let declared = TextValue.clean(element.attribute("type"))?.lowercased()
        switch declared {
        case nil, "text", "text/plain": type = "text"
        case "html", "text/html": type = "html"
        case "xhtml", "application/xhtml+xml": type = "xhtml"
        case let other?: type = other
        }
        let mode = isAtom03 ? TextValue.clean(element.attribute("mode"))?.lowercased() : nil
        isBase64 = mode == "base64"
        isEscaped = mode == "escaped"
        isInlineXML = mode == "xml"
        // Atom 0.3 `mode="xml"` (its default) keeps the wrapping div; Atom 1.0 drops it.
        keepsWrappingDiv = isAtom03
    }

    /// XML media types other than XHTML are inline XML too (RFC 4287 §4.1.3.3).
    private var isXML: Bool {
        guard !isEscaped, !isBase64 else { return false }
        return isInlineXML || type == "xhtml" || type.hasSuffix("+xml") || type.hasSuffix("/xml")
    }

    var childContent: ChildContent {
        .markup(MarkupStyle(alwaysEscape: isXML, unwrapXHTMLDiv: type == "xhtml" && !keepsWrappingDiv,
                            textOnly: type == "text"))
    }

    /// The value as a text, decoded from base64 for Atom 0.3 `mode="base64"`.
    func text(_ value: ElementText, at element: SAXElement) -> FeedText? {
        guard isBase64 else { return FeedValues.text(value, type: type, at: element) }
        var decoded = value.string
        if let data = Data(base64Encoded: TextValue.trim(decoded), options: .ignoreUnknownCharacters) {
            decoded = String(decoding: data, as: UTF8.self)
        }
        return FeedValues.text(decoded, type: type, at: element)
    }

    /// Entry content: the text, or a pointer to content held elsewhere (`src`).
    func content(_ value: ElementText, at element: SAXElement) -> FeedContent? {
        let source = FeedValues.url(element.attribute("src"), base: element.base)
        if let text = text(value, at: element) { return FeedContent(text: text, src: source) }
        guard let source else { return nil }
        return FeedContent(text: FeedText(type: type, value: "", language: element.language, base: element.base),
                           src: source)
    }
}
