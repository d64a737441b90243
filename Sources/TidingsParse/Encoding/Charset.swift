/// A character encoding a feed can be written in, under the lowercase IANA name `parse --json`
/// reports, and how its bytes are turned into UTF-8.
///
/// Only encodings on this list are ever decoded: an unknown label is reported and the document is
/// read as UTF-8, so a feed cannot make the parser load an arbitrary iconv module by naming it.
struct Charset: Hashable, Sendable {
    enum Decoding: Hashable, Sendable {
        /// Checked and, where broken, repaired by reading the bad bytes as windows-1252.
        case utf8
        /// ASCII; non-ASCII bytes are read as UTF-8 (and repaired) rather than trusted.
        case usASCII
        /// ISO-8859-1, or windows-1252 when the C1 bytes 0x80–0x9F show that is what it really is.
        case latin1
        case windows1252
        /// glibc iconv under this name; `unit` is the code-unit size skipped past an invalid one.
        case iconv(String, unit: Int)
    }

    /// The lowercase IANA name reported as `encoding`.
    let name: String
    let decoding: Decoding

    static let utf8 = Charset(name: "utf-8", decoding: .utf8)
    static let windows1252 = Charset(name: "windows-1252", decoding: .windows1252)
    static let latin1 = Charset(name: "iso-8859-1", decoding: .latin1)
    static let utf16LE = wide("utf-16le", unit: 2)
    static let utf16BE = wide("utf-16be", unit: 2)
    static let utf32LE = wide("utf-32le", unit: 4)
    static let utf32BE = wide("utf-32be", unit: 4)

    /// UTF-16 and UTF-32, whose ASCII characters are not single bytes.
    var isWide: Bool { name.hasPrefix("utf-16") || name.hasPrefix("utf-32") }

    /// ISO-2022-JP shifts into two-byte mode with escape sequences, so even its ASCII-range bytes
    /// (`<`, `&`) may be parts of other characters until it is decoded.
    var isStateful: Bool { name == "iso-2022-jp" }

    /// What servers send when nobody configured a charset (Apache's old `AddDefaultCharset`, HTTP/1.1's
    /// text default): a `Content-Type` naming one of these is weak evidence about the document.
    var isServerDefault: Bool { name == "iso-8859-1" || name == "us-ascii" }

    /// True when `other` names the same encoding, `utf-16` standing for either byte order.
    func agrees(with other: Charset) -> Bool {
        other == self || (other.name == "utf-16" && name.hasPrefix("utf-16"))
            || (other.name == "utf-32" && name.hasPrefix("utf-32"))
    }

    /// The charset a label names (`ISO-8859-1`, `latin1`, `cp1252`, `Shift_JIS`, `gb2312`), or nil
    /// when it is unknown or deliberately unsupported (UTF-7, EBCDIC).
    static func named(_ label: String) -> Charset? {
        byLabel[TextValue.trim(label).lowercased()]
    }

    /// The `charset` parameter of an HTTP `Content-Type` (`text/xml; charset="ISO-8859-1"`), as written.
    static func label(inContentType contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, TextValue.trim(pair[0]).lowercased() == "charset" else { continue }
            let value = TextValue.trim(pair[1]).trimmingQuotes
            return value.isEmpty ? nil : value
        }
        return nil
    }

    private static func wide(_ name: String, unit: Int) -> Charset {
        Charset(name: name, decoding: .iconv(name.uppercased(), unit: unit))
    }

    private static func iconv(_ name: String, _ iconvName: String) -> Charset {
        Charset(name: name, decoding: .iconv(iconvName, unit: 1))
    }

    /// Every accepted label, lowercased, mapped to its charset. Aliases follow the WHATWG Encoding
    /// Standard's label list; decoders are the supersets browsers use (windows-31J for Shift_JIS,
    /// code page 949 for EUC-KR, GB18030 for GB2312 and GBK, code page 950 for Big5).
    private static let byLabel: [String: Charset] = {
        var table: [String: Charset] = [:]
        func add(_ charset: Charset, _ labels: [String]) {
            for label in labels + [charset.name] { table[label] = charset }
        }
        add(utf8, ["utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"])
        add(Charset(name: "us-ascii", decoding: .usASCII),
            ["ascii", "ansi_x3.4-1968", "iso646-us", "us", "cp367", "ibm367", "iso-ir-6", "csascii"])
        add(latin1, ["iso8859-1", "iso_8859-1", "iso88591", "iso_8859-1:1987", "latin1", "latin-1", "l1",
                     "iso-ir-100", "cp819", "ibm819", "csisolatin1"])
        add(windows1252, ["cp1252", "x-cp1252", "win-1252", "ms-ansi"])
        add(wide("utf-16", unit: 2), ["ucs-2", "unicode", "iso-10646-ucs-2", "csunicode"])
        add(utf16LE, ["unicodefeff"])
        add(utf16BE, ["unicodefffe"])
        add(wide("utf-32", unit: 4), ["ucs-4", "iso-10646-ucs-4"])
        add(utf32LE, [])
        add(utf32BE, [])
        for (part, aliases) in isoPartAliases {
            let name = "iso-8859-\(part)"
            add(iconv(name, name.uppercased()),
                ["iso8859-\(part)", "iso_8859-\(part)", "iso8859\(part)"] + aliases)
        }
        for page in 1250...1258 where page != 1252 {
            add(iconv("windows-\(page)", "CP\(page)"), ["cp\(page)", "x-cp\(page)", "win-\(page)"])
        }
        add(iconv("koi8-r", "KOI8-R"), ["koi8r", "koi", "koi8", "koi8_r", "cskoi8r"])
        add(iconv("koi8-u", "KOI8-U"), ["koi8-ru", "koi8u"])
        add(iconv("big5", "CP950"), ["big-5", "cn-big5", "csbig5", "x-x-big5", "cp950", "x-big5"])
        add(iconv("big5-hkscs", "BIG5-HKSCS"), ["big5hkscs"])
        // PARSE-JSON: a declared GB2312 is reported as the GB18030 it is read with.
        add(iconv("gb18030", "GB18030"), ["gb2312", "gb_2312", "gb_2312-80", "euc-cn", "csgb2312", "chinese",
                                           "iso-ir-58", "x-gb2312"])
        add(iconv("gbk", "GB18030"), ["cp936", "ms936", "windows-936", "x-gbk"])
        add(iconv("shift_jis", "CP932"), ["shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j",
                                           "ms932", "cp932"])
        add(iconv("euc-jp", "EUC-JP"), ["eucjp", "x-euc-jp", "cseucpkdfmtjapanese"])
        add(iconv("iso-2022-jp", "ISO-2022-JP"), ["csiso2022jp"])
        add(iconv("euc-kr", "CP949"), ["euckr", "euc_kr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601",
                                        "korean", "csksc56011987", "iso-ir-149", "windows-949", "cp949", "uhc"])
        add(iconv("windows-874", "CP874"), ["cp874", "dos-874"])
        add(iconv("tis-620", "TIS-620"), ["tis620"])
        add(iconv("ibm866", "IBM866"), ["cp866", "866", "csibm866"])
        add(iconv("macintosh", "MACINTOSH"), ["mac", "x-mac-roman", "csmacintosh"])
        return table
    }()

    /// ISO-8859 parts 2–16 (there is no part 12) and their `latinN`-style names.
    private static let isoPartAliases: [(Int, [String])] = [
        (2, ["latin2", "l2", "csisolatin2"]), (3, ["latin3", "l3"]), (4, ["latin4", "l4"]),
        (5, ["cyrillic", "csisolatincyrillic"]), (6, ["arabic", "csisolatinarabic"]),
        (7, ["greek", "greek8", "csisolatingreek"]), (8, ["hebrew", "csisolatinhebrew"]),
        (9, ["latin5", "l5"]), (10, ["latin6", "l6"]), (11, []), (13, ["latin7"]), (14, ["latin8"]),
        (15, ["latin9", "latin-9", "l9"]), (16, ["latin10"]),
    ]
}

private extension String {
    /// Without one pair of surrounding double or single quotes.
    var trimmingQuotes: String {
        guard count >= 2, let first, let last, first == last, first == "\"" || first == "'" else { return self }
        return String(dropFirst().dropLast())
    }
}
