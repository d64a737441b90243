import TidingsModel
/// A JSON document being built for output, written with sorted keys so the same value always gives
/// the same bytes (goldens compare as text).
indirect enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    /// A number with a fraction (GeoRSS coordinates), written in Swift's shortest exact form.
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// `value` as a string, or null.
    static func string(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// The JSON text; `pretty` indents by two spaces with one member per line.
    func rendered(pretty: Bool) -> String {
        var out = ""
        write(into: &out, pretty: pretty, indent: 0)
        return out
    }

    private func write(into out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value): out += value.isFinite ? String(value) : "null"
        case .string(let value): JSONString.append(value, to: &out)
        case .array(let values):
            writeContainer(open: "[", close: "]", count: values.count, into: &out, pretty: pretty,
                           indent: indent) { index, out in
                values[index].write(into: &out, pretty: pretty, indent: indent + 1)
            }
        case .object(let members):
            let keys = members.keys.sorted()
            writeContainer(open: "{", close: "}", count: keys.count, into: &out, pretty: pretty,
                           indent: indent) { index, out in
                JSONString.append(keys[index], to: &out)
                out += pretty ? ": " : ":"
                members[keys[index]]?.write(into: &out, pretty: pretty, indent: indent + 1)
            }
        }
    }

    private func writeContainer(open: String, close: String, count: Int, into out: inout String, pretty: Bool,
                                indent: Int, element: (Int, inout String) -> Void) {
        out += open
        guard count > 0 else { return out += close }
        for index in 0..<count {
            if index > 0 { out += "," }
            if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
            element(index, &out)
        }
        if pretty { out += "\n" + String(repeating: "  ", count: indent) }
        out += close
    }
}
