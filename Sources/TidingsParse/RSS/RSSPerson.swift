import TidingsModel

/// Reads the free-form person strings of RSS (`author`, `managingEditor`, `dc:creator`):
/// `me@example.com (Example Editor)`, `Example Editor (me@example.com)`, `Example Editor
/// <me@example.com>`, a bare address or a bare name.
enum RSSPerson {
    static func parse(_ text: String) -> Person? {
        guard let value = TextValue.clean(text) else { return nil }
        if value.hasSuffix(")"), let open = value.lastIndex(of: "(") {
            let outside = TextValue.clean(value[..<open])
            let inside = TextValue.clean(value[value.index(after: open)..<value.index(before: value.endIndex)])
            if let outside, isAddress(outside) { return Person(name: inside, email: address(outside)) }
            if let inside, isAddress(inside) { return Person(name: outside, email: address(inside)) }
        }
        if value.hasSuffix(">"), let open = value.lastIndex(of: "<") {
            let inside = TextValue.clean(value[value.index(after: open)..<value.index(before: value.endIndex)])
            if let inside, isAddress(inside) {
                return Person(name: TextValue.clean(value[..<open]), email: address(inside))
            }
        }
        if isAddress(value) { return Person(email: address(value)) }
        return Person(name: value)
    }

    /// One `@`, no spaces: good enough to tell an address from a name.
    private static func isAddress(_ text: String) -> Bool {
        // All ASCII (most names and addresses): `@` and whitespace are single bytes, and no character
        // spans two of them, so the bytes answer what the character-wise reading below does.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.contains(UInt8(ascii: "@"))
                && !text.utf8.contains { $0 == UInt8(ascii: " ") || ($0 >= 0x09 && $0 <= 0x0D) }
        }
        return text.contains("@") && !text.contains(where: \.isWhitespace)
    }

    private static func address(_ text: String) -> String {
        text.lowercased().hasPrefix("mailto:") ? String(text.dropFirst(7)) : text
    }
}
