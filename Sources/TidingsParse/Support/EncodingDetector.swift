import Foundation

/// Works out which character encoding a feed document is written in, as `parse --json` reports it:
/// byte-order mark first, then the UTF-16/32 byte pattern of `<?`, then the XML declaration.
enum EncodingDetector {
    struct Detection: Equatable {
        /// Lowercase IANA name (`utf-8`, `utf-16le`, `iso-8859-1`).
        var name: String
        /// Length of the byte-order mark, if any.
        var byteOrderMarkLength: Int
        /// True when ASCII characters are single bytes with their ASCII values, so markup can be
        /// scanned byte by byte.
        var isASCIICompatible: Bool
    }

    static func detect(_ bytes: [UInt8]) -> Detection {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        if starts([0xEF, 0xBB, 0xBF]) {
            return Detection(name: "utf-8", byteOrderMarkLength: 3, isASCIICompatible: true)
        }
        if starts([0x00, 0x00, 0xFE, 0xFF]) { return wide("utf-32be", bom: 4) }
        if starts([0xFF, 0xFE, 0x00, 0x00]) { return wide("utf-32le", bom: 4) }
        if starts([0xFE, 0xFF]) { return wide("utf-16be", bom: 2) }
        if starts([0xFF, 0xFE]) { return wide("utf-16le", bom: 2) }
        if starts([0x3C, 0x00, 0x00, 0x00]) { return wide("utf-32le", bom: 0) }
        if starts([0x00, 0x00, 0x00, 0x3C]) { return wide("utf-32be", bom: 0) }
        if starts([0x3C, 0x00]) { return wide("utf-16le", bom: 0) }
        if starts([0x00, 0x3C]) { return wide("utf-16be", bom: 0) }
        let name = declaredEncoding(in: bytes).map(normalise) ?? "utf-8"
        // UTF-7 and ISO-2022 shift with escape sequences of ASCII bytes, so `&` and `<` may be data.
        let stateful = name.hasPrefix("utf-7") || name.contains("2022") || name.hasPrefix("utf-16")
            || name.hasPrefix("utf-32") || name.hasPrefix("ucs-") || name.contains("ebcdic")
        return Detection(name: name, byteOrderMarkLength: 0, isASCIICompatible: !stateful)
    }

    private static func wide(_ name: String, bom: Int) -> Detection {
        Detection(name: name, byteOrderMarkLength: bom, isASCIICompatible: false)
    }

    /// The `encoding="…"` of an XML declaration at the very start of `bytes`, as written.
    static func declaredEncoding(in bytes: [UInt8]) -> String? {
        guard MarkupSkipper.hasPrefix(bytes, at: 0, "<?xml") else { return nil }
        let declaration = bytes.prefix(512).prefix { $0 != UInt8(ascii: ">") }
        let text = String(decoding: declaration, as: UTF8.self)
        guard let key = text.range(of: "encoding") else { return nil }
        var rest = text[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        return TextValue.clean(rest.prefix { $0 != quote })
    }

    /// The lowercase IANA name for an encoding label, with common aliases folded.
    static func normalise(_ label: String) -> String {
        let lowered = TextValue.trim(label).lowercased()
        switch lowered {
        case "utf8": return "utf-8"
        case "latin1", "latin-1", "iso8859-1", "iso_8859-1", "iso-latin-1", "l1": return "iso-8859-1"
        // GB18030 is the superset decoders use for GB2312 text.
        case "gb2312", "gb_2312-80", "euc-cn": return "gb18030"
        case "ascii", "us-ascii", "ansi_x3.4-1968": return "us-ascii"
        case "cp1252", "x-cp1252": return "windows-1252"
        case "sjis", "shift-jis", "x-sjis": return "shift_jis"
        case "euc_kr": return "euc-kr"
        default: return lowered
        }
    }
}
