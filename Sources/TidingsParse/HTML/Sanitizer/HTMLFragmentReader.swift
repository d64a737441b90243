import CLibXML2

/// Runs a prepared fragment through libxml2's forgiving HTML parser, as SAX events (no tree is
/// built), into a `SanitizingWriter` (or, in tests, any `FragmentEventSink`).
///
/// Nesting is capped at `maximumDepth` open elements: libxml2 compares every end tag with each open
/// element, so `<i>` ten thousand deep followed by ten thousand stray `</b>` costs depth × tags. Past
/// the cap the parser is stopped and the rest of the fragment dropped; real posts nest a few dozen
/// deep (browsers stop nesting at 512 too).
enum HTMLFragmentReader {
    static let maximumDepth = 512

    /// RECOVER reads broken markup; NONET forbids fetching; NOERROR and NOWARNING keep libxml2 quiet;
    /// NOIMPLIED stops it inventing `html`/`body`/`p` (the input brings its own wrapper); IGNORE_ENC stops
    /// a `<meta charset>` inside a post from re-decoding text that is already UTF-8.
    private static let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
        | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOIMPLIED.rawValue
        | HTML_PARSE_IGNORE_ENC.rawValue)

    static func read(_ bytes: [UInt8], into writer: any FragmentEventSink) {
        LibXML.prepareThread()
        var sax = htmlSAXHandler()
        sax.initialized = LibXML.sax2Magic
        sax.startElement = { context, name, attributes in
            guard let context, let name else { return }
            let session = HTMLFragmentReader.session(context)
            session.writer.startElement(LibXML.string(name) ?? "", policy: nil) { HTMLFragmentReader.attributes(attributes) }
            if session.writer.depth > HTMLFragmentReader.maximumDepth, let parser = session.parser {
                xmlStopParser(parser)
            }
        }
        sax.endElement = { context, name in
            guard let context, let name else { return }
            HTMLFragmentReader.session(context).writer.endElement(LibXML.string(name) ?? "")
        }
        sax.characters = { context, characters, length in
            guard let context, let characters, length > 0 else { return }
            HTMLFragmentReader.session(context).writer.characters(UnsafeBufferPointer(start: characters, count: Int(length)))
        }
        // Whitespace between blocks, and script or style text (dropped by the writer anyway).
        sax.ignorableWhitespace = sax.characters
        sax.cdataBlock = sax.characters
        // Comments and processing instructions have no handler: they are dropped.
        sax.serror = { _, _ in }
        let session = Session(writer: writer)
        let userData = Unmanaged.passUnretained(session).toOpaque()
        withExtendedLifetime(session) {
            bytes.withUnsafeBytes { buffer in
                guard let start = buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
                      let context = htmlCreatePushParserCtxt(&sax, userData, nil, 0, nil, XML_CHAR_ENCODING_UTF8)
                else { return }
                session.parser = context
                defer {
                    if let document = context.pointee.myDoc { xmlFreeDoc(document) }
                    htmlFreeParserCtxt(context)
                }
                htmlCtxtUseOptions(context, options)
                htmlParseChunk(context, start, Int32(clamping: buffer.count), 1)
            }
        }
    }

    /// What the C callbacks reach through libxml2's user-data pointer.
    private final class Session {
        let writer: any FragmentEventSink
        var parser: htmlParserCtxtPtr?

        init(writer: any FragmentEventSink) {
            self.writer = writer
        }
    }

    private static func session(_ context: UnsafeMutableRawPointer) -> Session {
        Unmanaged<Session>.fromOpaque(context).takeUnretainedValue()
    }

    /// libxml2's NULL-terminated name/value list; a nil value is an attribute written without one.
    private static func attributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?)
        -> [(name: String, value: String?)] {
        guard let list else { return [] }
        var result: [(name: String, value: String?)] = []
        var index = 0
        while let name = list[index] {
            result.append((LibXML.string(name) ?? "", LibXML.string(list[index + 1])))
            index += 2
        }
        return result
    }
}
