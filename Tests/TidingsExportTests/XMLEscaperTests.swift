import TidingsModel
import Testing
@testable import TidingsExport

@Suite struct XMLEscaperTests {
    @Test func textEscapesMarkupAndCDATATerminator() {
        #expect(XMLEscaper.text("a & b <c> ]]> \"q\" 'a'") == "a &amp; b &lt;c&gt; ]]&gt; \"q\" 'a'")
    }

    @Test func attributeEscapesQuotesAndWhitespaceThatNormalisationWouldEat() {
        #expect(XMLEscaper.attribute("a\"b'c&d<e>") == "a&quot;b&apos;c&amp;d&lt;e&gt;")
        #expect(XMLEscaper.attribute("tab\tlf\ncr\r") == "tab&#9;lf&#10;cr&#13;")
    }

    @Test func carriageReturnSurvivesInText() {
        #expect(XMLEscaper.text("one\r\ntwo\tthree") == "one&#13;\ntwo\tthree")
    }

    @Test func forbiddenCodePointsAreRemoved() {
        #expect(XMLEscaper.text("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g") == "abcdefg")
        #expect(XMLEscaper.text("x\u{FFFE}y\u{FFFF}z") == "xyz")
        #expect(XMLEscaper.attribute("\u{1}v") == "v")
        #expect(XMLEscaper.removingForbidden("ok\u{7}") == "ok")
    }

    @Test func allowedCodePointsAreKept() {
        let text = "é 日本 🎉 \u{7F} \u{85} \u{FFFD} \u{10FFFF}"
        #expect(XMLEscaper.text(text) == text)
        #expect(XMLEscaper.removingForbidden(text) == text)
    }

    @Test func everyEscapedStringParsesBack() throws {
        let nasty = "<script>alert('&')</script> ]]> \u{1}\r\n\t\"end\""
        let document = "<r a=\"\(XMLEscaper.attribute(nasty))\">\(XMLEscaper.text(nasty))</r>"
        let root = try XMLTree.parse(Array(document.utf8))
        let expected = XMLEscaper.removingForbidden(nasty)
        #expect(root.text == expected)
        #expect(root.attributes["a"] == expected)
    }

    @Test func rawControlCharacterIsRejectedByTheCheckingParser() {
        // The guard above is only worth something if the parser in these tests is strict.
        #expect(throws: XMLTree.ParseError.self) { try XMLTree.parse(Array("<r>\u{1}</r>".utf8)) }
    }
}
