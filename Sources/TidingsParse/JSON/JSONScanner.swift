/// A cursor over JSON bytes that reads the scalar tokens: strings, numbers and the three literals.
struct JSONScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    var isAtEnd: Bool { index >= bytes.count }
    var peek: UInt8? { isAtEnd ? nil : bytes[index] }

    /// Where the cursor is, as a byte offset.
    var position: Int { index }

    /// The 1-based line of a byte offset, for messages (counted only when a problem is reported).
    func line(at offset: Int) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    mutating func advance() { index += 1 }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    /// Consumes `word` if it comes next.
    mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let matches = word.withUTF8Buffer { $0.elementsEqual(bytes[index..<index + count]) }
        if matches { index += count }
        return matches
    }

    /// A number's literal text (`-12.5e3`); nil when malformed.
    mutating func number() -> String? {
        let start = index
        _ = skip(UInt8(ascii: "-"))
        guard digits() > 0 else { return nil }
        if skip(UInt8(ascii: ".")), digits() == 0 { return nil }
        if skip(UInt8(ascii: "e")) || skip(UInt8(ascii: "E")) {
            _ = skip(UInt8(ascii: "+")) || skip(UInt8(ascii: "-"))
            guard digits() > 0 else { return nil }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func digits() -> Int {
        let start = index
        while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    /// A string starting at the opening quote, escapes decoded; nil when it never closes. Invalid
    /// UTF-8 and lone surrogates become U+FFFD rather than failing the document.
    mutating func string() -> String? {
        index += 1
        var out: [UInt8] = []
        var pendingHigh: UInt32?
        while let byte = peek {
            index += 1
            if byte == UInt8(ascii: "\"") {
                if pendingHigh != nil { Self.append(0xFFFD, to: &out) }
                return String(decoding: out, as: UTF8.self)
            }
            guard byte == UInt8(ascii: "\\") else {
                if pendingHigh != nil { Self.append(0xFFFD, to: &out); pendingHigh = nil }
                // JSON forbids raw control characters in strings; like XML text, keep only tab and
                // line breaks and mark the rest (a NUL above all) as replaced.
                if Self.isForbiddenControl(UInt32(byte)) { Self.append(0xFFFD, to: &out) } else { out.append(byte) }
                continue
            }
            guard let escape = peek else { return nil }
            index += 1
            if escape == UInt8(ascii: "u") {
                guard let unit = hexQuad() else { return nil }
                switch (pendingHigh, unit) {
                case (let high?, 0xDC00...0xDFFF):
                    Self.append(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &out)
                    pendingHigh = nil
                case (_, 0xD800...0xDBFF):
                    if pendingHigh != nil { Self.append(0xFFFD, to: &out) }
                    pendingHigh = unit
                default:
                    if pendingHigh != nil { Self.append(0xFFFD, to: &out); pendingHigh = nil }
                    let replaced = (0xDC00...0xDFFF).contains(unit) || Self.isForbiddenControl(unit)
                    Self.append(replaced ? 0xFFFD : unit, to: &out)
                }
                continue
            }
            if pendingHigh != nil { Self.append(0xFFFD, to: &out); pendingHigh = nil }
            switch escape {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            // Backspace and form feed are valid JSON but not XML text: replaced, like raw controls.
            case UInt8(ascii: "b"), UInt8(ascii: "f"): Self.append(0xFFFD, to: &out)
            // `\"`, `\\`, `\/`, and any other escaped character taken as itself (a control byte
            // after a backslash found by the fuzzer included: replaced).
            default:
                if Self.isForbiddenControl(UInt32(escape)) { Self.append(0xFFFD, to: &out) } else { out.append(escape) }
            }
        }
        return nil
    }

    private mutating func hexQuad() -> UInt32? {
        guard index + 4 <= bytes.count,
              bytes[index..<index + 4].allSatisfy(ASCII.isHexDigit),
              let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { return nil }
        index += 4
        return value
    }

    /// C0 controls other than tab, line feed and carriage return: not allowed in XML 1.0 text,
    /// so never let into a string the exports or the store will hold.
    private static func isForbiddenControl(_ value: UInt32) -> Bool {
        value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D
    }

    private static func append(_ value: UInt32, to out: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        out.append(contentsOf: String(scalar).utf8)
    }
}
