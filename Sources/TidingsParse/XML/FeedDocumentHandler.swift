/// Picks the format parser when the root element arrives and forwards every event to it.
final class FeedDocumentHandler: XMLEventHandler {
    private let documentURL: String?
    private var doctypePublicID: String?
    /// The parser for the document's format, once the root element said which.
    private(set) var parser: (any FeedFormatParser)?
    /// The root element, whatever it was.
    private(set) var root: SAXElement?

    /// Every format parser, asked in turn whether the root element is theirs.
    private static var formats: [any FeedFormatParser.Type] { [RSSParser.self, AtomParser.self] }

    init(documentURL: String?) {
        self.documentURL = documentURL
    }

    func didReadDoctype(name: String?, publicID: String?, systemID: String?) {
        doctypePublicID = publicID
    }

    func didStart(_ element: SAXElement, depth: Int) -> ChildContent {
        if depth == 0, root == nil {
            root = element
            parser = Self.formats.lazy.compactMap {
                $0.init(root: element, doctypePublicID: self.doctypePublicID, documentURL: self.documentURL)
            }.first
        }
        return parser?.didStart(element, depth: depth) ?? .elements
    }

    func didEnd(_ element: SAXElement, text: ElementText, depth: Int) {
        parser?.didEnd(element, text: text, depth: depth)
    }
}
