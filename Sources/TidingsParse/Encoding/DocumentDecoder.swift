/// Decides which encoding a document is in and decodes it to UTF-8. The order, and why, is in
/// `Docs/encodings.md`:
///
/// 1. A byte-order mark wins; 2. so does the zero-byte layout of UTF-16/32 without one; 3. the HTTP
/// charset beats the document's own label (RFC 7303) unless the bytes refute it; 4. the XML
/// declaration (or a web page's `<meta charset>`); 5. UTF-8. Bytes invalid in the chosen encoding are
/// mended, and every fault in the document's own labelling is reported as an `EncodingProblem`.
enum DocumentDecoder {
    struct Result {
        /// The document as UTF-8; its declaration still names the original encoding.
        var utf8: [UInt8]
        /// The lowercase IANA name of the encoding used.
        var encoding: String
        /// The fault nearest the start of the document, if there was one.
        var problem: EncodingProblem?
    }

    /// Where the encoding that was used came from; it words the problem reports.
    private enum Source {
        case byteOrderMark, bytePattern, http, declaration, byDefault

        func subject(_ name: String) -> String {
            switch self {
            case .byteOrderMark: "document marked \(name) by its byte-order mark"
            case .bytePattern: "document detected as \(name)"
            case .http: "document served as \(name)"
            case .declaration: "document declared \(name)"
            case .byDefault: "document is \(name) by default"
            }
        }
    }

    /// `bytes` as UTF-8. `httpLabel` is the `charset` of the HTTP `Content-Type`, if there was one.
    static func decode(_ bytes: [UInt8], httpLabel: String?) -> Result {
        if let mark = EncodingDetector.byteOrderMark(of: bytes) {
            return decodeFixed(bytes, from: mark.length, as: mark.charset, source: .byteOrderMark)
        }
        if let wide = EncodingDetector.wideEncoding(of: bytes) {
            return decodeFixed(bytes, from: 0, as: wide, source: .bytePattern)
        }
        return decodeLabelled(bytes, httpLabel: httpLabel)
    }

    /// The bytes themselves name the encoding; a declaration saying otherwise is the document's fault.
    /// An HTTP charset is not consulted: it cannot be right for bytes laid out like these.
    private static func decodeFixed(_ bytes: [UInt8], from offset: Int, as charset: Charset,
                                    source: Source) -> Result {
        let decoded = CharsetDecoder.decode(bytes, from: offset, as: charset)
        var problems = [faultProblem(decoded, source: source, charset: charset)].compactMap { $0 }
        if let label = EncodingDeclaration.label(in: decoded.utf8),
           !(Charset.named(label).map(charset.agrees) ?? false) {
            let evidence = source == .byteOrderMark ? "byte-order mark says" : "byte layout says"
            problems.append(EncodingProblem("\(evidence) \(charset.name) but document declared "
                + EncodingDetector.normalise(label), line: 1))
        }
        return Result(utf8: decoded.utf8, encoding: decoded.encoding, problem: EncodingProblem.earliest(problems))
    }

    /// An ASCII-compatible document: weigh the HTTP charset against the document's own label.
    private static func decodeLabelled(_ bytes: [UInt8], httpLabel: String?) -> Result {
        var problems: [EncodingProblem] = []
        let label = EncodingDeclaration.label(in: bytes)
        var declared = label.flatMap(Charset.named)
        // Worded once the encoding used is known: the HTTP charset may still step in.
        var unusableDeclaration: String?
        if let label, declared == nil {
            unusableDeclaration = "unknown encoding \"\(label)\" declared"
        } else if let wide = declared, wide.isWide {
            unusableDeclaration = "document declared \(wide.name) but is not encoded so"
            declared = nil
        }
        let own = declared ?? .utf8
        let ownSource: Source = declared == nil ? .byDefault : .declaration
        var chosen = (charset: own, source: ownSource)
        var decoded: CharsetDecoder.Decoded?
        if let served = httpLabel.flatMap(Charset.named), !served.isWide, !served.agrees(with: own),
           servedCharsetMatters(bytes, served, own) {
            let ownDecoded = CharsetDecoder.decode(bytes, as: own)
            let ownFits = ownDecoded.isClean && (own == .utf8 || served.isServerDefault)
            let servedDecoded = ownFits ? nil : CharsetDecoder.decode(bytes, as: served)
            if let servedDecoded, servedDecoded.isClean || !ownDecoded.isClean {
                chosen = (served, .http)
                decoded = servedDecoded
                if let declared {
                    problems.append(EncodingProblem("document declared \(declared.name) but was served as "
                        + served.name, line: 1))
                }
            } else {
                decoded = ownDecoded
            }
        }
        let result = decoded ?? CharsetDecoder.decode(bytes, as: chosen.charset)
        if let unusableDeclaration {
            problems.append(EncodingProblem("\(unusableDeclaration), read as \(result.encoding)", line: 1))
        }
        problems += [faultProblem(result, source: chosen.source, charset: chosen.charset)].compactMap { $0 }
        return Result(utf8: result.utf8, encoding: result.encoding, problem: EncodingProblem.earliest(problems))
    }

    /// False when both encodings give the same text: plain ASCII bytes, and neither one shifts state
    /// with escape sequences. The document's own label is then kept, and no conflict reported.
    private static func servedCharsetMatters(_ bytes: [UInt8], _ served: Charset, _ own: Charset) -> Bool {
        if served.isStateful || own.isStateful { return true }
        return bytes.contains { $0 >= 0x80 }
    }

    /// The fault in the decoded bytes, worded after where the encoding came from.
    private static func faultProblem(_ decoded: CharsetDecoder.Decoded, source: Source,
                                     charset: Charset) -> EncodingProblem? {
        guard let (kind, offset) = decoded.fault else { return nil }
        let line = decoded.utf8[..<offset].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let subject = source.subject(charset.name)
        switch kind {
        case .windows1252Bytes: return EncodingProblem("\(subject) but contains windows-1252 bytes", line: line)
        case .nonASCII: return EncodingProblem("\(subject) but contains non-ASCII bytes", line: line)
        case .invalidBytes: return EncodingProblem("\(subject) but contains bytes invalid in it", line: line)
        case .noConverter:
            return EncodingProblem("no converter for \(charset.name) on this system, read as utf-8", line: 1)
        }
    }
}
