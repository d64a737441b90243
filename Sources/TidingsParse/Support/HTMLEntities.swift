import CLibXML2

/// Named and numeric character references as HTML knows them, from libxml2's HTML 4 entity table
/// plus XML's `&apos;`. Used by `EntityRewriter` and `PlainText`.
enum HTMLEntities {
    /// The character a named reference stands for (`amp`, `nbsp`, `eacute`), or nil. Names are
    /// case-sensitive (`Eacute` is not `eacute`).
    static func scalar(named name: String) -> Unicode.Scalar? {
        guard !name.isEmpty, name.utf8.count <= 32 else { return nil }
        if name == "apos" { return "'" }
        guard let entry = LibXML.withXMLString(name, { htmlEntityLookup($0) }) else { return nil }
        return Unicode.Scalar(entry.pointee.value)
    }

    /// The character of a numeric reference's digits (`#233`, `#xE9`, without `&` and `;`), or nil
    /// when the number is not a character XML allows.
    static func scalar(numeric digits: Substring) -> Unicode.Scalar? {
        guard digits.first == "#" else { return nil }
        let body = digits.dropFirst()
        let value: UInt32?
        if body.first == "x" || body.first == "X" {
            value = UInt32(body.dropFirst(), radix: 16)
        } else {
            value = UInt32(body, radix: 10)
        }
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return scalar
    }

    /// `text` with every character reference it contains decoded; unknown ones are left as written.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            if let semicolon = rest[afterAmpersand...].prefix(34).firstIndex(of: ";"),
               let scalar = reference(rest[afterAmpersand..<semicolon]) {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                out += "&"
                rest = rest[afterAmpersand...]
            }
        }
        out += rest
        return out
    }

    private static func reference(_ body: Substring) -> Unicode.Scalar? {
        body.first == "#" ? scalar(numeric: body) : scalar(named: String(body))
    }
}
