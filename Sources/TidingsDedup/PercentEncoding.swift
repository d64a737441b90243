/// Percent-encoding normalisation (RFC 3986 §6.2.2.2) for one URL component.
enum PercentEncoding {
    /// `component` with each `%XX` that names an unreserved character decoded (`%7E` → `~`), the
    /// remaining escapes written with upper-case hex, a `%` that starts no escape written as `%25`,
    /// and every byte outside `allowed` (spaces, quotes, non-ASCII as UTF-8, …) percent-encoded.
    ///
    /// Reserved characters are never decoded: `%2F` and `/` mean different things in a path.
    static func normalize(_ component: Substring, allowed: (UInt8) -> Bool) -> String {
        let bytes = Array(component.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                let decoded = high << 4 | low
                if isUnreserved(decoded) {
                    out.append(decoded)
                } else {
                    appendEscape(decoded, to: &out)
                }
                index += 3
                continue
            }
            if byte != UInt8(ascii: "%"), allowed(byte) {
                out.append(byte)
            } else {
                appendEscape(byte, to: &out)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ALPHA / DIGIT / `-` / `.` / `_` / `~`.
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "~")
        }
    }

    /// `!$&'()*+,;=`
    static func isSubDelimiter(_ byte: UInt8) -> Bool {
        "!$&'()*+,;=".utf8.contains(byte)
    }

    /// RFC 3986 `pchar` plus `/` and `?`: what may stand unescaped in a path or query.
    static func isPathOrQueryCharacter(_ byte: UInt8) -> Bool {
        isUnreserved(byte) || isSubDelimiter(byte) || ":@/?".utf8.contains(byte)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        let digits = Array("0123456789ABCDEF".utf8)
        out.append(UInt8(ascii: "%"))
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0xF)])
    }
}
