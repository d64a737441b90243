import Foundation
import Testing
import TidingsModel
@testable import TidingsParse

/// How the parser decides a document's encoding and what it reports (`Docs/encodings.md`): BOM, byte
/// layout, HTTP charset against the declaration, legacy charsets through iconv, and repair of bytes
/// that do not fit.
@Suite struct EncodingTests {
    /// An RSS document whose channel title is `title`, raw bytes in whatever encoding the test chose.
    private func rss(declaring encoding: String?, title: [UInt8]) -> [UInt8] {
        let declaration = encoding.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>\n" } ?? ""
        return Array((declaration + "<rss version=\"2.0\"><channel><title>").utf8) + title
            + Array("</title><link>http://example.com/</link></channel></rss>\n".utf8)
    }

    private func parse(_ bytes: [UInt8], contentType: String? = nil) -> ParsedFeed {
        FeedParser.parse(bytes, url: nil, contentType: contentType)
    }

    /// Each legacy charset: the declaration's label, the title's bytes in it, the text, and the name
    /// reported (the label's IANA name unless it differs).
    static let legacyCharsets: [(label: String, bytes: [UInt8], text: String, reported: String?)] = [
        ("ISO-8859-1", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65], "Café crème", nil),
        ("iso-8859-2", [0xA3, 0xF3, 0x64, 0xBC, 0x2C, 0x20, 0x4B, 0x72, 0x61, 0x6B, 0xF3, 0x77], "Łódź, Kraków", nil),
        ("iso-8859-3", [0xA1, 0x61, 0x6D, 0x72, 0x75, 0x6E, 0x20, 0xF5, 0x6E, 0x69, 0x65, 0x6E], "Ħamrun ġnien", nil),
        ("iso-8859-4", [0xD3, 0x65, 0x6B, 0x61, 0x76, 0x61, 0x2C, 0x20, 0xD1], "Ķekava, Ņ", nil),
        ("ISO-8859-5", [0xBC, 0xDE, 0xE1, 0xDA, 0xD2, 0xD0], "Москва", nil),
        ("iso-8859-6", [0xE5, 0xD1, 0xCD, 0xC8, 0xC7], "مرحبا", nil),
        ("iso-8859-7", [0xC1, 0xE8, 0xDE, 0xED, 0xE1], "Αθήνα", nil),
        ("iso-8859-8", [0xF9, 0xEC, 0xE5, 0xED], "שלום", nil),
        ("latin5", [0xDD, 0x73, 0x74, 0x61, 0x6E, 0x62, 0x75, 0x6C, 0x20, 0xF0], "İstanbul ğ", "iso-8859-9"),
        ("iso-8859-10", [0xDE, 0xF3, 0x72, 0x73, 0x68, 0xF6, 0x66, 0x6E, 0x20, 0xBF], "Þórshöfn ŋ", nil),
        ("iso-8859-11", [0xCA, 0xC7, 0xD1, 0xCA, 0xB4, 0xD5], "สวัสดี", nil),
        ("iso-8859-13", [0xD0, 0x69, 0x61, 0x75, 0x6C, 0x69, 0x61, 0x69, 0x20, 0xE0, 0xE6], "Šiauliai ąę", nil),
        ("iso-8859-14", [0xD0, 0x79, 0x6E, 0x20, 0xFE, 0x20, 0xB8], "Ŵyn ŷ ẁ", nil),
        ("ISO-8859-15", [0xA4, 0x20, 0xBC, 0x75, 0x76, 0x72, 0x65], "€ Œuvre", nil),
        ("iso-8859-16", [0xAA, 0x74, 0x65, 0x66, 0x61, 0x6E, 0x20, 0xFE, 0x61, 0x72, 0xE3], "Ștefan țară", nil),
        ("windows-1250", [0x5A, 0x61, 0xBF, 0xF3, 0xB3, 0xE6, 0x20, 0x67, 0xEA, 0x9C, 0x6C, 0xB9], "Zażółć gęślą", nil),
        ("windows-1251", [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x2C, 0x20, 0xEC, 0xE8, 0xF0], "Привет, мир", nil),
        ("cp1252", [0x93, 0x51, 0x75, 0x6F, 0x74, 0x65, 0x94, 0x20, 0x96, 0x20, 0x80, 0x20, 0x8E], "“Quote” – € Ž",
         "windows-1252"),
        ("windows-1253", [0xCA, 0xE1, 0xEB, 0xE7, 0xEC, 0xDD, 0xF1, 0xE1], "Καλημέρα", nil),
        ("windows-1254", [0x47, 0xFC, 0x6E, 0x65, 0xFE, 0x20, 0xFD, 0xF0, 0x64, 0xFD, 0x72], "Güneş ığdır", nil),
        ("windows-1255", [0xF9, 0xEC, 0xE5, 0xED, 0x20, 0xF2, 0xE5, 0xEC, 0xED], "שלום עולם", nil),
        ("windows-1256", [0xE3, 0xD1, 0xCD, 0xC8, 0xC7, 0x20, 0xC8, 0xDF, 0xE3], "مرحبا بكم", nil),
        ("windows-1257", [0xC0, 0xFE, 0x75, 0x6F, 0x6C, 0x61, 0x73], "Ąžuolas", nil),
        ("windows-1258", [0xD0, 0x20, 0xF5, 0x20, 0xFD, 0x20, 0xFE], "Đ ơ ư ₫", nil),
        ("KOI8-R", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x2C, 0x20, 0xCD, 0xC9, 0xD2], "Привет, мир", nil),
        ("koi8-u", [0xEB, 0xC9, 0xA7, 0xD7, 0x20, 0xAD, 0xC1, 0xCE, 0xCF, 0xCB], "Київ ґанок", nil),
        ("Big5", [0xA5, 0x78, 0xC6, 0x57, 0xB7, 0x73, 0xBB, 0x44, 0x20, 0xA3, 0xE1], "台灣新聞 €", nil),
        ("gb2312", [0xD6, 0xD0, 0xB9, 0xFA, 0xD0, 0xC2, 0xCE, 0xC5], "中国新闻", "gb18030"),
        ("GBK", [0xD6, 0xD0, 0xB9, 0xFA, 0xD0, 0xC2, 0xCE, 0xC5, 0x20, 0xE9, 0x46], "中国新闻 镕", nil),
        ("GB18030", [0xD6, 0xD0, 0xCE, 0xC4, 0x20, 0xA2, 0xE3, 0x20, 0x95, 0x32, 0x82, 0x36], "中文 € 𠀀", nil),
        // 0x5C is a backslash, as browsers read Shift_JIS, not the yen sign of strict JIS X 0201.
        ("Shift_JIS", [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x20, 0xB6, 0xC5, 0x20, 0x5C], "日本語 ｶﾅ \\", nil),
        ("EUC-JP", [0xC6, 0xFC, 0xCB, 0xDC, 0xB8, 0xEC, 0xA4, 0xCE, 0xA5, 0xCB, 0xA5, 0xE5, 0xA1, 0xBC, 0xA5, 0xB9],
         "日本語のニュース", nil),
        // Inside the escape sequences sit `<` (0x3C) and `$`: only decoding first keeps the markup intact.
        ("ISO-2022-JP", [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C, 0x38, 0x6C, 0x24, 0x4E, 0x25, 0x4B, 0x25, 0x65,
                         0x21, 0x3C, 0x25, 0x39, 0x1B, 0x28, 0x42], "日本語のニュース", nil),
        ("EUC-KR", [0xC7, 0xD1, 0xB1, 0xB9, 0xBE, 0xEE, 0x20, 0xB4, 0xBA, 0xBD, 0xBA], "한국어 뉴스", nil),
    ]

    @Test(arguments: legacyCharsets)
    func legacyCharsetIsDecodedAndReported(_ charset: (label: String, bytes: [UInt8], text: String, reported: String?)) {
        let feed = parse(rss(declaring: charset.label, title: charset.bytes))
        #expect(feed.info.title?.value == charset.text)
        #expect(feed.encoding == charset.reported ?? charset.label.lowercased())
        #expect(!feed.bozo, "\(feed.bozoMessage ?? "")")
    }

    /// Text with characters from several planes, for the Unicode encodings.
    private let unicodeTitle = "Ελλάδα ✓ 日本 🎉"

    private func unicodeDocument(_ encoding: String.Encoding, bom: [UInt8], declaring label: String?) -> [UInt8] {
        let text = String(decoding: rss(declaring: label, title: Array(unicodeTitle.utf8)), as: UTF8.self)
        return bom + [UInt8](text.data(using: encoding)!)
    }

    @Test(arguments: [
        (String.Encoding.utf16LittleEndian, [UInt8]([0xFF, 0xFE]), "utf-16le"),
        (.utf16BigEndian, [0xFE, 0xFF], "utf-16be"),
        (.utf32LittleEndian, [0xFF, 0xFE, 0x00, 0x00], "utf-32le"),
        (.utf32BigEndian, [0x00, 0x00, 0xFE, 0xFF], "utf-32be"),
        (.utf8, [0xEF, 0xBB, 0xBF], "utf-8"),
    ])
    func byteOrderMarkDecidesTheEncoding(_ encoding: String.Encoding, _ bom: [UInt8], _ name: String) {
        let declared = name.hasPrefix("utf-8") ? "UTF-8" : String(name.prefix(6)).uppercased()
        let feed = parse(unicodeDocument(encoding, bom: bom, declaring: declared))
        #expect(feed.encoding == name)
        #expect(feed.info.title?.value == unicodeTitle)
        #expect(!feed.bozo, "\(feed.bozoMessage ?? "")")
    }

    @Test(arguments: [
        (String.Encoding.utf16LittleEndian, "utf-16le"), (.utf16BigEndian, "utf-16be"),
        (.utf32LittleEndian, "utf-32le"), (.utf32BigEndian, "utf-32be"),
    ])
    func wideEncodingWithoutByteOrderMarkIsDetected(_ encoding: String.Encoding, _ name: String) {
        for label in [String(name.prefix(6)).uppercased(), nil] as [String?] {
            let feed = parse(unicodeDocument(encoding, bom: [], declaring: label))
            #expect(feed.encoding == name)
            #expect(feed.info.title?.value == unicodeTitle)
            #expect(!feed.bozo, "\(feed.bozoMessage ?? "")")
        }
    }

    @Test func byteOrderMarkBeatsADisagreeingDeclaration() {
        let feed = parse([0xEF, 0xBB, 0xBF] + rss(declaring: "ISO-8859-1", title: Array("Škoda".utf8)))
        #expect(feed.encoding == "utf-8")
        #expect(feed.info.title?.value == "Škoda")
        #expect(feed.bozoMessage == "encoding: byte-order mark says utf-8 but document declared iso-8859-1 (line 1)")
    }

    @Test func oddLengthUTF16IsMendedAndReported() {
        let bytes = unicodeDocument(.utf16LittleEndian, bom: [0xFF, 0xFE], declaring: "UTF-16") + [0x0A]
        let document = PreparedDocument(bytes)
        #expect(document.encoding == "utf-16le")
        #expect(document.encodingProblem?.message
            == "encoding: document marked utf-16le by its byte-order mark but contains bytes invalid in it (line 3)")
        #expect(String(validating: document.bytes, as: UTF8.self) != nil)
        #expect(parse(bytes).info.title?.value == unicodeTitle)
    }

    // MARK: - HTTP charset against the document's own label

    /// Each conflict: HTTP `Content-Type`, declared encoding, the title's bytes, then the encoding
    /// that must be used and the `bozo_message` (nil: no fault in the document).
    static let conflicts: [(http: String, declared: String?, bytes: [UInt8], encoding: String, message: String?)] = [
        // The charset_conflict classic: a server default against a UTF-8 document that says so.
        ("text/xml; charset=ISO-8859-1", "UTF-8", Array("Zürich – “Rust”".utf8), "utf-8", nil),
        ("text/xml; charset=iso-8859-1", nil, Array("Zürich – “Rust”".utf8), "utf-8", nil),
        // The server default is right when the bytes are not UTF-8.
        ("text/xml; charset=ISO-8859-1", nil, [0x5A, 0xFC, 0x72, 0x69, 0x63, 0x68], "iso-8859-1", nil),
        // Two legacy labels: RFC 7303 order, and the declaration was wrong.
        ("application/rss+xml; charset=\"windows-1251\"", "koi8-r", [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2],
         "windows-1251", "encoding: document declared koi8-r but was served as windows-1251 (line 1)"),
        // HTTP says UTF-8 but the bytes are not; the declaration fits them.
        ("application/xml; charset=utf-8", "Shift_JIS", [0x93, 0xFA, 0x96, 0x7B], "shift_jis", nil),
        // HTTP UTF-8 fits UTF-8 bytes under a stale ISO-8859-1 declaration.
        ("application/xml; charset=UTF-8", "ISO-8859-1", Array("Škoda".utf8), "utf-8",
         "encoding: document declared iso-8859-1 but was served as utf-8 (line 1)"),
        // Plain ASCII reads the same either way: the document's own label is kept, nothing reported.
        ("text/xml; charset=koi8-r", "windows-1251", Array("Hello".utf8), "windows-1251", nil),
        // An unknown HTTP charset is ignored.
        ("text/xml; charset=x-no-such-thing", "windows-1251", [0xCF, 0xF0, 0xE8], "windows-1251", nil),
        // A label nobody knows yields to the HTTP charset, and is still reported.
        ("text/xml; charset=windows-1251", "x-cyrillic-ish", [0xCF, 0xF0, 0xE8], "windows-1251",
         "encoding: unknown encoding \"x-cyrillic-ish\" declared, read as windows-1251 (line 1)"),
        // HTTP names UTF-16 for bytes that cannot be: ignored.
        ("text/xml; charset=utf-16", nil, Array("Grüße".utf8), "utf-8", nil),
    ]

    @Test(arguments: conflicts)
    func httpCharsetIsWeighedAgainstTheDeclaration(
        _ conflict: (http: String, declared: String?, bytes: [UInt8], encoding: String, message: String?)
    ) {
        let feed = parse(rss(declaring: conflict.declared, title: conflict.bytes), contentType: conflict.http)
        #expect(feed.encoding == conflict.encoding)
        #expect(feed.bozoMessage == conflict.message)
        #expect(feed.bozo == (conflict.message != nil))
        #expect(feed.info.title?.value.contains("\u{FFFD}") == false)
    }

    @Test func contentTypeCharsetParameterIsFound() {
        #expect(Charset.label(inContentType: "text/xml; charset=\"ISO-8859-1\"") == "ISO-8859-1")
        #expect(Charset.label(inContentType: "application/rss+xml;CHARSET=utf-8 ; q=1") == "utf-8")
        #expect(Charset.label(inContentType: "text/xml; boundary=x") == nil)
        #expect(Charset.label(inContentType: "text/xml; charset=") == nil)
        #expect(Charset.label(inContentType: nil) == nil)
    }

    // MARK: - Bytes that do not fit the encoding

    @Test func windows1252BytesInAUTF8DocumentAreRepaired() {
        // “Best” — café, written by a CMS in windows-1252 under a UTF-8 declaration.
        let title: [UInt8] = [0x93, 0x42, 0x65, 0x73, 0x74, 0x94, 0x20, 0x97, 0x20, 0x63, 0x61, 0x66, 0xE9]
        let feed = parse(rss(declaring: "utf-8", title: title))
        #expect(feed.info.title?.value == "“Best” — café")
        #expect(feed.encoding == "windows-1252")
        #expect(feed.bozoMessage == "encoding: document declared utf-8 but contains windows-1252 bytes (line 2)")
    }

    @Test func oneWindows1252RunInAUTF8DocumentKeepsTheRestUTF8() {
        let title = Array("Cœur – ".utf8) + [0x93, 0x6F, 0x6B, 0x94]
        let feed = parse(rss(declaring: nil, title: title))
        #expect(feed.info.title?.value == "Cœur – “ok”")
        #expect(feed.encoding == "utf-8")
        #expect(feed.bozoMessage == "encoding: document is utf-8 by default but contains windows-1252 bytes (line 1)")
    }

    @Test func isoLatin1WithSmartQuotesIsReadAsWindows1252() {
        let feed = parse(rss(declaring: "ISO-8859-1", title: [0x93, 0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x94]))
        #expect(feed.info.title?.value == "“Müller”")
        #expect(feed.encoding == "windows-1252")
        #expect(feed.bozoMessage == "encoding: document declared iso-8859-1 but contains windows-1252 bytes (line 2)")
    }

    @Test func asciiDeclarationWithUTF8BytesIsReadAsUTF8() {
        let feed = parse(rss(declaring: "US-ASCII", title: Array("Naïve".utf8)))
        #expect(feed.info.title?.value == "Naïve")
        #expect(feed.encoding == "utf-8")
        #expect(feed.bozoMessage == "encoding: document declared us-ascii but contains non-ASCII bytes (line 2)")
        #expect(parse(rss(declaring: "us-ascii", title: Array("Plain".utf8))).encoding == "us-ascii")
    }

    @Test func bytesInvalidInALegacyCharsetBecomeReplacementCharacters() {
        // 0x85 0x30: not a Shift_JIS character (0x30 cannot trail), then valid 日本.
        let feed = parse(rss(declaring: "Shift_JIS", title: [0x85, 0x30, 0x93, 0xFA, 0x96, 0x7B]))
        #expect(feed.info.title?.value == "\u{FFFD}0日本")
        #expect(feed.encoding == "shift_jis")
        #expect(feed.bozoMessage == "encoding: document declared shift_jis but contains bytes invalid in it (line 2)")
    }

    @Test(arguments: ["x-mac-klingon", "UTF-7", "EBCDIC-US", "ISO-2022-CN-EXT"])
    func unknownOrUnsupportedCharsetFallsBackToUTF8(_ label: String) {
        let feed = parse(rss(declaring: label, title: Array("Smörgåsbord".utf8) + [0x96]))
        #expect(feed.info.title?.value == "Smörgåsbord–")
        #expect(feed.encoding == "utf-8")
        #expect(feed.bozoMessage == "encoding: unknown encoding \"\(label)\" declared, read as utf-8 (line 1)")
    }

    @Test func declaringUTF16InAnASCIIDocumentIsAFault() {
        let feed = parse(rss(declaring: "UTF-16", title: Array("Grüße".utf8)))
        #expect(feed.info.title?.value == "Grüße")
        #expect(feed.encoding == "utf-8")
        #expect(feed.bozoMessage == "encoding: document declared utf-16 but is not encoded so, read as utf-8 (line 1)")
    }

    @Test func everyDocumentReportsAnEncoding() {
        for bytes in [[], Array("   ".utf8), Array("{}".utf8), Array("<html><body>x</body></html>".utf8),
                      [0xFF, 0xFE], [0x00, 0x3C, 0x00]] as [[UInt8]] {
            #expect(parse(bytes).encoding != nil)
        }
    }

    @Test func preparedBytesAreAlwaysValidUTF8() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let noise = (0..<Int.random(in: 0...64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            for label in [nil, "utf-8", "shift_jis", "utf-16", "iso-2022-jp"] as [String?] {
                let document = PreparedDocument(rss(declaring: label, title: noise))
                #expect(String(validating: document.bytes, as: UTF8.self) != nil)
            }
        }
    }

    @Test func webPageMetaCharsetIsHonoured() {
        // <title>Лента</title> and a feed link titled "Новости", in windows-1251.
        let page = Array("""
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
            <link rel="alternate" type="application/rss+xml" title="
            """.utf8) + [0xCD, 0xEE, 0xE2, 0xEE, 0xF1, 0xF2, 0xE8] + Array("""
            " href="/rss"></head><body></body></html>
            """.utf8)
        let feed = FeedParser.parse(page, url: "http://example.ru/", contentType: "text/html")
        #expect(feed.encoding == "windows-1251")
        #expect(feed.advertisedFeeds.first?.title == "Новости")
        #expect(feed.advertisedFeeds.first?.href == "http://example.ru/rss")
    }

    @Test func declarationIsRewrittenToUTF8ForLibXML2() {
        let document = PreparedDocument(rss(declaring: "KOI8-R", title: [0xF0, 0xD2, 0xC9]))
        let text = String(decoding: document.bytes, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(text.contains("<title>При</title>"))
    }
}
