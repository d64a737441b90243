import CLibXML2

/// The state of one SAX read, reached from libxml2's capture-less callbacks through the user-data
/// pointer. Keeps the stack of open elements (for `xml:base`, `xml:lang` and text), and the markup
/// writer while an element's children are being captured.
final class SAXSession {
    private let handler: any XMLEventHandler
    private let documentURL: String?
    private var open: [OpenElement] = []
    private var writer: MarkupWriter?
    /// Elements opened beyond `maximumDepth` and not yet closed: ignored, their text kept.
    private var ignoredDepth = 0
    var errors = XMLErrorLog()

    /// How deep elements may nest. Real feeds stay under 20 levels; a hostile document nested
    /// thousands deep would otherwise cost memory and time in every stack that follows it.
    static let maximumDepth = 256

    private struct OpenElement {
        let element: SAXElement
        /// Character data as UTF-8 bytes, decoded once when the element closes.
        var text: [UInt8] = []
    }

    init(handler: any XMLEventHandler, documentURL: String?) {
        self.handler = handler
        self.documentURL = documentURL
    }

    /// The session behind a callback's user-data pointer.
    static func from(_ context: UnsafeMutableRawPointer?) -> SAXSession? {
        context.map { Unmanaged<SAXSession>.fromOpaque($0).takeUnretainedValue() }
    }

    func doctype(name: String?, publicID: String?, systemID: String?) {
        handler.didReadDoctype(name: name, publicID: publicID, systemID: systemID)
    }

    func startElement(_ element: SAXElementParts) {
        if ignoredDepth > 0 || open.count + (writer?.depth ?? 0) >= Self.maximumDepth {
            if ignoredDepth == 0 {
                errors.note("elements nest deeper than \(Self.maximumDepth) levels; deeper markup was flattened",
                            line: nil)
            }
            ignoredDepth += 1
            return
        }
        let parent = open.last?.element
        let built = element.build(parentBase: parent?.base ?? documentURL,
                                  parentHasExplicitBase: parent?.hasExplicitBase ?? false,
                                  parentLanguage: parent?.language)
        if writer != nil {
            writer?.startElement(built)
            return
        }
        let depth = open.count
        open.append(OpenElement(element: built))
        if case .markup(let style) = handler.didStart(built, depth: depth) {
            writer = MarkupWriter(style: style)
        }
    }

    func endElement() {
        if ignoredDepth > 0 {
            ignoredDepth -= 1
            return
        }
        if let current = writer, current.depth > 0 {
            writer?.endElement()
            return
        }
        guard let closing = open.popLast() else { return }
        let text: String
        if let current = writer {
            text = current.result
            writer = nil
        } else {
            text = String(decoding: closing.text, as: UTF8.self)
        }
        handler.didEnd(closing.element, text: text, depth: open.count)
    }

    func characters(_ pointer: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard let pointer, length > 0 else { return }
        let bytes = UnsafeBufferPointer(start: pointer, count: Int(length))
        if writer != nil {
            writer?.characters(bytes)
        } else if !open.isEmpty {
            open[open.count - 1].text.append(contentsOf: bytes)
        }
    }

    /// Closes whatever a truncated document left open, innermost first, so the handlers see what was
    /// read of the last item rather than losing it.
    func finish() {
        if let innermost = open.last {
            errors.noteTruncation(inside: innermost.element.name)
        }
        errors.endInput()
        while writer != nil || !open.isEmpty {
            endElement()
        }
    }
}
