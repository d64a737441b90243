/// How the SAX reader should deliver an element's children.
enum ChildContent {
    /// Report each child element to the handler (the normal case).
    case elements
    /// Collect the children as one markup string, handed over as the element's text: for text
    /// constructs that may hold XHTML or unescaped HTML.
    case markup(MarkupStyle)
}

/// How captured children are written out.
struct MarkupStyle {
    /// Escape character data even when no child element appears, because the value is XML (Atom
    /// `xhtml`). Otherwise plain character data is handed over as it came (escaped HTML, CDATA).
    var alwaysEscape = false
    /// Leave out a wrapping XHTML `<div>`: Atom 1.0 `type="xhtml"` puts one around the content.
    var unwrapXHTMLDiv = false
    /// Keep only the character data, dropping tags: for plain-text values (an RSS `<title>` with
    /// `<i>` pasted in) where markup would be taken for text.
    var textOnly = false

    init(alwaysEscape: Bool = false, unwrapXHTMLDiv: Bool = false, textOnly: Bool = false) {
        self.alwaysEscape = alwaysEscape
        self.unwrapXHTMLDiv = unwrapXHTMLDiv
        self.textOnly = textOnly
    }
}

/// Receives a document's elements from `SAXReader`. Depth 0 is the root element.
protocol XMLEventHandler: AnyObject {
    /// The document type declaration, if the document has one (it precedes the root element).
    func didReadDoctype(name: String?, publicID: String?, systemID: String?)
    /// An element opened; the answer says how its children arrive.
    func didStart(_ element: SAXElement, depth: Int) -> ChildContent
    /// An element closed (or was still open at the end of a truncated document). `text` is its own
    /// character data, or its serialised children when `didStart` asked for `.markup`.
    func didEnd(_ element: SAXElement, text: ElementText, depth: Int)
}

extension XMLEventHandler {
    func didReadDoctype(name: String?, publicID: String?, systemID: String?) {}
}
