/// The fragment as libxml2 is given it: wrapped in `<html><body>` so that every piece is body content
/// (a top-level text would otherwise get an invented `<p>`), and scrubbed of what libxml2 mishandles.
///
/// The scrub is the same one `HTMLOutput` applies, so that output read back comes out unchanged:
/// CR LF and lone CR become LF, form feed a space; NUL, other C0 controls and DEL are dropped (a NUL
/// cuts libxml2's attribute values short); U+FFFE and U+FFFF become U+FFFD (libxml2 loses the text
/// after them). Two constructs are rewritten on the way:
/// - `<![CDATA[…]]>` becomes its escaped text: HTML has no CDATA, and feeds that double-wrap content
///   mean the text.
/// - `</html>` and `</body>` become unknown end tags that libxml2 ignores: a pasted whole page would
///   otherwise end the fragment there and lose what follows, where a browser keeps reading.
/// - A named reference libxml2 2.9 may not know (it has HTML 4's list; `&Tab;`, `&colon;`, `&check;` are
///   HTML5) becomes numeric references from the full list (`HTMLEntities`), so that the text reads as
///   in a browser and a URL is checked as a browser decodes it (`javascript&colon;`).
/// - `<wbr>` becomes `<wbr/>`: libxml2 2.9 does not know it is void and would nest everything after
///   it, one level per `<wbr>` (a long URL broken at every slash), into the depth cap.
struct SanitizerInput {
    /// The wrapper followed by the scrubbed fragment.
    private(set) var bytes: [UInt8]
    /// True when the fragment has a `<` or `&`; otherwise it is plain text and needs no parser.
    private(set) var hasMarkup = false
    /// False when bytes given to `init(utf8:validating: true)` were not valid UTF-8; the scrub is then
    /// not meant to be used.
    private(set) var isValidUTF8 = true
    /// Whether the scan checks each multi-byte sequence (bytes that did not come from a `String`).
    private var validates = false

    private static let wrapper = Array("<html><body>".utf8)

    /// Where the scrubbed fragment starts in `bytes`, after the wrapper.
    static var bodyStart: Int { wrapper.count }

    /// The scrubbed fragment without the wrapper.
    var body: ArraySlice<UInt8> { bytes[Self.wrapper.count...] }

    init(_ html: String) {
        var html = html
        self = html.withUTF8 { SanitizerInput(utf8: $0, validating: false) }
    }

    /// The fragment as UTF-8: a string's bytes, or, `validating`, bytes that should be UTF-8 and are
    /// checked on the way (each multi-byte sequence where the scan meets it; see `isValidUTF8`).
    init(utf8 source: UnsafeBufferPointer<UInt8>, validating: Bool) {
        bytes = Self.wrapper
        bytes.reserveCapacity(Self.wrapper.count + source.count + 16)
        validates = validating
        scan(source, from: 0, to: source.count, inCDATA: false)
    }

    /// Copies `source[start..<end]` with the scrub applied. Bytes that come out as they went in (`>`
    /// outside CDATA, tab, line feed, an ordinary tag's `<`, a `&` that starts no named reference)
    /// stay in the current run, so a run is copied in one piece up to the next byte that changes.
    private mutating func scan(_ source: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, inCDATA: Bool) {
        var index = start
        var runStart = start
        while index < end {
            if validates {
                // Every byte of 0x80 or more stops the scan (0xEF among them), so that each
                // multi-byte sequence is checked.
                index = ByteScan.first(in: source, from: index, to: end, block: { block in
                    ByteScan.below(block, 0x20) | ByteScan.equal(block, 0x7F) | ByteScan.equal(block, 0x3C)
                        | ByteScan.equal(block, 0x26) | ByteScan.nonASCII(block)
                        | (inCDATA ? ByteScan.equal(block, 0x3E) : ByteScan.LaneMask())
                }, byte: { byte in
                    byte < 0x20 || byte == 0x7F || byte == 0x3C || byte == 0x26 || byte >= 0x80
                        || (inCDATA && byte == 0x3E)
                })
            } else if inCDATA {
                index = ByteScan.first(in: source, from: index, to: end, block: { block in
                    ByteScan.below(block, 0x20) | ByteScan.equal(block, 0x7F) | ByteScan.equal(block, 0x3C)
                        | ByteScan.equal(block, 0x26) | ByteScan.equal(block, 0x3E) | ByteScan.equal(block, 0xEF)
                }, byte: { byte in
                    byte < 0x20 || byte == 0x7F || byte == 0x3C || byte == 0x26 || byte == 0x3E || byte == 0xEF
                })
            } else {
                // `>` is copied as it is outside CDATA, so it does not end the run.
                index = ByteScan.first(in: source, from: index, to: end, block: { block in
                    ByteScan.below(block, 0x20) | ByteScan.equal(block, 0x7F) | ByteScan.equal(block, 0x3C)
                        | ByteScan.equal(block, 0x26) | ByteScan.equal(block, 0xEF)
                }, byte: { byte in
                    byte < 0x20 || byte == 0x7F || byte == 0x3C || byte == 0x26 || byte == 0xEF
                })
            }
            guard index < end else { break }
            let byte = source[index]
            if byte >= 0x80 && validates {
                let length = UTF8Repair.sequenceLength(source, at: index)
                guard length > 0 else {
                    isValidUTF8 = false
                    index += 1
                    continue
                }
                // U+FFFE and U+FFFF are valid UTF-8 that `handle` replaces; any other sequence stays.
                if !(byte == 0xEF && source[index + 1] == 0xBF && source[index + 2] >= 0xBE) {
                    index += length
                    continue
                }
            } else if let next = Self.unchanged(byte, at: index, in: source, end: end, inCDATA: inCDATA) {
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") { hasMarkup = true }
                index = next
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
            index = handle(byte, at: index, in: source, end: end, inCDATA: inCDATA)
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<end]))
    }

    /// The index after the special byte at `index` when `handle` would write it unchanged and nothing
    /// else, or nil when `handle` must look at it. A nil is always safe: `handle` then writes it.
    @inline(__always)
    private static func unchanged(_ byte: UInt8, at index: Int, in source: UnsafeBufferPointer<UInt8>, end: Int,
                                  inCDATA: Bool) -> Int? {
        switch byte {
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"):
            return index + 1
        case 0xEF:
            return index + 2 < end && source[index + 1] == 0xBF && source[index + 2] >= 0xBE ? nil : index + 1
        case UInt8(ascii: ">"):
            return inCDATA ? nil : index + 1
        case UInt8(ascii: "<"):
            // `markup(at:)` looks further only at `<!`, `</` and `<w`.
            guard !inCDATA else { return nil }
            let next = index + 1 < end ? source[index + 1] : 0
            return next == UInt8(ascii: "!") || next == UInt8(ascii: "/") || next | 0x20 == UInt8(ascii: "w")
                ? nil : index + 1
        case UInt8(ascii: "&"):
            // `reference(at:)` rewrites only a name followed by `;`.
            guard !inCDATA else { return nil }
            var nameEnd = index + 1
            while nameEnd < end, nameEnd - index <= 32, isNameByte(source[nameEnd]) { nameEnd += 1 }
            return nameEnd > index + 1 && nameEnd < end && source[nameEnd] == UInt8(ascii: ";") ? nil : index + 1
        default:
            return nil
        }
    }

    /// Writes the replacement for the special byte at `index` and returns where scanning resumes.
    private mutating func handle(_ byte: UInt8, at index: Int, in source: UnsafeBufferPointer<UInt8>,
                                 end: Int, inCDATA: Bool) -> Int {
        switch byte {
        case UInt8(ascii: "<") where inCDATA:
            bytes += "&lt;".utf8
        case UInt8(ascii: "&") where inCDATA:
            bytes += "&amp;".utf8
        case UInt8(ascii: ">") where inCDATA:
            bytes += "&gt;".utf8
        case UInt8(ascii: "<"):
            hasMarkup = true
            return markup(at: index, in: source, end: end)
        case UInt8(ascii: "&"):
            hasMarkup = true
            return reference(at: index, in: source, end: end)
        case 0xEF where index + 2 < end && source[index + 1] == 0xBF && source[index + 2] >= 0xBE:
            bytes += [0xEF, 0xBF, 0xBD]
            return index + 3
        case 0xEF, UInt8(ascii: ">"), UInt8(ascii: "\t"), UInt8(ascii: "\n"):
            bytes.append(byte)
        case UInt8(ascii: "\r"):
            bytes.append(UInt8(ascii: "\n"))
            return index + 1 < end && source[index + 1] == UInt8(ascii: "\n") ? index + 2 : index + 1
        case 0x0C:
            bytes.append(UInt8(ascii: " "))
        default:
            break
        }
        return index + 1
    }

    /// At a `<`: a CDATA section, a neutralised `</html` or `</body`, a `<wbr>`, or an ordinary `<`.
    private mutating func markup(at index: Int, in source: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        // Most tags are none of these: one look at the next byte tells.
        let next = index + 1 < end ? source[index + 1] : 0
        guard next == UInt8(ascii: "!") || next == UInt8(ascii: "/") || next | 0x20 == UInt8(ascii: "w") else {
            bytes.append(UInt8(ascii: "<"))
            return index + 1
        }
        if Self.matches("<![CDATA[", in: source, at: index, end: end, ignoringCase: false) {
            let contentStart = index + 9
            var close = contentStart
            while close < end, !Self.matches("]]>", in: source, at: close, end: end, ignoringCase: false) {
                close += 1
            }
            scan(source, from: contentStart, to: close, inCDATA: true)
            return min(close + 3, end)
        }
        if Self.matches("</html", in: source, at: index, end: end, ignoringCase: true)
            || Self.matches("</body", in: source, at: index, end: end, ignoringCase: true),
           index + 6 == end || Self.endsTagName(source[index + 6]) {
            bytes += "</x-".utf8
            return index + 2
        }
        if Self.matches("<wbr", in: source, at: index, end: end, ignoringCase: true) {
            var next = index + 4
            while next < end, source[next] == UInt8(ascii: " ") || source[next] == UInt8(ascii: "\t")
                || source[next] == UInt8(ascii: "\n") { next += 1 }
            if next < end, source[next] == UInt8(ascii: "/") { next += 1 }
            if next < end, source[next] == UInt8(ascii: ">") {
                bytes += "<wbr/>".utf8
                return next + 1
            }
        }
        bytes.append(UInt8(ascii: "<"))
        return index + 1
    }

    /// At a `&`: a named reference with its `;` as numeric ones, anything else as it is. References
    /// without `;` are left to libxml2, which leaves them as text.
    private mutating func reference(at index: Int, in source: UnsafeBufferPointer<UInt8>, end: Int) -> Int {
        var nameEnd = index + 1
        while nameEnd < end, nameEnd - index <= 32, Self.isNameByte(source[nameEnd]) { nameEnd += 1 }
        guard nameEnd > index + 1, nameEnd < end, source[nameEnd] == UInt8(ascii: ";"),
              let named = HTMLEntities.named(UnsafeBufferPointer(rebasing: source[(index + 1)..<nameEnd])) else {
            bytes.append(UInt8(ascii: "&"))
            return index + 1
        }
        for scalar in named.characters.unicodeScalars {
            bytes += "&#x".utf8
            appendHex(scalar.value)
            bytes.append(UInt8(ascii: ";"))
        }
        return nameEnd + 1
    }

    /// `value` in lowercase hexadecimal, without leading zeros.
    private mutating func appendHex(_ value: UInt32) {
        var shift = 28
        while shift > 0, value >> UInt32(shift) == 0 { shift -= 4 }
        while shift >= 0 {
            let digit = UInt8((value >> UInt32(shift)) & 0xF)
            bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            shift -= 4
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func matches(_ literal: StaticString, in source: UnsafeBufferPointer<UInt8>, at index: Int,
                                end: Int, ignoringCase: Bool) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= end else { return false }
        for offset in 0..<count {
            var byte = source[index + offset]
            if ignoringCase, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte += 32 }
            if byte != literal.utf8Start[offset] { return false }
        }
        return true
    }

    private static func endsTagName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: " ")
            || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
