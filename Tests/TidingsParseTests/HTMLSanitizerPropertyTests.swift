import Foundation
import Testing
import TidingsParse

/// Properties that must hold for any input, checked on generated tag soup: nothing active survives,
/// and the output is a fixed point. For a longer hunt, set `TIDINGS_SOUP_COUNT` (default 3000) and
/// `TIDINGS_SOUP_SEED`.
@Suite struct HTMLSanitizerPropertyTests {
    /// Pieces that stress libxml2's repairs: implied ends, unknown and void elements, dropped subtrees.
    static let pieces = [
        "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "<font>", "</font>", "<center>", "<span>",
        "</span>", "<ul>", "<ol>", "</ul>", "<li>", "<dl>", "<dt>", "<dd>", "<table>", "</table>", "<tr>",
        "<td>", "<th>", "</td>", "<h1>", "</h1>", "<h2>", "<pre>", "<blockquote>", "<a href=x>", "</a>",
        "<a href=javascript:alert(1)>", "<img src=y onerror=alert(1)>", "<br>", "<hr>", "<wbr>",
        "<source src=s>", "<video>", "</video>", "<picture>", "<noscript>", "</noscript>", "<script>",
        "</script>", "<style>", "<svg>", "</svg>", "<select>", "<option>", "<textarea>", "</textarea>",
        "<iframe src=//www.youtube.com/embed/v>", "<iframe src=https://evil.example/>", "</iframe>",
        "<!--", "-->", "<![CDATA[", "]]>", "</body>", "</html>", "<o:p>", "text", " ", "\n", "&amp;",
        "&lt;", "é", "<", ">", "\"", "<form>", "<table><tr><td>", "<details>", "<summary>", "<track src=t>",
        "<audio>", "<caption>", "<col>", "<colgroup>", "<tbody>", "<thead>", "<ruby>", "<rt>", "<q>", "<address>",
        "<head>", "<body>", "<html>", "<title>", "<xmp>", "<plaintext>", "<nobr>", "<marquee>", "<em>", "</em>",
        "<section>", "<figure>", "<sup>", "<small>", "<h3>", "</h3>", "<dir>", "<menu>", "<abbr>", "<wbr/>",
    ]

    /// Deterministic fragments from a small linear congruential generator.
    static func soup(count: Int) -> [String] {
        var state: UInt64 = UInt64(ProcessInfo.processInfo.environment["TIDINGS_SOUP_SEED"] ?? "") ?? 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            (0..<(1 + next(24))).map { _ in pieces[next(pieces.count)] }.joined()
        }
    }

    @Test func generatedSoupIsSafeAndIdempotent() {
        for html in Self.soup(count: Int(ProcessInfo.processInfo.environment["TIDINGS_SOUP_COUNT"] ?? "") ?? 3000) {
            let once = HTMLSanitizer.sanitize(html, baseURL: "https://example.com/")
            for problem in HTMLSanitizerOutput.problems(in: once) + HTMLSanitizerOutput.mentions("evil.example", in: once) {
                Issue.record("\(problem) in \(once) from \(html)")
            }
            #expect(HTMLSanitizer.sanitize(once, baseURL: "https://example.com/") == once, "from \(html)")
        }
    }
}
