/// A document's bytes made ready for the byte scanners and libxml2: whatever it was written in, it is
/// now UTF-8, valid throughout, and its XML declaration (or `<meta charset>`) says so. Every document
/// therefore takes one path through entity repair, sniffing and libxml2, and no invalid UTF-8 can
/// reach a Swift `String` further on.
struct PreparedDocument {
    /// The document as valid UTF-8, byte-order mark removed.
    let bytes: [UInt8]
    /// The encoding the original bytes were decoded with, as `parse --json` reports it.
    let encoding: String
    /// What was wrong with the document's encoding or its labelling, for `bozo`; nil when nothing was.
    let encodingProblem: EncodingProblem?

    /// Always true now that every document is transcoded to UTF-8 up front; kept so the byte scanners
    /// still state the condition they rely on.
    var isASCIICompatible: Bool { true }

    /// Prepares `original`. `contentType` is the HTTP `Content-Type`; its `charset`, if any, is weighed
    /// against the document's own declaration (see `DocumentDecoder`).
    init(_ original: [UInt8], contentType: String? = nil) {
        let decoded = DocumentDecoder.decode(original, httpLabel: Charset.label(inContentType: contentType))
        bytes = EncodingDeclaration.declaringUTF8(decoded.utf8)
        encoding = decoded.encoding
        encodingProblem = decoded.problem
    }
}
