import TidingsModel
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
            JSONString.append(value, to: &out)
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
                JSONString.append(key, to: &out)
                out += ": "
                value.write(into: &out, depth: depth + 1)
                out += index == present.count - 1 ? "\n" : ",\n"
            }
            out += outer + "}"
        }
    }
}
