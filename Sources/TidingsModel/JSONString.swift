/// JSON string literals (RFC 8259): the one place JSON output (`parse --json`, JSON Feed exports)
/// quotes text. Quote, backslash and every control character are escaped, and so are U+2028 and
/// U+2029, so the output is also safe inside JavaScript; other non-ASCII stays UTF-8.
package enum JSONString {
    package static func append(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}":
                let digits = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
