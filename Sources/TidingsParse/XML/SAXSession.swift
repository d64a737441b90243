import CLibXML2

/// The state of one SAX read, reached from libxml2's capture-less callbacks through the user-data
/// pointer. Keeps the stack of open elements (for `xml:base`, `xml:lang` and text), and the markup
/// writer while an element's children are being captured.
final class SAXSession {
    // A session serves one document on one thread, and libxml2 calls back one event at a time, so no
    // two accesses to its state overlap: the run-time exclusivity checks are left out.
    private let handler: any XMLEventHandler
    private let documentURL: String?
    @exclusivity(unchecked) private var open: [OpenElement] = []
    /// The character data of every open element, outermost first: an element's text starts at its
    /// `textStart` and runs to the end, since a child's text is taken off when the child closes.
    @exclusivity(unchecked) private var text: [UInt8] = []
    @exclusivity(unchecked) private var writer: MarkupWriter?
    /// Emptied buffers of finished markup writers, for the next ones.
    @exclusivity(unchecked) private var spareBuffers: [[UInt8]] = []
    @exclusivity(unchecked) private var names = XMLNameCache()
    /// Elements opened beyond `maximumDepth` and not yet closed: ignored, their text kept.
    @exclusivity(unchecked) private var ignoredDepth = 0
    var errors = XMLErrorLog()

    /// How deep elements may nest. Real feeds stay under 20 levels; a hostile document nested
    /// thousands deep would otherwise cost memory and time in every stack that follows it.
    static let maximumDepth = 256

    private struct OpenElement {
        let element: SAXElement
        /// Where the element's character data starts in `text` (UTF-8, decoded once when it closes).
        let textStart: Int
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
        // The parent's fields are read in place: `open.last?.element` would copy the whole element.
        let built: SAXElement
        if let parent = open.indices.last {
            built = element.build(parentBase: open[parent].element.base,
                                  parentHasExplicitBase: open[parent].element.hasExplicitBase,
                                  parentLanguage: open[parent].element.language, names: &names)
        } else {
            built = element.build(parentBase: documentURL, parentHasExplicitBase: false, parentLanguage: nil,
                                  names: &names)
        }
        if writer != nil {
            writer?.startElement(built)
            return
        }
        let depth = open.count
        let content = handler.didStart(built, depth: depth)
        open.append(OpenElement(element: built, textStart: text.count))
        if case .markup(let style) = content {
            writer = MarkupWriter(style: style, buffers: (spareBuffers.popLast() ?? [], spareBuffers.popLast() ?? []))
        }
    }

    func endElement() {
        if ignoredDepth > 0 {
            ignoredDepth -= 1
            return
        }
        if let depth = writer?.depth, depth > 0 {
            writer?.endElement()
            return
        }
        guard let closing = open.popLast() else { return }
        if var current = writer.take() {
            var (result, other) = current.takeBuffers()
            text.removeSubrange(closing.textStart...)
            handler.didEnd(closing.element, text: ElementText(capturedUTF8: result), depth: open.count)
            recycle(&result)
            recycle(&other)
            return
        }
        let value = ElementText(text.withUnsafeBufferPointer { all in
            String(decoding: UnsafeBufferPointer(rebasing: all[closing.textStart...]), as: UTF8.self)
        })
        text.removeSubrange(closing.textStart...)
        handler.didEnd(closing.element, text: value, depth: open.count)
    }

    /// Keeps a markup writer's buffer, emptied, for the next captured element: long contents then
    /// grow one buffer once instead of a new one each time. (Nothing keeps the captured bytes past
    /// `didEnd`; if something did, emptying makes a fresh buffer and theirs stays as it was.)
    private func recycle(_ buffer: inout [UInt8]) {
        guard spareBuffers.count < 4, buffer.capacity > 0 else { return }
        buffer.removeAll(keepingCapacity: true)
        spareBuffers.append(buffer)
    }

    func characters(_ pointer: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard let pointer, length > 0 else { return }
        let bytes = UnsafeBufferPointer(start: pointer, count: Int(length))
        if writer != nil {
            writer?.characters(bytes)
        } else if !open.isEmpty {
            text.append(contentsOf: bytes)
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
