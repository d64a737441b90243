/// One character reference (`&eacute;`, `&#233;`, `&#xE9;`, `&copy`) read from UTF-8 bytes the way
/// HTML5 reads it, within what XML can carry. Shared by `EntityRewriter` (before libxml2) and
/// `HTMLEntities.decode` (HTML text), so both read references alike:
///
/// - Names come from the full WHATWG list, case-sensitive. The 106 legacy names (`amp`, `copy`,
///   `eacute`…) also count without their semicolon, but, as in an HTML attribute, not when a letter,
///   digit or `=` follows: `?a=1&copy=2` and `&notify` in feed URLs stay as written.
/// - Numbers: decimal or hex, semicolon optional. 0, surrogates and values past U+10FFFF become
///   U+FFFD, as HTML5 says; so do the controls XML 1.0 forbids (`&#1;`). 0x80–0x9F are read as the
///   windows-1252 characters they were meant to be (`&#150;` is `–`).
/// - Anything else, such as `AT&T` or `&unknown;`, is no reference and stays as written.
struct CharacterReference {
    enum Kind: Equatable {
        /// The characters referred to; `issue` says what was wrong with how the reference was written.
        case characters(String, issue: Issue?)
        /// `&name;` with a name HTML does not define (or only a DTD could): kept as written.
        case unknownName(String)
        /// An `&` that starts no reference: kept as written.
        case bareAmpersand
    }

    /// Why a reference, though understood, is not well-formed XML. Each carries the text as written.
    enum Issue: Equatable {
        /// An HTML name that XML does not predefine (`&eacute;`).
        case htmlName(String)
        case missingSemicolon(String)
        /// A number that is no character XML allows (`&#0;`, `&#xD800;`, `&#1;`).
        case invalidNumber(String)
    }

    let kind: Kind
    /// The index just past the reference; for a bare ampersand, just past the `&`.
    let end: Int

    /// Reads the reference whose `&` is at `bytes[start]`.
    static func read(_ bytes: [UInt8], at start: Int) -> CharacterReference {
        let next = start + 1
        if next < bytes.count, bytes[next] == UInt8(ascii: "#") {
            return readNumber(bytes, at: start) ?? CharacterReference(kind: .bareAmpersand, end: next)
        }
        var nameEnd = next
        while nameEnd < bytes.count, nameEnd - next < 40, isAlphanumeric(bytes[nameEnd]) { nameEnd += 1 }
        if nameEnd > next, let entity = HTMLEntities.named(bytes[next..<nameEnd]) {
            let name = String(decoding: bytes[next..<nameEnd], as: UTF8.self)
            if nameEnd < bytes.count, bytes[nameEnd] == UInt8(ascii: ";") {
                let issue: Issue? = xmlPredefined.contains(name) ? nil : .htmlName(name)
                return CharacterReference(kind: .characters(entity.characters, issue: issue), end: nameEnd + 1)
            }
            let following = nameEnd < bytes.count ? bytes[nameEnd] : UInt8(ascii: " ")
            if entity.allowsMissingSemicolon, following != UInt8(ascii: "="), !isAlphanumeric(following) {
                return CharacterReference(kind: .characters(entity.characters, issue: .missingSemicolon("&" + name)),
                                          end: nameEnd)
            }
        }
        // An XML name (which may hold `_ - . :`) closed by `;` is an entity reference all the same.
        var xmlEnd = next
        while xmlEnd < bytes.count, xmlEnd - next < 64, isXMLNameByte(bytes[xmlEnd], first: xmlEnd == next) {
            xmlEnd += 1
        }
        if xmlEnd > next, xmlEnd < bytes.count, bytes[xmlEnd] == UInt8(ascii: ";") {
            return CharacterReference(kind: .unknownName(String(decoding: bytes[next..<xmlEnd], as: UTF8.self)),
                                      end: xmlEnd + 1)
        }
        return CharacterReference(kind: .bareAmpersand, end: next)
    }

    /// `&#233;`, `&#xE9;`, `&#233`; nil for `&#` without digits.
    private static func readNumber(_ bytes: [UInt8], at start: Int) -> CharacterReference? {
        var index = start + 2
        let isHex = index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "x")
        if isHex { index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < bytes.count, let digit = digitValue(bytes[index], hex: isHex) {
            // Saturates past U+10FFFF, so `&#99999999999;` neither overflows nor wraps to a real character.
            value = min(value * (isHex ? 16 : 10) + digit, 0x110000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        let hasSemicolon = index < bytes.count && bytes[index] == UInt8(ascii: ";")
        let end = hasSemicolon ? index + 1 : index
        let (codePoint, isValid) = character(forNumber: value)
        var issue: Issue?
        if !isValid || !hasSemicolon {
            let written = String(decoding: bytes[start..<end], as: UTF8.self)
            issue = isValid ? .missingSemicolon(written) : .invalidNumber(written)
        }
        return CharacterReference(kind: .characters(String(Unicode.Scalar(codePoint)!), issue: issue), end: end)
    }

    /// The character a numeric reference stands for, and whether the number was a valid one.
    static func character(forNumber value: UInt32) -> (codePoint: UInt32, isValid: Bool) {
        let codePoint = Windows1252.codePoint(forReference: value)
        let isXMLCharacter = codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
            || (0x20...0xD7FF).contains(codePoint) || (0xE000...0xFFFD).contains(codePoint)
            || (0x10000...0x10FFFF).contains(codePoint)
        return isXMLCharacter ? (codePoint, true) : (0xFFFD, false)
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        if ASCII.isDigit(byte) { return UInt32(byte - UInt8(ascii: "0")) }
        guard hex, ASCII.isHexDigit(byte) else { return nil }
        return UInt32((byte | 0x20) - UInt8(ascii: "a") + 10)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || ASCII.isDigit(byte)
    }

    private static func isXMLNameByte(_ byte: UInt8, first: Bool) -> Bool {
        if ASCII.isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") { return true }
        return !first && (ASCII.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "."))
    }

    /// XML's five predefined entities: always defined, never a fault.
    private static let xmlPredefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]
}
