import CLibXML2

/// What went wrong while reading one document, reduced to `bozo` and a short, human-readable reason:
/// the problem nearest the start of the document.
struct XMLErrorLog {
    /// The earliest problem, already phrased for `bozo_message`.
    private(set) var firstMessage: String?
    private var firstLine = Int.max
    /// How many errors (not warnings) were seen.
    private(set) var errorCount = 0
    /// True when the declared encoding was not one libxml2 could decode with.
    private(set) var unsupportedEncoding = false
    /// Set while libxml2 finishes the input: its complaints then are usually about the document simply
    /// stopping, which `noteTruncation` says better.
    private var atEndOfInput = false
    private var endOfInput: (message: String, line: Int)?

    var isEmpty: Bool { errorCount == 0 }

    /// Records one libxml2 error. Warnings are ignored: they do not make a document ill-formed.
    mutating func record(_ error: UnsafePointer<xmlError>) {
        let details = error.pointee
        guard details.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        errorCount += 1
        if details.code == Int32(XML_ERR_UNSUPPORTED_ENCODING.rawValue) {
            unsupportedEncoding = true
        }
        let message = LibXML.string(UnsafeRawPointer(details.message)?.assumingMemoryBound(to: xmlChar.self))
        // Some messages go on with a second line of byte dumps; the first line says what matters.
        let text = TextValue.clean(message?.split(separator: "\n").first) ?? "unknown error"
        let kind = details.domain == Int32(XML_FROM_NAMESPACE.rawValue) ? "namespace error" : "not well-formed"
        let line = Int(details.line)
        let phrased = line > 0 ? "\(kind): \(text) (line \(line))" : "\(kind): \(text)"
        if atEndOfInput {
            if endOfInput == nil { endOfInput = (phrased, line > 0 ? line : Int.max) }
        } else {
            consider(phrased, line: line > 0 ? line : Int.max)
        }
    }

    /// Records a problem found outside libxml2 (a repaired `&`, an undefined entity).
    mutating func note(_ message: String, line: Int?) {
        errorCount += 1
        consider(message, line: line ?? Int.max)
    }

    mutating func beginEndOfInput() {
        atEndOfInput = true
    }

    /// The document ended with `element` still open: a truncated download, most likely.
    mutating func noteTruncation(inside element: String) {
        let line = endOfInput?.line
        endOfInput = nil
        note("not well-formed: document ends inside <\(element)>" + (line.map { " (line \($0))" } ?? ""),
             line: line)
    }

    /// Keeps libxml2's own end-of-input complaint when no truncation explained it.
    mutating func endInput() {
        if let endOfInput { consider(endOfInput.message, line: endOfInput.line) }
        endOfInput = nil
        atEndOfInput = false
    }

    private mutating func consider(_ message: String, line: Int) {
        if firstMessage == nil || line < firstLine {
            firstMessage = message
            firstLine = line
        }
    }
}
