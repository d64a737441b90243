import CLibXML2

/// Process-wide libxml2 set-up, and the per-thread silencing of its error channels.
enum LibXML {
    /// `xmlInitParser()` must run once before any parser is created; a lazy static runs it exactly once.
    private static let initialised: Void = { xmlInitParser() }()

    /// The parse options every XML read uses. RECOVER keeps going past broken markup (feeds are often
    /// broken); NONET forbids fetching anything; NOERROR/NOWARNING keep libxml2 from printing. NOENT and
    /// DTDLOAD are deliberately absent: entity expansion is the XXE and billion-laughs door.
    static let xmlOptions = Int32(bitPattern: XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue
        | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// The same policy for the HTML parser used on web pages.
    static let htmlOptions = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
        | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)

    /// The SAX handler marker that makes libxml2 call `startElementNs` and `serror`.
    static let sax2Magic = UInt32(truncatingIfNeeded: XML_SAX2_MAGIC)

    /// Call before parsing on the current thread. Errors raised without a parser context (encoding
    /// conversion, I/O) bypass the handler's `serror` and would reach stderr even with NOERROR; libxml2
    /// keeps these channels per thread, so they are pointed at sinks that print nothing.
    static func prepareThread() {
        _ = initialised
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        tidings_xml_silence_generic_errors()
    }

    /// Runs `body` with `text` as a NUL-terminated `xmlChar` string.
    static func withXMLString<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        text.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body)
        }
    }

    /// A Swift string from libxml2's UTF-8 text; invalid bytes are repaired rather than trusted.
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(decoding: UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0))), as: UTF8.self) }
    }

    /// A Swift string from a byte range `[start, end)` as SAX2 hands over attribute values.
    static func string(from start: UnsafePointer<xmlChar>?, to end: UnsafePointer<xmlChar>?) -> String {
        guard let start, let end, end > start else { return "" }
        return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
    }
}
