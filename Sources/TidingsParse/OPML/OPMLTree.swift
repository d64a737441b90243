import CLibXML2

/// An OPML document held as a libxml2 tree: parsed strictly, walked by `OPMLDocument`, changed in
/// place by `OPMLEditor`.
///
/// Strict on purpose (no `XML_PARSE_RECOVER`): `feeds.opml` is the file of record for subscriptions,
/// and a half-read file (a save cut off mid-write) would look like "unsubscribe from everything after
/// line 40". Refusing it with the line number keeps the last good subscription list in force.
final class OPMLTree {
    let document: xmlDocPtr
    let root: OPMLNode
    /// The OPML file's own URL: relative `xmlUrl`s resolve against it.
    let baseURL: String?
    /// How errors name the file.
    let fileName: String

    /// No network, no entity expansion (`NOENT`), no DTD loading: entities are where XXE and
    /// billion-laughs attacks live. Errors are collected, never printed.
    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    private static let libraryReady: Void = xmlInitParser()

    init(parsing bytes: [UInt8], baseURL: String?) throws(OPMLError) {
        _ = Self.libraryReady
        self.baseURL = baseURL
        fileName = OPMLURL.displayName(of: baseURL)
        if let reason = OPMLSniff.notOPMLReason(bytes) {
            throw .notOPML(file: fileName, reason: reason)
        }
        guard bytes.count < Int(Int32.max) else {
            throw .notOPML(file: fileName, reason: "the file is larger than 2 GiB")
        }
        let log = OPMLErrorLog()
        // Errors raised outside a parser context (encoding, output) go to this thread's global
        // handler; a silent one keeps stderr clean.
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let context = xmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count))
                else { return nil }
                defer { xmlFreeParserCtxt(context) }
                _ = xmlCtxtUseOptions(context, Self.options)
                context.pointee._private = Unmanaged.passUnretained(log).toOpaque()
                context.pointee.sax.pointee.serror = { userData, error in
                    guard let userData, let error else { return }
                    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
                    guard let box = context.pointee._private else { return }
                    Unmanaged<OPMLErrorLog>.fromOpaque(box).takeUnretainedValue().record(error.pointee)
                }
                _ = xmlParseDocument(context)
                let document = context.pointee.myDoc
                context.pointee.myDoc = nil
                guard context.pointee.wellFormed != 0 else {
                    if let document { xmlFreeDoc(document) }
                    return nil
                }
                return document
            }
        }
        guard let parsed else {
            throw .malformed(file: fileName, line: log.line, message: log.message ?? "libxml2 gave no reason")
        }
        guard let rootPointer = xmlDocGetRootElement(parsed), OPMLNode(pointer: rootPointer).isElement(named: "opml")
        else {
            let rootName = xmlDocGetRootElement(parsed).map { OPMLNode(pointer: $0).name } ?? ""
            xmlFreeDoc(parsed)
            throw .notOPML(file: fileName, reason: "its root element is <\(rootName)>, not <opml>")
        }
        document = parsed
        root = OPMLNode(pointer: rootPointer)
    }

    deinit { xmlFreeDoc(document) }

    var body: OPMLNode? { root.element(named: "body") }

    /// Calls `visit` for every `<outline>` under `<body>`, in document order, with the labels of the
    /// enclosing folders (outermost first). Folders without a label add no level.
    func forEachOutline(_ visit: (OPMLNode, [String]) -> Void) {
        guard let body else { return }
        walk(body, folder: [], visit)
    }

    /// The document as UTF-8 bytes, unindented so that untouched lines keep their original spacing.
    func serialized() throws(OPMLError) -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(document, &memory, &size, "UTF-8", 0)
        guard let memory, size > 0 else {
            throw .unwritable(file: fileName, reason: "libxml2 could not serialise the document")
        }
        defer { tidings_xml_free(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }

    private func walk(_ node: OPMLNode, folder: [String], _ visit: (OPMLNode, [String]) -> Void) {
        for child in node.elements where child.isElement(named: "outline") {
            visit(child, folder)
            let inner = child.isFolder ? folder + (child.label.map { [$0] } ?? []) : folder
            walk(child, folder: inner, visit)
        }
    }
}

/// The first error libxml2 reported while parsing: later ones are usually echoes of it.
private final class OPMLErrorLog {
    var line: Int?
    var message: String?

    func record(_ error: xmlError) {
        guard message == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        message = error.message.map { OPMLURL.cleaned(String(cString: $0)) ?? "" } ?? "unknown error"
        line = error.line > 0 ? Int(error.line) : nil
    }
}
