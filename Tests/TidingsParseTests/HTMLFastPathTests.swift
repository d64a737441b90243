import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TidingsParse

/// The fast reader against libxml2: whenever `FastFragmentReader` accepts a fragment, the events it
/// reports (start tags with every attribute, end tags, joined text) and the sanitised output must be
/// exactly libxml2's. Run on every HTML text in the fixtures, on the bench corpus' shapes, on
/// generated fragments made of what the fast reader accepts, on the sanitiser's own test cases and on
/// a table of tricky cases; and the common shapes must actually take the fast path.
@Suite struct HTMLFastPathTests {
    static let base = "https://example.com/blog/post/"

    /// Compares both readers on `html`; returns whether the fast reader accepted it.
    @discardableResult
    static func check(_ html: String, _ origin: @autoclosure () -> String = "") -> Bool {
        let slow = HTMLSanitizer.events(html, reader: .libxml2)
        let fast = HTMLSanitizer.events(html, reader: .fast)
        let fastOutput = HTMLSanitizer.sanitize(html, baseURL: base, reader: .fast)
        #expect((fast == nil) == (fastOutput == nil), "accepted for events but not for output: \(html.debugDescription)")
        guard let fast else { return false }
        if fast != slow {
            let slowEvents = slow ?? []
            let firstDifference = zip(fast, slowEvents).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(fast.count, slowEvents.count)
            Issue.record("""
                events differ \(origin()) for \(html.debugDescription)
                  at event \(firstDifference): fast \(fast.dropFirst(firstDifference).prefix(4).map(\.description)) \
                libxml2 \(slowEvents.dropFirst(firstDifference).prefix(4).map(\.description))
                """)
        }
        let slowOutput = HTMLSanitizer.sanitize(html, baseURL: base, reader: .libxml2)
        #expect(fastOutput == slowOutput, "output differs \(origin()) for \(html.debugDescription)")
        #expect(HTMLSanitizer.sanitize(html, baseURL: base) == slowOutput)
        return true
    }

    // MARK: - hand-written cases

    /// Tricky inputs; each is compared, and the fast reader may accept or refuse it.
    static let tricky: [String] = [
        "<p>Hello</p>", "<P>Upper</P>", "<p>a</P>", "<P CLASS=x ID='y'>z</p>", "<p>unclosed", "<b><i>x</i></b>",
        "<p>one</p>\n\n<p>two</p>\n", "  <p>lead</p>  ", "\n", " <br> ", "<br>", "<br/>", "<br />", "<BR>",
        "<img src=a.png>", "<img src=a.png/>", "<img src=\"a.png\"/>", "<img src='a.png' alt=\"it's\">",
        "<img src=\"a.png\" alt=\"multi\nline\tvalue\">", "<img src=\"x\" src=\"y\">", "<img SRC=\"x\" Src=\"y\">",
        "<img alt src=x>", "<img alt=\"\" src=x>", "<img src=x alt=>", "<img src = x>", "<img src=x/ >",
        "<p/>", "<p/>text", "<div/>x", "<a href=x/>y", "<span/>z", "<b/>", "<li/>",
        "<a href=\"/x?a=1&b=2\">q</a>", "<a href=\"/x?a=1&amp;b=2\">q</a>", "<a href=\"/x?a=1&#38;b=2\">q</a>",
        "<a href=\"/x?copy=1&copy;\">q</a>", "<a href=\"/x?a&\">q</a>", "<a href=\"&\">q</a>", "<a href=x&y>q</a>",
        "<a href=\"x\"title=\"y\">z</a>", "<a href=\"x\" title='a\"b'>z</a>", "<a href=\"a>b\">z</a>",
        "<a href=\"a<b\">z</a>", "<a href=`x`>z</a>", "<a href=x'y>z</a>", "<a href=\"x\">a<a href=\"y\">b</a></a>",
        "Tom & Jerry", "AT&T", "&", "a &", "x&y;z", "&foo;", "&foo bar", "&amp", "&amp;", "&lt;b&gt;", "&copy",
        "&copy;", "&#169;", "&#xA9;", "&#XA9;", "&#xa9", "&#169", "&#;", "&#x;", "&#0;", "&#9;", "&#10;", "&#13;",
        "&#x7f;", "&#128;", "&#x80;", "&#x9F;", "&#150;", "&#xA0;", "&#xD800;", "&#xDFFF;", "&#xFFFE;", "&#xFFFF;",
        "&#xFDD0;", "&#x1F600;", "&#x10FFFF;", "&#x110000;", "&#99999999;", "&#0000065;", "&#x0041;", "&_x;", "&:x",
        "&a.b;", "&a-b c", "&é", "&nbsp;x", "a&nbsp;b", "&Tab;", "&NotANamedThing;", "&mdash;", "&hellip;",
        "<p>&mdash; x &nbsp;é “q”</p>", "<pre>\nfirst line</pre>", "<pre>\n\nx</pre>", "<pre><code>if (a &lt; b)</code></pre>",
        "<pre>  x\n  y</pre>", "<textarea>\nx</textarea>", "<ul><li>a</li><li>b</li></ul>", "<ul><li>a<li>b</ul>",
        "<ol><li>a</li></ol>", "<li>stray</li>", "<ul>\n<li>a</li>\n</ul>", "<ul><li><ul><li>x</li></ul></li></ul>",
        "<ul><li><p>x</p></li></ul>", "<p>a<div>b</div></p>", "<p>a<ul><li>b</li></ul></p>", "<p><p>x</p></p>",
        "<span><div>x</div></span>", "<a href=x><div>x</div></a>", "<div><div>x</div></div>",
        "<span><span>x</span></span>", "<b><b>x</b></b>", "<h1><h2>x</h2></h1>", "<h1>a</h1><h2>b</h2>",
        "<blockquote><p>q</p></blockquote>", "<figure><img src=x><figcaption>c</figcaption></figure>",
        "<picture><source srcset=\"a.webp\" type=\"image/webp\"><img src=\"a.jpg\"></picture>",
        "<picture><source srcset=a.webp><source srcset=b.avif><img src=a.jpg></picture>after",
        "<picture><source srcset=a.webp/><img src=a.jpg></picture>", "<source src=x>", "<p><source src=x></p>",
        "<video><source src=x></video>", "<p>a<wbr>b</p>", "<p>a<wbr/>b</p>", "<p>a<WBR >b</p>", "<wbr class=x>y",
        "<hr>", "<p>a<hr>b</p>", "<hr/>", "<div><hr></div>", "<p>x</p><hr><p>y</p>", "<table><tr><td>x</td></tr></table>",
        "<script>alert(1)</script>", "<style>p{}</style>", "<iframe src=x></iframe>", "<noscript><img src=x></noscript>",
        "<!-- c -->x", "<!DOCTYPE html>x", "<?xml version=\"1.0\"?>x", "<![CDATA[x<y]]>", "a < b", "a <3 b", "a<", "<",
        "a </ b", "</>", "</p>", "x</p>", "<p>x</b></p>", "<b>x</p>", "<p>x</P >", "<p>x</p\n>", "</ p>", "<p>x</p x>",
        "<o:p>x</o:p>", "<font color=red>x</font>", "<center>x</center>", "<dl><dt>a</dt><dd>b</dd></dl>",
        "<svg><a href=x>y</a></svg>", "<math>x</math>", "<html><body>x</body></html>", "</body>x", "</html>y",
        "<body>x", "<head>x", "<title>t</title>x", "<p>\u{00A0}\u{2028}\u{FEFF}</p>", "<p>\u{0085}\u{009F}</p>",
        "<p>\u{1F600}</p>", "<p>tab\there</p>", "<p>cr\r\nlf\rcr</p>", "<p>ff\u{000C}x</p>", "<p>nul\u{0000}x</p>",
        "<p>\u{FFFE}\u{FFFF}</p>", "<p title=\"\u{FFFE}\">x</p>", "<a href='x' title=\"&#x22;q&#x22;\">z</a>",
        "<time datetime=\"2024-01-01\">d</time>", "<q cite=\"https://x\">q</q>", "<del datetime=x>d</del><ins>i</ins>",
        "<abbr title=\"x\">a</abbr>", "<mark>m</mark><s>s</s><u>u</u><small>s</small><sub>1</sub><sup>2</sup>",
        "<section><header><h2>t</h2></header><article><p>x</p></article><footer>f</footer><aside>a</aside></section>",
        "<nav><ul><li><a href=/>home</a></li></ul></nav>", "<main><p>x</p></main>", "<cite>c</cite><code>c</code>",
        "<p dir=rtl lang=ar>x</p>", "<p data-x=\"1\" aria-label=\"y\" xml:lang=\"en\">z</p>", "<p _x=1>y</p>",
        "<p a=1 a=2 A=3>x</p>", "<p a=\"1\"\n  b='2'\tc=3>x</p>", "<p\n>x</p>", "<p\tclass=a>x</p>", "< p>x</p>",
        "<p >x</p>", "<p class=\"a\" >x</p>", "<p class=\"a\"/ >x</p>", "<p class=\"a\" / >x</p>", "<p =x>y</p>",
        "<p class=\"unterminated>x</p>", "<p class='a'b>x</p>", "<img src=\"x\" width=\"1\" height=\"1\">",
        "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"java&#x09;script:alert(1)\">x</a>",
        "<a href=\" &#14; javascript:alert(1)\">x</a>", "<a href=\"&#106;avascript:x\">x</a>",
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\">", "<p>a</p><p>b", "<div><p>a</div>", "<em>a<strong>b</em></strong>",
        "<p><a href=x>a</a> <a href=y>b</a></p>", "<p><img src=a><img src=b></p>", "<p>" + String(repeating: "<b>", count: 300) + "x",
        String(repeating: "<div>", count: 600) + "deep", String(repeating: "<span>x</span>", count: 200),
        "<p>" + String(repeating: "long text ", count: 500) + "</p>", "<p title=\"" + String(repeating: "v", count: 3000) + "\">x</p>",
        "<a href=x>" + String(repeating: "y", count: 1500) + "</a>", "<p>x</p>" + String(repeating: " ", count: 1200),
        "<bdi>b</bdi><bdo dir=rtl>c</bdo><big>d</big><dfn>e</dfn><kbd>f</kbd><samp>g</samp><tt>h</tt><var>i</var>",
        "<strike>s</strike>", "<h3 id=x>t</h3><h4>t</h4><h5>t</h5><h6>t</h6>", "<p>x<br>y<br/>z</p>",
        "<ul><li>a</li>text<li>b</li></ul>", "<ol start=3 reversed><li value=5>x</li></ol>",
        "<div>\n  <p>a</p>\n  <ul>\n    <li>b</li>\n  </ul>\n</div>\n", "<a\nhref=\"x\"\n>y</a>",
        "<picture><source srcset=a.webp></source><img src=a.jpg></picture>", "<p>a</br>b</p>", "<p>a</img>b</p>",
        "<p>a<wbr>b</wbr>c</p>", "<p>x</P\t>", "<p title=\"café ’ 日本\">x</p>", "<p " + String(repeating: "a", count: 70) + "=1>x</p>",
        String(repeating: "<div>", count: 250) + "deep" + String(repeating: "</div>", count: 250),
        String(repeating: "<span>", count: 255) + "x", "<p><![CDATA[a<b>&c]]></p>", "<p>a&#x26;lt;b</p>",
        "<a href=\"/x?ref=feed&amp;n=1\">l</a>&nbsp;é", "<img src=\"/i.jpg\" alt=\"a b\" width=\"640\" height=\"360\" />",
        "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p></div>", "<p>\u{2014}\u{00A0}</p>", "<h2>a</h2>\n<h2>b</h2>",
        "<em>a</em><em>b</em>", "<ul><li>a</li><li><ol><li>b</li></ol></li></ul>", "<blockquote><blockquote>x</blockquote></blockquote>",
        "<figure><picture><source srcset=a><img src=b></picture><figcaption><em>c</em></figcaption></figure>",
    ]

    @Test func trickyCasesAgree() {
        for html in Self.tricky { Self.check(html, "(tricky)") }
    }

    /// Common shapes the fast reader must take (and agree on).
    static let accepted: [String] = [
        "<p>Hello</p>", "<P CLASS=x ID='y'>z</p>", "<p>unclosed", "<p>one</p>\n\n<p>two</p>\n", "<br/>", "<br />",
        "<img src=a.png/>", "<img src='a.png' alt=\"it's\">", "<img src=\"x\" src=\"y\">", "<p/>text",
        "<a href=\"/x?a=1&b=2\">q</a>", "<a href=\"/x?a=1&amp;b=2\">q</a>", "Tom & Jerry", "&copy 2024", "&#x1F600;",
        "<pre>\nfirst line</pre>", "<ul><li>a</li><li>b</li></ul>", "<ul><li><p>x</p></li></ul>",
        "<div><div>x</div></div>", "<span><span>x</span></span>", "<b><b>x</b></b>",
        "<picture><source srcset=a.webp><source srcset=b.avif><img src=a.jpg></picture>after",
        "<p>a<wbr>b</p>", "<p>x</p\n>", "<p a=\"1\"\n  b='2'\tc=3>x</p>",
        String(repeating: "<div>", count: 250) + "deep" + String(repeating: "</div>", count: 250),
        "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p></div>",
        "<section><header><h2>t</h2></header><article><p>x</p></article><footer>f</footer><aside>a</aside></section>",
    ]

    @Test func commonShapesTakeTheFastPath() {
        for html in Self.accepted { #expect(Self.check(html, "(common shape)"), "refused \(html.debugDescription)") }
    }

    /// Inputs the fast reader must leave to libxml2.
    static let refused: [String] = [
        "<script>alert(1)</script>", "<style>p{}</style>", "<iframe src=x></iframe>", "<noscript>x</noscript>",
        "<textarea>x</textarea>", "<title>x</title>", "<table><tr><td>x</td></tr></table>", "<form>x</form>",
        "<svg>x</svg>", "<math>x</math>", "<o:p>x</o:p>", "<dl><dt>a</dt></dl>", "<p>a<div>b</div></p>",
        "<span><p>x</p></span>", "<a href=x><a href=y>z</a></a>", "<li>x</li>", "<p>x<!-- c --></p>",
        "<!DOCTYPE html><p>x</p>", "<?php x ?>", "a < b", "a <3", "x</p>", "<b>x</i></b>", "<p>a</b>",
        "&#128;", "&#x9F;", "&#0;", "&#xD800;", "&#xFFFF;", "&#x110000;", "&#;", "&#65", "&unknown;", "trailing &",
        "<p class=a b=>x</p>", "<p class = a>x</p>", "<p class=\"a\"b=\"c\">x</p>", "<p / >x</p>", "<wbr class=x>y",
        "<p>" + String(repeating: "<span>", count: 300) + "x", "<html>x", "<body>x", "</body>x", "<p>x</p y>",
    ]

    @Test func hostileAndUnsureInputsAreRefused() {
        for html in Self.refused {
            #expect(HTMLSanitizer.events(html, reader: .fast) == nil, "accepted \(html.debugDescription)")
            #expect(HTMLSanitizer.sanitize(html, baseURL: Self.base) == HTMLSanitizer.sanitize(html, baseURL: Self.base, reader: .libxml2))
        }
    }

    @Test func theSanitizerTestCasesAgree() {
        let cases = HTMLSanitizerTests.attacks + HTMLSanitizerTests.kept + HTMLSanitizerTests.reparsed
            + HTMLSanitizerURLTests.resolved + HTMLSanitizerURLTests.unresolved
        for (html, _) in cases { Self.check(html, "(sanitizer test case)") }
        for html in HTMLSanitizerPropertyTests.soup(count: 2000) { Self.check(html, "(soup)") }
    }

    // MARK: - fixtures

    /// The text of every element of every XML fixture that holds markup or a reference (content,
    /// summaries, descriptions, but also anything else: more inputs do no harm), and each fixture
    /// as a whole.
    static func fixtureFragments() throws -> [(String, String)] {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        var fragments: [(String, String)] = []
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { !$0.lastPathComponent.hasSuffix(".expected.json") } ?? []
        for file in files.sorted(by: { $0.path < $1.path }) {
            guard let data = try? Data(contentsOf: file), !data.isEmpty else { continue }
            let name = file.pathComponents.suffix(2).joined(separator: "/")
            fragments.append((String(decoding: data, as: UTF8.self), name))
            let collector = TextCollector()
            let parser = XMLParser(data: data)
            parser.delegate = collector
            _ = parser.parse()
            for text in collector.texts where text.contains("<") || text.contains("&") {
                fragments.append((text, name))
            }
        }
        return fragments
    }

    @Test func fixtureTextsAgree() throws {
        let fragments = try Self.fixtureFragments()
        #expect(fragments.count > 150)
        var accepted = 0
        for (html, origin) in fragments where Self.check(html, "(fixture \(origin))") { accepted += 1 }
        #expect(accepted > 20, "the fast reader accepted only \(accepted) of \(fragments.count) fixture texts")
    }

    // MARK: - generated fragments

    /// Article bodies shaped as `bench/make-corpus.py` writes them (HTML in CDATA or escaped, and the
    /// XHTML variant, which the parser hands over re-serialised), from a fixed seed.
    static func corpusShapes(count: Int) -> [String] {
        var random = SplitMix(seed: 0xC0FFEE)
        let words = ["feed", "reader", "parse", "tidings", "swift", "markup", "latency", "queue", "système",
                     "naïve", "über", "café", "token", "buffer", "release", "draft", "night", "river"]
        func phrase(_ low: Int, _ high: Int) -> String {
            (0..<random.int(low, high)).map { _ in words[random.int(0, words.count - 1)] }.joined(separator: " ")
        }
        func sentence() -> String {
            var text = phrase(6, 16)
            let roll = random.int(0, 9)
            if roll == 0 { text += " &mdash; " + phrase(2, 5) }
            if roll == 1 { text += "&nbsp;é" }
            if roll == 2 { text += ", \u{201C}" + phrase(2, 6) + "\u{201D}" }
            return text.prefix(1).uppercased() + text.dropFirst() + "."
        }
        func body(_ paragraphs: Int) -> String {
            var out: [String] = []
            for number in 0..<paragraphs {
                var parts = (0..<random.int(2, 6)).map { _ in sentence() }
                if random.int(0, 1) == 0 {
                    let slug = phrase(2, 4).replacingOccurrences(of: " ", with: "-")
                    parts.insert("<a href=\"https://blog.example.net/\(slug)?ref=feed&amp;n=\(number)\">\(phrase(2, 5))</a>", at: 1)
                }
                if random.int(0, 9) < 3 { parts.insert("<em>\(phrase(1, 3))</em>", at: 0) }
                out.append("<p>" + parts.joined(separator: " ") + "</p>")
                switch random.int(0, 99) {
                case 0..<12:
                    out.append("<p><img src=\"/images/\(random.int(1000, 9999)).jpg\" alt=\"\(phrase(2, 4))\" width=\"640\" height=\"360\"></p>")
                case 12..<20:
                    out.append("<ul>" + (0..<random.int(2, 5)).map { _ in "<li>\(phrase(3, 8))</li>" }.joined() + "</ul>")
                case 20..<25:
                    out.append("<pre><code>if (a &lt; b &amp;&amp; c &gt; d) { return 0; }</code></pre>")
                case 25..<28:
                    out.append("<blockquote><p>" + sentence() + "</p></blockquote>")
                default:
                    break
                }
            }
            return out.joined(separator: "\n")
        }
        return (0..<count).map { index in
            let html = body(index % 5 == 0 ? 1 : random.int(2, 12))
            guard index % 4 == 3 else { return html }
            // The XHTML variant: entities already characters, the image self-closed, in a namespaced div.
            let xhtml = html.replacingOccurrences(of: "&nbsp;", with: "\u{00A0}")
                .replacingOccurrences(of: "&mdash;", with: "\u{2014}")
                .replacingOccurrences(of: "height=\"360\">", with: "height=\"360\" />")
            return "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + xhtml + "</div>"
        }
    }

    @Test func corpusShapesAgreeAndTakeTheFastPath() {
        let fragments = Self.corpusShapes(count: 400)
        var accepted = 0
        for html in fragments where Self.check(html, "(corpus shape)") { accepted += 1 }
        #expect(accepted * 100 >= fragments.count * 90, "fast path took \(accepted) of \(fragments.count)")
    }

    /// Fragments assembled at random from what the fast reader accepts, with the mistakes it must
    /// notice mixed in: any order of tags, stray and missing end tags, odd attribute syntax, references.
    static func generated(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix(seed: seed)
        let names = ["p", "div", "span", "a", "b", "i", "em", "strong", "ul", "ol", "li", "blockquote", "h1", "h2",
                     "h6", "pre", "code", "figure", "figcaption", "picture", "source", "img", "br", "hr", "wbr",
                     "section", "article", "sub", "sup", "small", "q", "cite", "time", "del", "ins", "mark", "s",
                     "u", "abbr", "font", "header", "footer", "aside", "nav", "main", "tt", "big", "dfn", "kbd",
                     "var", "samp", "bdi", "bdo", "strike", "table", "td", "dt", "dd", "center", "x-y", "o:p",
                     "textarea", "title", "script", "html", "body", "address", "nobr"]
        let attributes = [" href=\"https://e.example/a?b=1&amp;c=2\"", " href=x", " href='/y'", " src=\"a.png\"",
                          " srcset=\"a.png 1x, b.png 2x\"", " alt=\"A &#x2014; b\"", " title=\"t&quot;\"", " class=a",
                          " CLASS=\"B\"", " id=i", " width=640", " height=\"1\"", " lang=en", " dir=rtl", " data-x",
                          " hidden", " title=\"multi\nline\"", " title='q\"q'", " href=\"a&b\"", " alt=\"&#128;\"",
                          " title=\"&#x1F600;\"", " style=\"x\"", " onclick=\"y\"", " title=\"&lt;&gt;\"",
                          " cite=\"https://c.example/\"", " datetime=\"2024-01-01\"", " type=\"image/webp\"",
                          " title= \"sp\"", " title=\"a\"title=\"b\"", " \ttitle=\"tab\""]
        let texts = ["x", "Hello world", " ", "\n", "\n  ", "é", "\u{1F600}", "&amp;", "&lt;", "&#169;", "&#xA0;",
                     "&nbsp;", "&mdash;", "Tom & Jerry", "a&b", "&unknown;", "&#0;", "a < b", "1 > 0", "&#13;", "\t",
                     "&copy", "\u{00A0}", "&#x9;", "&#10;", "’", "&Tab;", "&amp;amp;"]
        // Two in three fragments keep to the names the reader knows and mostly close what they open.
        let known = Array(names.prefix(54))
        return (0..<count).map { index in
            let clean = index % 3 != 0
            let pool = clean ? known : names
            var html = ""
            var open: [String] = []
            for _ in 0..<random.int(1, 30) {
                switch random.int(0, 9) {
                case 0...3:
                    let name = pool[random.int(0, pool.count - 1)]
                    var tag = "<" + (random.int(0, 9) == 0 ? name.uppercased() : name)
                    for _ in 0..<random.int(0, 2) where random.int(0, 1) == 0 {
                        tag += attributes[random.int(0, clean ? 25 : attributes.count - 1)]
                    }
                    tag += random.int(0, clean ? 40 : 14) == 0 ? "/>" : (random.int(0, 19) == 0 ? " >" : ">")
                    html += tag
                    open.append(name)
                case 4...5:
                    if let name = random.int(0, clean ? 60 : 7) == 0 ? pool.randomElement(using: &random) : open.popLast() {
                        html += random.int(0, 19) == 0 ? "</\(name.uppercased()) >" : "</\(name)>"
                    }
                default:
                    html += texts[random.int(0, clean ? 14 : texts.count - 1)]
                }
            }
            while random.int(0, 3) != 0, let name = open.popLast() { html += "</\(name)>" }
            return html
        }
    }

    @Test func generatedFragmentsAgree() {
        let count = Int(ProcessInfo.processInfo.environment["TIDINGS_FASTPATH_COUNT"] ?? "") ?? 6000
        let seed = UInt64(ProcessInfo.processInfo.environment["TIDINGS_FASTPATH_SEED"] ?? "") ?? 0xFA57
        var accepted = 0
        for html in Self.generated(count: count, seed: seed) where Self.check(html, "(generated)") { accepted += 1 }
        // Many are broken on purpose; enough must be accepted for the comparison to mean something.
        #expect(accepted * 6 >= count, "fast path took only \(accepted) of \(count)")
    }

    /// Every file of a folder as a fragment, and the text of its CDATA sections: set
    /// `TIDINGS_FASTPATH_CORPUS` to a folder (the fuzzer's `fuzz-corpus/`, `bench/corpus/`) to
    /// compare the readers on it; prints how many fragments the fast reader took.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TIDINGS_FASTPATH_CORPUS"] != nil))
    func corpusFolderAgrees() throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["TIDINGS_FASTPATH_CORPUS"] ?? "")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        var fragments = 0, accepted = 0
        for file in files.sorted(by: { $0.path < $1.path }) {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            var pieces = [text]
            var rest = text[...]
            while let open = rest.range(of: "<![CDATA["), let close = rest[open.upperBound...].range(of: "]]>") {
                pieces.append(String(rest[open.upperBound..<close.lowerBound]))
                rest = rest[close.upperBound...]
            }
            for html in pieces where html.contains("<") || html.contains("&") {
                fragments += 1
                if Self.check(html, "(\(file.lastPathComponent))") { accepted += 1 }
            }
        }
        print("fast reader took \(accepted) of \(fragments) fragments in \(folder.path)")
    }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    mutating func int(_ low: Int, _ high: Int) -> Int { Int.random(in: low...high, using: &self) }
}

/// Collects each element's text (character data and CDATA), innermost elements first.
private final class TextCollector: NSObject, XMLParserDelegate {
    var texts: [String] = []
    private var stack: [String] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        stack.append("")
        for value in attributeDict.values where value.contains("<") || value.contains("&") { texts.append(value) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1] += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if !stack.isEmpty { stack[stack.count - 1] += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if let text = stack.popLast(), !text.isEmpty { texts.append(text) }
    }
}
