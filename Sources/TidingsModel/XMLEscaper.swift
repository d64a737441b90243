/// Escaping for XML text and attribute values: the one place XML output (Atom, RSS, OPML) is made safe.
///
/// Feeds hand us whatever their publishers typed, so besides the markup characters this also drops
/// code points XML 1.0 forbids outright (a single U+0001 makes a whole document unparseable).
/// Lone surrogates cannot occur in a Swift `String`, so they need no handling here.
package enum XMLEscaper {
    /// Escapes `value` for use as element content.
    ///
    /// `>` is escaped too so that `]]>` can never appear, and CR is written as a character reference
    /// because XML parsers would otherwise turn it into LF.
    package static func text(_ value: String) -> String {
        escape(value, inAttribute: false)
    }

    /// Escapes `value` for use inside a double- or single-quoted attribute value.
    ///
    /// Tab, LF and CR become character references: attribute-value normalisation would otherwise
    /// turn them into spaces.
    package static func attribute(_ value: String) -> String {
        escape(value, inAttribute: true)
    }

    /// `value` without the code points XML 1.0 does not allow in a document.
    package static func removingForbidden(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { !isAllowed($0) }) else { return value }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: value.unicodeScalars.lazy.filter(isAllowed))
        return String(scalars)
    }

    /// The XML 1.0 `Char` production: tab, LF, CR, and everything from U+0020 up except
    /// U+FFFE and U+FFFF (surrogates are not scalars).
    package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func escape(_ value: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "'" where inAttribute: out += "&apos;"
            case "\r": out += "&#13;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n" where inAttribute: out += "&#10;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
