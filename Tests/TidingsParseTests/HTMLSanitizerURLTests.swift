import Testing
import TidingsParse

/// URLs inside HTML content: resolved against the content's base, and kept only with an allowed scheme.
@Suite struct HTMLSanitizerURLTests {
    static let base = "https://example.com/blog/post/"
    static let rel = "rel=\"noopener noreferrer\""

    /// Against `base`.
    static let resolved: [(String, String)] = [
        ("<a href=\"/a\">x</a>", "<a href=\"https://example.com/a\" \(rel)>x</a>"),
        ("<img src=\"../img.png\">", "<img src=\"https://example.com/blog/img.png\">"),
        ("<img src=\"//cdn.example/x.png\">", "<img src=\"https://cdn.example/x.png\">"),
        ("<a href=\"?page=2\">next</a>", "<a href=\"https://example.com/blog/post/?page=2\" \(rel)>next</a>"),
        ("<a href=\"#frag\">jump</a>", "<a href=\"https://example.com/blog/post/#frag\" \(rel)>jump</a>"),
        ("<a href=\"  https://other.example/x  \">t</a>", "<a href=\"https://other.example/x\" \(rel)>t</a>"),
        ("<a href=\"\">empty</a>", "empty"),
        ("<blockquote cite=\"source.html\">q</blockquote>",
         "<blockquote cite=\"https://example.com/blog/post/source.html\">q</blockquote>"),
        ("<video poster=\"p.jpg\"><source src=\"v.webm\" type=\"video/webm\"><track src=\"en.vtt\" kind=\"captions\" srclang=\"en\" default>fallback</video>",
         "<video poster=\"https://example.com/blog/post/p.jpg\" controls>"
            + "<source src=\"https://example.com/blog/post/v.webm\" type=\"video/webm\">"
            + "<track src=\"https://example.com/blog/post/en.vtt\" kind=\"captions\" srclang=\"en\" default>fallback</video>"),
        ("<picture><source srcset=\"a.webp\" type=\"image/webp\"><img src=\"a.jpg\" alt=\"\"></picture>",
         "<picture><source srcset=\"https://example.com/blog/post/a.webp\" type=\"image/webp\">"
            + "<img src=\"https://example.com/blog/post/a.jpg\" alt=\"\"></picture>"),
        ("<img srcset=\"a.png 1x, /b.png 2x\" src=\"a.png\">",
         "<img srcset=\"https://example.com/blog/post/a.png 1x, https://example.com/b.png 2x\" "
            + "src=\"https://example.com/blog/post/a.png\">"),
        ("<img srcset=\"javascript:alert(1) 1x, ok.png 2x\">", "<img srcset=\"https://example.com/blog/post/ok.png 2x\">"),
        ("<img srcset=\"https://img.example/w_100,h_50/a.jpg 100w,https://img.example/b.jpg  200w\" sizes=\"50vw\">",
         "<img srcset=\"https://img.example/w_100,h_50/a.jpg 100w, https://img.example/b.jpg 200w\" sizes=\"50vw\">"),
        ("<img srcset=\"a.png bogus, b.png, c.png 3x, d.png,e.png 2x\">",
         "<img srcset=\"https://example.com/blog/post/b.png, https://example.com/blog/post/c.png 3x, "
            + "https://example.com/blog/post/d.png,e.png 2x\">"),
        ("<img srcset=\"javascript:alert(1)\" alt=\"x\">", ""),
    ]

    @Test(arguments: resolved)
    func resolvesAgainstTheBase(_ html: String, _ expected: String) {
        #expect(HTMLSanitizer.sanitize(html, baseURL: Self.base) == expected)
    }

    /// Without a base, relative URLs stay relative: they have no scheme, so they cannot run script.
    static let unresolved: [(String, String)] = [
        ("<a href=\"/a\">x</a>", "<a href=\"/a\" \(rel)>x</a>"),
        ("<img src=\"../img.png\">", "<img src=\"../img.png\">"),
        ("<img src=\"//cdn.example/x.png\">", "<img src=\"//cdn.example/x.png\">"),
        ("<a href=\"?page=2\">next</a>", "<a href=\"?page=2\" \(rel)>next</a>"),
    ]

    @Test(arguments: unresolved)
    func keepsRelativeURLsWithoutABase(_ html: String, _ expected: String) {
        #expect(HTMLSanitizer.sanitize(html, baseURL: nil) == expected)
    }

    @Test func aHostileBaseCannotSmuggleAScheme() {
        // `xml:base` comes from the feed too.
        let html = "<a href=\"x\">t</a><img src=\"y.png\">"
        #expect(HTMLSanitizer.sanitize(html, baseURL: "javascript:alert(1)//") == "t")
        #expect(HTMLSanitizer.sanitize(html, baseURL: "data:text/html,x/") == "t")
    }

    static var all: [(String, String)] { resolved + unresolved }
}
