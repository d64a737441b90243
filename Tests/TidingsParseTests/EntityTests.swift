import Testing
import TidingsModel
@testable import TidingsParse

/// Character references as feeds write them, read the way HTML5 reads them inside XML that declares
/// none (`CharacterReference`, `EntityRewriter`), and text that was escaped twice.
@Suite struct EntityTests {
    /// Parses `markup` as the text of an item's `<category>`: a plain field, decoded by the XML layer
    /// alone (titles are decoded once more, see `doubleEscapedTitles`).
    private func category(_ markup: String) -> ParsedFeed {
        FeedParser.parse(Array("""
            <rss version="2.0"><channel><title>T</title><item><category>\(markup)</category></item></channel></rss>
            """.utf8), url: nil, contentType: nil)
    }

    /// Written reference, the text it must become, and the `bozo_message` (nil: well-formed XML).
    static let references: [(markup: String, text: String, message: String?)] = [
        // XML's own five, and the HTML names feeds use without declaring them.
        ("&amp;", "&", nil), ("&lt;b&gt;", "<b>", nil), ("&quot;hi&quot;", "\"hi\"", nil), ("&apos;", "'", nil),
        ("a&nbsp;b", "a\u{A0}b", "undefined entity &nbsp; read as HTML"), ("caf&eacute;", "café", "undefined entity &eacute; read as HTML"),
        ("&Eacute;cole", "École", "undefined entity &Eacute; read as HTML"), ("x&mdash;y", "x—y", "undefined entity &mdash; read as HTML"),
        ("wait&hellip;", "wait…", "undefined entity &hellip; read as HTML"), ("it&rsquo;s", "it’s", "undefined entity &rsquo; read as HTML"),
        ("5&euro;", "5€", "undefined entity &euro; read as HTML"), ("&AMP;", "&", "undefined entity &AMP; read as HTML"),
        // Names only the HTML5 list has, some standing for two code points.
        ("&NotEqualTilde;", "\u{2242}\u{338}", "undefined entity &NotEqualTilde; read as HTML"),
        ("&fjlig;ord", "fjord", "undefined entity &fjlig; read as HTML"),
        ("&Oopf;", "\u{1D546}", "undefined entity &Oopf; read as HTML"), ("&check;", "✓", "undefined entity &check; read as HTML"),
        ("&CounterClockwiseContourIntegral;", "∳", "undefined entity &CounterClockwiseContourIntegral; read as HTML"),
        ("&notin;", "∉", "undefined entity &notin; read as HTML"), ("&lang;x&rang;", "⟨x⟩", "undefined entity &lang; read as HTML"),
        // Legacy names without a semicolon count, except before a letter, digit or `=` (URLs).
        ("&copy 2024", "© 2024", "reference &copy without ';' read as HTML"),
        ("fish &amp chips", "fish & chips", "reference &amp without ';' read as HTML"),
        ("caf&eacute", "café", "reference &eacute without ';' read as HTML"),
        ("?a=1&copy=2", "?a=1&copy=2", "unescaped '&'"), ("?x&notify=1", "?x&notify=1", "unescaped '&'"),
        ("?id=7&section=food", "?id=7&section=food", "unescaped '&'"), ("&hellip x", "&hellip x", "unescaped '&'"),
        // Numbers: decimal, hex, padded, without semicolon.
        ("&#233;", "é", nil), ("&#xE9;", "é", nil), ("&#XE9;", "é", nil), ("&#x1F600;", "😀", nil),
        ("&#0000233;", "é", nil), ("&#233 x", "é x", "reference &#233 without ';' read as HTML"),
        ("a&#10;b", "a\nb", nil),
        // The windows-1252 meaning of 0x80–0x9F, as HTML5 reads them.
        ("&#150;", "–", nil), ("&#x93;q&#x94;", "“q”", nil), ("&#128;", "€", nil), ("&#153;", "™", nil),
        ("&#129;", "\u{81}", nil),
        // Numbers that are no character: U+FFFD, and the document is flagged.
        ("&#0;", "\u{FFFD}", "invalid character reference &#0; replaced"),
        ("&#xD800;", "\u{FFFD}", "invalid character reference &#xD800; replaced"),
        ("&#1114112;", "\u{FFFD}", "invalid character reference &#1114112; replaced"),
        ("&#99999999999999;", "\u{FFFD}", "invalid character reference &#99999999999999; replaced"),
        ("&#1;", "\u{FFFD}", "invalid character reference &#1; replaced"),
        ("&#xFFFF;", "\u{FFFD}", "invalid character reference &#xFFFF; replaced"),
        // No reference at all: the `&` and everything after it stay.
        ("&#;", "&#;", "unescaped '&'"), ("&#x;", "&#x;", "unescaped '&'"), ("AT&T", "AT&T", "unescaped '&'"),
        ("a & b", "a & b", "unescaped '&'"), ("tail &", "tail &", "unescaped '&'"),
        ("&unknown;", "&unknown;", "undefined entity &unknown;, kept as text"),
        ("&EACUTE;", "&EACUTE;", "undefined entity &EACUTE;, kept as text"),
        ("&site-name;", "&site-name;", "undefined entity &site-name;, kept as text"),
        // Escaped twice in a plain field: decoded once, as XML says.
        ("&amp;amp;", "&amp;", nil), ("&amp;eacute;", "&eacute;", nil),
        // CDATA is never touched.
        ("<![CDATA[&eacute; &amp; AT&T]]>", "&eacute; &amp; AT&T", nil),
    ]

    @Test(arguments: references)
    func referenceIsReadAsHTML5Does(_ reference: (markup: String, text: String, message: String?)) {
        let feed = category(reference.markup)
        #expect(feed.entries.first?.categories.first?.term == reference.text)
        #expect(feed.bozoMessage == reference.message.map { "not well-formed: \($0) (line 1)" })
    }

    @Test func tableHoldsTheWholeWHATWGList() {
        #expect(HTML5EntityTable.count + HTML5EntityTable.legacyCount == 2_231)
        #expect(HTMLEntities.named(Array("zwnj".utf8))?.characters == "\u{200C}")
        #expect(HTMLEntities.named(Array("AElig".utf8))?.allowsMissingSemicolon == true)
        #expect(HTMLEntities.named(Array("mdash".utf8))?.allowsMissingSemicolon == false)
        #expect(HTMLEntities.named(Array("nosuchname".utf8)) == nil)
    }

    /// Text-typed values (titles) holding references after XML decoding were escaped twice: decoded
    /// once more, so a title reads `&`, and markup meant as text reads literally.
    static let doubleEscapedTitles: [(markup: String, title: String)] = [
        ("Ben &amp;amp; Jerry", "Ben & Jerry"), ("How to write &amp;lt;b&amp;gt;", "How to write <b>"),
        ("<![CDATA[Don&#8217;t panic]]>", "Don’t panic"), ("<![CDATA[Fish &amp; chips]]>", "Fish & chips"),
        ("Q&amp;A", "Q&A"), ("5 &lt; 6", "5 < 6"), ("&amp;amp;amp;", "&amp;"), ("AT&amp;T", "AT&T"),
    ]

    @Test(arguments: doubleEscapedTitles)
    func doubleEscapedTitleIsDecodedOnceMore(_ example: (markup: String, title: String)) {
        let feed = FeedParser.parse(Array("""
            <rss version="2.0"><channel><title>\(example.markup)</title></channel></rss>
            """.utf8), url: nil, contentType: nil)
        #expect(feed.info.title?.value == example.title)
    }

    @Test func htmlTextDecodesLikeTheFeedDoes() {
        #expect(HTMLEntities.decode("caf&eacute; &copy 2024 &#150; AT&T &unknown; &notin; &#0;")
            == "café © 2024 – AT&T &unknown; ∉ \u{FFFD}")
        #expect(PlainText.fromHTML("<p>Tom &amp Jerry&nbsp;&mdash;</p><p>&fjlig;ord</p>") == "Tom & Jerry — fjord")
    }

    @Test func doctypeEntitiesAreNeverExpanded() {
        let feed = FeedParser.parse(Array("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY custom "Injected"><!ENTITY eacute "X">]>
            <rss version="2.0"><channel><title>T</title><item><category>&custom; caf&eacute;</category></item>
            </channel></rss>
            """.utf8), url: nil, contentType: nil)
        #expect(feed.entries.first?.categories.first?.term == "&custom; café")
        #expect(feed.bozoMessage == "not well-formed: entity &custom; not expanded, kept as text (line 3)")
    }
}
