import CLibXML2

/// What libxml2 complained about while reading one document: enough to set `bozo` with a short,
/// human-readable reason.
struct XMLErrorLog {
    /// The first error worth reporting, already phrased for `bozo_message`.
    private(set) var firstMessage: String?
    /// How many errors (not warnings) libxml2 raised.
    private(set) var errorCount = 0
    /// True when the declared encoding was not one libxml2 could decode with.
    private(set) var unsupportedEncoding = false

    var isEmpty: Bool { errorCount == 0 }

    /// Records one libxml2 error. Warnings are ignored: they do not make a document ill-formed.
    mutating func record(_ error: UnsafePointer<xmlError>) {
        let details = error.pointee
        guard details.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        errorCount += 1
        if details.code == Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue) {
            unsupportedEncoding = true
        }
        guard firstMessage == nil else { return }
        let message = LibXML.string(UnsafeRawPointer(details.message)?.assumingMemoryBound(to: xmlChar.self))
        let text = TextValue.clean(message) ?? "unknown error"
        let kind = details.domain == Int32(XML_FROM_NAMESPACE.rawValue) ? "namespace error" : "not well-formed"
        firstMessage = details.line > 0 ? "\(kind): \(text) (line \(details.line))" : "\(kind): \(text)"
    }

    /// Records a problem found outside libxml2 (a repaired `&`, an entity left unexpanded).
    mutating func note(_ message: String) {
        errorCount += 1
        if firstMessage == nil { firstMessage = message }
    }
}
