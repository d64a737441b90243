import Testing
@testable import TidingsParse

/// `URLResolver.resolve` joins plain root-relative paths itself; for every pair it must give what
/// libxml2's `xmlBuildURI` gives. Checked on generated pairs inside and around the plain shape.
@Suite struct URLResolverTests {
    static let bases = [
        "https://example.org", "https://example.org/", "http://news.example.org/2023/03/14/post-slug/",
        "https://a-b.example.co.uk/feed", "https://example.org/feed?format=rss&x=1", "https://example.org/a/b.html",
        "http://127.0.0.1/x/", "https://example.org/a%20b/", "https://Example.org/", "https://example.org:8080/",
        "https://user@example.org/", "HTTPS://example.org/", "https://example.org/a b/", "https://example.org/#top",
        "https://example.org//double/", "file:///tmp/feed.xml", "https://例え.jp/", "https://example.org/~me/",
        "tag:example.org,2024:feed", "https://example.org/a?b=c#d", "https:/example.org/", "https://",
    ]

    static let segments = ["a", "images", "9954.jpg", "A-b_c~d.e", ".", "..", "", "x y", "é", "%20", "q?x=1", "frag#x",
                           "...", ".hidden", "a.", "CAPS", "1", "-", "_", "~"]

    @Test func plainRootPathsJoinAsLibXMLJoinsThem() {
        var generator = SystemRandomNumberGenerator()
        var references = ["/", "//host/x", "/a", "/a/", "/a/./b", "/a/../b", "/./", "/..", "/a//b", "/images/9954.jpg"]
        for _ in 0..<600 {
            let parts = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                Self.segments.randomElement(using: &generator)!
            }
            references.append("/" + parts.joined(separator: "/") + (Bool.random(using: &generator) ? "/" : ""))
        }
        var joinedWithoutLibXML = 0
        for base in Self.bases {
            for reference in references {
                if URLResolver.joinPlainAbsolutePath(reference, base) != nil { joinedWithoutLibXML += 1 }
                #expect(URLResolver.resolve(reference, against: base)
                        == URLResolver.resolveWithLibXML(reference, against: base), "\(reference) against \(base)")
            }
        }
        // The check means something only if the shortcut was taken often.
        #expect(joinedWithoutLibXML > 1000)
    }

    @Test func theUsualShapesTakeTheShortcut() {
        #expect(URLResolver.joinPlainAbsolutePath("/images/9954.jpg", "https://news606.example.org/2023/03/14/a-b/")
                == "https://news606.example.org/images/9954.jpg")
        #expect(URLResolver.joinPlainAbsolutePath("/posts/1", "https://example.org") == "https://example.org/posts/1")
        #expect(URLResolver.joinPlainAbsolutePath("/a/../b", "https://example.org/") == nil)
        #expect(URLResolver.joinPlainAbsolutePath("//cdn.example.org/x", "https://example.org/") == nil)
        #expect(URLResolver.joinPlainAbsolutePath("/x", "https://example.org:8080/") == nil)
    }
}
