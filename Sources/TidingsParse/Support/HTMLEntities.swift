/// HTML's named character references (the full WHATWG list, from `HTML5EntityTable`) and the decoding
/// of references in text. Used by `CharacterReference`, hence `EntityRewriter`, and by `PlainText`.
enum HTMLEntities {
    /// One named reference.
    struct Named: Sendable {
        /// One or two characters (`&NotEqualTilde;` is U+2242 U+0338).
        let characters: String
        /// True for the 106 legacy names HTML also reads without a semicolon (`&amp`, `&copy`).
        let allowsMissingSemicolon: Bool
    }

    /// The reference a name (without `&` and `;`) stands for, or nil. Names are case-sensitive:
    /// `Eacute` is `É`, `eacute` is `é`, `EACUTE` is nothing.
    static func named(_ name: some Collection<UInt8>) -> Named? {
        guard !name.isEmpty, name.count <= longestName else { return nil }
        return table[String(decoding: name, as: UTF8.self)]
    }

    /// `text` with every character reference decoded as HTML5 reads them (see `CharacterReference`);
    /// what is no reference (`AT&T`, `&unknown;`) is left as written.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while let ampersand = bytes[index...].firstIndex(of: UInt8(ascii: "&")) {
            output.append(contentsOf: bytes[index..<ampersand])
            let reference = CharacterReference.read(bytes, at: ampersand)
            if case .characters(let characters, _) = reference.kind {
                output.append(contentsOf: characters.utf8)
            } else {
                output.append(contentsOf: bytes[ampersand..<reference.end])
            }
            index = reference.end
        }
        output.append(contentsOf: bytes[index...])
        return String(decoding: output, as: UTF8.self)
    }

    /// The longest name on the list (`CounterClockwiseContourIntegral`).
    private static let longestName = 31

    /// The packed list unpacked once, on first use (a lazy static: thread-safe, built exactly once).
    private static let table: [String: Named] = {
        var table: [String: Named] = [:]
        table.reserveCapacity(HTML5EntityTable.count)
        for word in HTML5EntityTable.packed.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }) {
            guard let equals = word.firstIndex(of: UInt8(ascii: "=")) else { continue }
            var value = word[word.index(after: equals)...]
            let isLegacy = value.last == UInt8(ascii: "!")
            if isLegacy { value = value.dropLast() }
            var characters = ""
            for hex in value.split(separator: UInt8(ascii: ",")) {
                if let code = UInt32(String(decoding: hex, as: UTF8.self), radix: 16),
                   let scalar = Unicode.Scalar(code) {
                    characters.unicodeScalars.append(scalar)
                }
            }
            table[String(decoding: word[..<equals], as: UTF8.self)] =
                Named(characters: characters, allowsMissingSemicolon: isLegacy)
        }
        return table
    }()
}
