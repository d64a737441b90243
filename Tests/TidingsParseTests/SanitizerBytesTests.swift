import Testing
@testable import TidingsParse

/// The parser hands captured markup to the sanitiser as bytes (`HTMLSanitizer.sanitize(utf8:)`),
/// checked for UTF-8 while it is read: for valid bytes the result must be exactly what the string
/// entry gives, and invalid bytes must be refused so that the caller takes the string path.
@Suite struct SanitizerBytesTests {
    static let base = "https://example.com/blog/"

    static func viaBytes(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { HTMLSanitizer.sanitize(utf8: $0, baseURL: base) }
    }

    @Test func validBytesSanitiseAsTheirString() {
        let pieces = ["<p>", "</p>", "café", "日本", "&nbsp;", "&amp;", "&#8217;", "<a href=\"/x?a=1&amp;b=2\">", "</a>",
                      "<![CDATA[<b>x</b> & é]]>", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\r\n", "\u{1F600}", "<img src=\"é.png\">",
                      "</body>", "<wbr>", "x", " ", "\u{0}", "\u{7F}", "\u{85}", "ï»¿", "\u{EFBF}", "<br/>", "&eacute", "&unknown;"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let html = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = HTMLSanitizer.sanitize(html, baseURL: Self.base)
            #expect(Self.viaBytes(Array(html.utf8)) == expected, "\(html.debugDescription)")
        }
    }

    @Test func invalidBytesAreRefused() {
        for bytes: [UInt8] in [[0x61, 0xFF], [0xC3], [0xE9, 0x74, 0xE9], [0x3C, 0x70, 0x3E, 0xED, 0xA0, 0x80],
                               [0xEF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0x3C, 0x21, 0x5B, 0x43, 0x44, 0x41, 0x54, 0x41, 0x5B, 0x80, 0x5D, 0x5D, 0x3E]] {
            #expect(Self.viaBytes(bytes) == nil, "\(bytes)")
        }
    }
}
