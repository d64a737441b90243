import Foundation

/// Checks every string in the decoded `parse --json` output, at any depth.
enum JSONTreeInvariants {
    /// `YYYY-MM-DDTHH:MM:SSZ`: a four-digit year, so a year the parser could not have meant (0 or
    /// below, 10000 and above) shows up here rather than as a malformed date downstream.
    private static let utcShape = try! NSRegularExpression(
        pattern: #"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"#)

    static func check(_ value: Any, path: String) {
        switch value {
        case let object as [String: Any]:
            for (key, member) in object {
                checkString(key, path: path + " key")
                check(member, path: path + "." + key)
            }
            if let utc = object["utc"] as? String, object["raw"] != nil {
                let range = NSRange(utc.startIndex..., in: utc)
                require(utcShape.firstMatch(in: utc, range: range) != nil,
                        "\(path).utc \"\(utc)\" is not RFC 3339 UTC with a four-digit year")
            }
        case let array as [Any]:
            for (index, element) in array.enumerated() { check(element, path: "\(path)[\(index)]") }
        case let string as String:
            checkString(string, path: path)
        default:
            break
        }
    }

    private static func checkString(_ string: String, path: String) {
        require(!string.unicodeScalars.contains("\u{0}"), "\(path) contains U+0000")
    }
}
