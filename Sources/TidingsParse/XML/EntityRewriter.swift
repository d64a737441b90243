import Foundation

/// Repairs ampersands in a document's bytes before libxml2 reads it.
///
/// Feeds are full of `&nbsp;`, `&eacute;` and `&rsquo;` with no DTD to define them, of `&copy` without
/// its semicolon, `&#150;` meaning an en dash, and of bare `&` (`AT&T`, `?a=1&b=2`). libxml2 in
/// recover mode drops an undefined reference and the characters around a bare `&`, and version 2.9
/// then drops every later entity reference in the document, `&amp;` included. So every reference is
/// read as HTML5 reads it (`CharacterReference`: the full WHATWG name list, numbers mended) and
/// rewritten into decimal numeric references, which libxml2 always decodes; a bare `&` becomes
/// `&#38;`, and an unknown name is kept as literal text. The result never defines or expands a
/// document-declared entity: `&xxe;` and `&lol9;` stay text. Each repair is reported (the first one
/// becomes `bozo_message`); HTML entities count as a fault only in a document without a DOCTYPE, whose
/// DTD could have declared them.
///
/// Works on bytes: `PreparedDocument` has already turned every document into UTF-8, where the byte
/// 0x26 is always `&`. CDATA sections, comments, processing instructions and the DOCTYPE are copied
/// untouched.
enum EntityRewriter {
    struct Result {
        var bytes: [UInt8]
        /// The first repair, phrased for `bozo_message`, and its line (1-based).
        var firstProblem: (message: String, line: Int)?
        /// True once a DOCTYPE was passed: its DTD may declare the HTML entities, so using them is
        /// then no fault of the document.
        fileprivate var sawDoctype = false
    }

    static func rewrite(_ input: [UInt8]) -> Result {
        input.withUnsafeBufferPointer { buffer in
            // Most documents have references; one without a `&` is handed on as it is.
            guard let base = buffer.baseAddress, memchr(base, Int32(ampersand), buffer.count) != nil else {
                return Result(bytes: input)
            }
            return rewrite(input, buffer)
        }
    }

    /// The scan: only a `&` changes the output, so the bytes between two of them are copied as one
    /// run. A `<` matters only when a verbatim section starts there (`<!` or `<?`), whose end is then
    /// looked up and skipped whole; every other `<` is ordinary text to this pass.
    private static func rewrite(_ input: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>) -> Result {
        var result = Result(bytes: [])
        var out: [UInt8] = []
        out.reserveCapacity(buffer.count + buffer.count / 64 + 256)
        let count = buffer.count
        var copied = 0
        var index = 0
        while true {
            index = ByteScan.first(in: buffer, from: index, to: count, block: { block in
                ByteScan.equal(block, ampersand) | ByteScan.equal(block, lessThan)
            }, byte: { $0 == ampersand || $0 == lessThan })
            guard index < count else { break }
            if buffer[index] == lessThan {
                let next = index + 1 < count ? buffer[index + 1] : 0
                guard next == UInt8(ascii: "!") || next == UInt8(ascii: "?"),
                      let end = MarkupSkipper.endOfVerbatimSection(in: buffer, at: index) else {
                    index += 1
                    continue
                }
                if MarkupSkipper.hasPrefix(buffer, at: index, "<!DOCTYPE", caseInsensitive: true) {
                    result.sawDoctype = true
                }
                index = end
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied..<index]))
                index = rewriteReference(in: input, buffer, at: index, into: &out, result: &result)
                copied = index
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied..<count]))
        result.bytes = out
        return result
    }

    /// Writes the reference starting at `input[start]` (an `&`) and returns the index after it.
    private static func rewriteReference(in input: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, at start: Int,
                                         into out: inout [UInt8], result: inout Result) -> Int {
        // The five XML entities, written as they should be, are most of the references in a feed:
        // they need no lookup and raise no problem.
        if let (end, number) = predefinedEntity(in: buffer, at: start) {
            number.withUTF8Buffer { out.append(contentsOf: $0) }
            return end
        }
        let reference = CharacterReference.read(input, at: start)
        switch reference.kind {
        case .characters(let characters, let issue):
            for scalar in characters.unicodeScalars {
                appendNumericReference(scalar.value, to: &out)
            }
            switch issue {
            case .htmlName(let name)? where !result.sawDoctype:
                note("undefined entity &\(name); read as HTML", in: input, at: start, result: &result)
            case .missingSemicolon(let written)?:
                note("reference \(written) without ';' read as HTML", in: input, at: start, result: &result)
            case .invalidNumber(let written)?:
                note("invalid character reference \(written) replaced", in: input, at: start, result: &result)
            case .htmlName?, nil:
                break
            }
        case .unknownName(let name):
            // A DOCTYPE may declare it, but document-declared entities are never expanded.
            let problem = result.sawDoctype ? "entity &\(name); not expanded" : "undefined entity &\(name);"
            note(problem + ", kept as text", in: input, at: start, result: &result)
            out.append(contentsOf: escapedAmpersand)
            out.append(contentsOf: input[(start + 1)..<reference.end])
        case .bareAmpersand:
            note("unescaped '&'", in: input, at: start, result: &result)
            out.append(contentsOf: escapedAmpersand)
        }
        return reference.end
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;` or `&apos;` at `start`: the index after it and its decimal
    /// reference (what the general path writes for them too).
    @inline(__always)
    private static func predefinedEntity(in buffer: UnsafeBufferPointer<UInt8>, at start: Int)
        -> (Int, StaticString)? {
        let available = buffer.count - start
        guard available >= 4, let base = buffer.baseAddress else { return nil }
        let first = base[start + 1], second = base[start + 2], third = base[start + 3]
        if third == UInt8(ascii: ";"), second == UInt8(ascii: "t") {
            if first == UInt8(ascii: "l") { return (start + 4, "&#60;") }
            if first == UInt8(ascii: "g") { return (start + 4, "&#62;") }
            return nil
        }
        guard available >= 5 else { return nil }
        let fourth = base[start + 4]
        if first == UInt8(ascii: "a"), second == UInt8(ascii: "m"), third == UInt8(ascii: "p"),
           fourth == UInt8(ascii: ";") {
            return (start + 5, "&#38;")
        }
        guard available >= 6, base[start + 5] == UInt8(ascii: ";") else { return nil }
        if first == UInt8(ascii: "q"), second == UInt8(ascii: "u"), third == UInt8(ascii: "o"),
           fourth == UInt8(ascii: "t") {
            return (start + 6, "&#34;")
        }
        if first == UInt8(ascii: "a"), second == UInt8(ascii: "p"), third == UInt8(ascii: "o"),
           fourth == UInt8(ascii: "s") {
            return (start + 6, "&#39;")
        }
        return nil
    }

    /// Writes `&#N;` in decimal, which libxml2 decodes whatever state its entity handling is in.
    private static func appendNumericReference(_ value: UInt32, to out: inout [UInt8]) {
        out.append(ampersand)
        out.append(UInt8(ascii: "#"))
        var divisor: UInt32 = 1
        while value / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
        out.append(UInt8(ascii: ";"))
    }

    /// Keeps the first problem only; counting its line is then cheap enough.
    private static func note(_ problem: String, in input: [UInt8], at index: Int, result: inout Result) {
        guard result.firstProblem == nil else { return }
        let line = input[..<index].reduce(1) { $0 + ($1 == newline ? 1 : 0) }
        result.firstProblem = ("not well-formed: \(problem) (line \(line))", line)
    }

    private static let ampersand = UInt8(ascii: "&")
    private static let lessThan = UInt8(ascii: "<")
    private static let newline = UInt8(ascii: "\n")
    private static let escapedAmpersand = Array("&#38;".utf8)
}
