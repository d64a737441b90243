/// A JSON value whose objects keep their keys in the order they were built, so the same export
/// always produces the same bytes (`JSONSerialization` gives either no order or alphabetical order,
/// and escapes `/`).
indirect enum JSONText {
    case string(String)
    case array([JSONText])
    /// Members in output order. Members whose value is nil are left out.
    case object([(String, JSONText?)])

    /// The value pretty-printed with two-space indentation, non-ASCII kept as UTF-8, and a final newline.
    var serialized: String {
        var out = ""
        write(into: &out, depth: 0)
        out += "\n"
        return out
    }

    private func write(into out: inout String, depth: Int) {
        let inner = String(repeating: "  ", count: depth + 1)
        let outer = String(repeating: "  ", count: depth)
        switch self {
        case .string(let value):
            Self.quote(value, into: &out)
        case .array(let values):
            guard !values.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, value) in values.enumerated() {
                out += inner
                value.write(into: &out, depth: depth + 1)
                out += index == values.count - 1 ? "\n" : ",\n"
            }
            out += outer + "]"
        case .object(let members):
            let present = members.compactMap { key, value in value.map { (key, $0) } }
            guard !present.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in present.enumerated() {
                out += inner
                Self.quote(key, into: &out)
                out += ": "
                value.write(into: &out, depth: depth + 1)
                out += index == present.count - 1 ? "\n" : ",\n"
            }
            out += outer + "}"
        }
    }

    /// Writes `value` as a JSON string literal (RFC 8259): quote, backslash and control characters
    /// escaped; U+2028 and U+2029 escaped too, so the output is also safe to embed in JavaScript.
    private static func quote(_ value: String, into out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}", "\u{2029}": out += "\\u\(hex4(scalar.value))"
            default:
                if scalar.value < 0x20 {
                    out += "\\u\(hex4(scalar.value))"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
