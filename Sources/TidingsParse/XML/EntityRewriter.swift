/// Repairs ampersands in a document's bytes before libxml2 reads it.
///
/// Feeds are full of `&nbsp;`, `&eacute;` and `&rsquo;` with no DTD to define them, and of bare `&`
/// (`AT&T`, `?a=1&b=2`). libxml2 in recover mode drops an undefined reference and the characters around
/// a bare `&`, and version 2.9 then drops every later entity reference in the document, `&amp;`
/// included. So every named reference is rewritten into the numeric character reference for the same
/// character (which libxml2 always decodes), a bare `&` becomes `&#38;`, and an unknown name is kept
/// as literal text. The result never defines or expands a document-declared entity: `&xxe;` and
/// `&lol9;` stay text. Each repair is reported (the first one becomes `bozo_message`); HTML entities
/// count as a fault only in a document without a DOCTYPE, whose DTD could have declared them.
///
/// Works on bytes, so only for ASCII-compatible encodings (UTF-8, ISO-8859-*, windows-125x, GB18030,
/// Shift_JIS, Big5: none uses the byte 0x26 inside a multi-byte character); `PreparedDocument` has
/// already turned UTF-16 and UTF-32 into UTF-8. CDATA sections, comments, processing instructions and
/// the DOCTYPE are copied untouched.
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
        guard input.contains(ampersand) else { return Result(bytes: input) }
        var result = Result(bytes: [])
        var out: [UInt8] = []
        out.reserveCapacity(input.count + 256)
        var index = 0
        while index < input.count {
            var runEnd = index
            while runEnd < input.count, input[runEnd] != ampersand, input[runEnd] != lessThan {
                runEnd += 1
            }
            out.append(contentsOf: input[index..<runEnd])
            index = runEnd
            guard index < input.count else { break }
            if input[index] == lessThan {
                let end = MarkupSkipper.endOfVerbatimSection(in: input, at: index) ?? index + 1
                if MarkupSkipper.hasPrefix(input, at: index, "<!DOCTYPE", caseInsensitive: true) {
                    result.sawDoctype = true
                }
                out.append(contentsOf: input[index..<end])
                index = end
            } else {
                index = rewriteReference(in: input, at: index, into: &out, result: &result)
            }
        }
        result.bytes = out
        return result
    }

    /// Writes the reference starting at `input[start]` (an `&`) and returns the index after it.
    private static func rewriteReference(in input: [UInt8], at start: Int, into out: inout [UInt8],
                                         result: inout Result) -> Int {
        let next = start + 1
        if next < input.count, input[next] == UInt8(ascii: "#") {
            if let end = endOfNumericReference(in: input, at: next + 1) {
                out.append(contentsOf: input[start...end])
                return end + 1
            }
        } else if next < input.count, isNameStart(input[next]) {
            var end = next
            while end < input.count, end - next < 64, isNameCharacter(input[end]) { end += 1 }
            if end < input.count, input[end] == UInt8(ascii: ";") {
                let name = String(decoding: input[next..<end], as: UTF8.self)
                if let scalar = HTMLEntities.scalar(named: name) {
                    out.append(contentsOf: Array("&#\(scalar.value);".utf8))
                    if !XMLPredefined.names.contains(name), !result.sawDoctype {
                        note("undefined entity &\(name); read as HTML", in: input, at: start, result: &result)
                    }
                } else {
                    // A DOCTYPE may declare it, but document-declared entities are never expanded.
                    let problem = result.sawDoctype ? "entity &\(name); not expanded" : "undefined entity &\(name);"
                    note(problem + ", kept as text", in: input, at: start, result: &result)
                    out.append(contentsOf: escapedAmpersand)
                    out.append(contentsOf: input[next...end])
                }
                return end + 1
            }
        }
        note("unescaped '&'", in: input, at: start, result: &result)
        out.append(contentsOf: escapedAmpersand)
        return next
    }

    /// Keeps the first problem only; counting its line is then cheap enough.
    private static func note(_ problem: String, in input: [UInt8], at index: Int, result: inout Result) {
        guard result.firstProblem == nil else { return }
        let line = input[..<index].reduce(1) { $0 + ($1 == newline ? 1 : 0) }
        result.firstProblem = ("not well-formed: \(problem) (line \(line))", line)
    }

    /// For `#233;` or `#xE9;` (starting after the `#`), the index of the `;`; nil when malformed.
    private static func endOfNumericReference(in input: [UInt8], at start: Int) -> Int? {
        var index = start
        let isHex = index < input.count && (input[index] | 0x20) == UInt8(ascii: "x")
        if isHex { index += 1 }
        let digitsStart = index
        while index < input.count, index - digitsStart <= 8,
              isHex ? ASCII.isHexDigit(input[index]) : ASCII.isDigit(input[index]) {
            index += 1
        }
        guard index > digitsStart, index < input.count, input[index] == UInt8(ascii: ";") else { return nil }
        return index
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || byte == UInt8(ascii: "_")
    }

    private static func isNameCharacter(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }

    private static let ampersand = UInt8(ascii: "&")
    private static let lessThan = UInt8(ascii: "<")
    private static let newline = UInt8(ascii: "\n")
    private static let escapedAmpersand = Array("&#38;".utf8)
}

/// XML's five predefined entities: always defined, never a fault.
private enum XMLPredefined {
    static let names: Set<String> = ["amp", "lt", "gt", "quot", "apos"]
}
