/// A cursor over a date string's bytes, with the few reads date formats need.
struct DateScanner {
    private let bytes: [UInt8]
    private(set) var position = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    var isAtEnd: Bool { position >= bytes.count }
    var peek: UInt8? { isAtEnd ? nil : bytes[position] }

    func peek(ahead offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    /// Skips ASCII whitespace and no-break spaces (`&nbsp;` decoded into a date).
    mutating func skipSpaces() {
        while let byte = peek {
            if ASCII.isWhitespace(byte) {
                position += 1
            } else if byte == 0xC2, peek(ahead: 1) == 0xA0 {
                position += 2
            } else {
                break
            }
        }
    }

    /// Consumes `byte` if it comes next.
    mutating func skip(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        position += 1
        return true
    }

    /// Reads between `minDigits` and `maxDigits` decimal digits; nil (consuming nothing) if fewer.
    mutating func number(minDigits: Int = 1, maxDigits: Int) -> (value: Int, digits: Int)? {
        var value = 0
        var digits = 0
        while digits < maxDigits, let byte = peek(ahead: digits), ASCII.isDigit(byte) {
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        guard digits >= minDigits else { return nil }
        position += digits
        return (value, digits)
    }

    /// Reads a decimal fraction's digits (after the `.`) as seconds.
    mutating func fraction() -> Double {
        var scale = 0.1
        var value = 0.0
        while let byte = peek, ASCII.isDigit(byte) {
            value += Double(byte - UInt8(ascii: "0")) * scale
            scale /= 10
            position += 1
        }
        return value
    }

    /// Reads a run of letters, lowercased ("" if none). Letters outside ASCII count (`März`, `mié`,
    /// `août`): any multi-byte UTF-8 character but the no-break space.
    mutating func word() -> String {
        let start = position
        var isASCII = true
        while let byte = peek, ASCII.isLetter(byte) || (byte >= 0x80 && !(byte == 0xC2 && peek(ahead: 1) == 0xA0)) {
            if byte >= 0x80 { isASCII = false }
            position += 1
        }
        let letters = bytes[start..<position]
        guard isASCII else { return String(decoding: letters, as: UTF8.self).lowercased() }
        return String(decoding: letters.map(ASCII.lowercased), as: UTF8.self)
    }

    /// Reads the next word only when `accept` takes it; otherwise consumes nothing.
    mutating func word(if accept: (String) -> Bool) -> String? {
        var lookahead = self
        let next = lookahead.word()
        guard !next.isEmpty, accept(next) else { return nil }
        self = lookahead
        return next
    }

    /// Skips a parenthesised comment such as `(UTC)`; false if none comes next.
    mutating func skipComment() -> Bool {
        guard skip(UInt8(ascii: "(")) else { return false }
        while let byte = peek, byte != UInt8(ascii: ")") { position += 1 }
        _ = skip(UInt8(ascii: ")"))
        return true
    }
}
