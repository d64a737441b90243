import Testing
@testable import TidingsDedup

/// One canonicalisation case: the quirk it covers, the link as a feed wrote it, and the result.
struct CanonicalVector: Sendable, CustomTestStringConvertible {
    let quirk: String
    let input: String
    let expected: String?
    var testDescription: String { quirk }

    init(_ quirk: String, _ input: String, _ expected: String?) {
        self.quirk = quirk
        self.input = input
        self.expected = expected
    }
}

@Suite struct CanonicalURLTests {
    static let vectors: [CanonicalVector] = [
        .init("everything at once", "HTTPS://Example.COM:443/Path?b=2&utm_source=x&a=1#frag",
              "https://example.com/Path?b=2&a=1"),
        .init("bare host gets a slash", "http://example.com", "http://example.com/"),
        .init("query on a bare host", "https://example.com?p=1", "https://example.com/?p=1"),
        .init("http default port", "http://example.com:80/a", "http://example.com/a"),
        .init("port 80 is not the https default", "https://example.com:80/a", "https://example.com:80/a"),
        .init("other port kept", "http://example.com:8080/a", "http://example.com:8080/a"),
        .init("empty port", "https://example.com:/a", "https://example.com/a"),
        .init("port with leading zero", "https://example.com:0443/a", "https://example.com/a"),
        .init("fragment dropped", "https://example.com/2025/03/post#comments", "https://example.com/2025/03/post"),
        .init("only utm parameters", "https://example.com/a?utm_source=rss&utm_medium=feed&utm_campaign=b",
              "https://example.com/a"),
        .init("utm in any case", "https://example.com/a?UTM_Campaign=x&id=7", "https://example.com/a?id=7"),
        .init("click ids among real parameters", "https://example.com/a?fbclid=IwAR1&page=2&gclid=x&sort=new",
              "https://example.com/a?page=2&sort=new"),
        .init("mail and social trackers", "https://example.com/a?mc_cid=1&mc_eid=2&_ga=3&igshid=4&yclid=5&msclkid=6&dclid=7",
              "https://example.com/a"),
        .init("news-site campaign ids", "https://example.com/a?cmpid=1&ncid=2&ocid=3&sr_share=4&at_medium=5&at_campaign=6",
              "https://example.com/a"),
        .init("twitter markers", "https://example.com/a?ref_src=twsrc%5Etfw&__twitter_impression=true",
              "https://example.com/a"),
        .init("utm without underscore is real", "https://example.com/a?utm=keep&notutm_source=1",
              "https://example.com/a?utm=keep&notutm_source=1"),
        .init("wordpress permalink query", "https://blog.example.org/?p=123", "https://blog.example.org/?p=123"),
        .init("empty query removed", "https://example.com/a?", "https://example.com/a"),
        .init("empty parameters removed", "https://example.com/a?&x=1&&y=2&", "https://example.com/a?x=1&y=2"),
        .init("plus and reserved escapes kept", "https://example.com/s?q=a+b&x=%3D%26", "https://example.com/s?q=a+b&x=%3D%26"),
        .init("unreserved escapes decoded", "https://example.com/%7Euser/a%2Db%5F", "https://example.com/~user/a-b_"),
        .init("reserved escape upper-cased, not decoded", "https://example.com/a%2fb", "https://example.com/a%2Fb"),
        .init("utf-8 escapes upper-cased", "https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"),
        .init("raw non-ASCII path encoded", "https://example.com/café", "https://example.com/caf%C3%A9"),
        .init("space in path encoded", "https://example.com/a b", "https://example.com/a%20b"),
        .init("stray percent encoded", "https://example.com/100%/done", "https://example.com/100%25/done"),
        .init("path keeps its case", "https://example.com/CaseSensitive/Path", "https://example.com/CaseSensitive/Path"),
        .init("dot segments resolved", "https://example.com/a/./b/../c", "https://example.com/a/c"),
        .init("encoded dot segments resolved", "https://example.com/a/%2E%2E/b", "https://example.com/b"),
        .init("surrounding whitespace", "  https://example.com/a \n", "https://example.com/a"),
        .init("link wrapped across lines", "https://example.com/very/\n\tlong", "https://example.com/very/long"),
        .init("space after a line break is kept, encoded", "https://example.com/a/\n b", "https://example.com/a/%20b"),
        .init("userinfo kept, host lowered", "https://user:pw@Example.com/a", "https://user:pw@example.com/a"),
        .init("ipv6 literal", "http://[2001:DB8::1]:80/a", "http://[2001:db8::1]/a"),
        .init("unicode host lower-cased", "https://BÜCHER.Example/a", "https://bücher.example/a"),
        .init("other scheme", "ftp://example.com/a", nil),
        .init("mailto", "mailto:someone@example.com", nil),
        .init("javascript", "javascript:alert(1)", nil),
        .init("tag uri", "tag:example.com,2025:post-1", nil),
        .init("relative path", "/2025/03/post", nil),
        .init("no scheme", "example.com/a", nil),
        .init("empty", "", nil),
        .init("no host", "https://", nil),
        .init("no slashes", "https:example.com/a", nil),
        .init("space in host", "https://exa mple.com/", nil),
        .init("port too large", "https://example.com:99999/", nil),
        .init("port not a number", "https://example.com:8a/", nil),
        .init("unclosed ipv6 literal", "https://[::1/a", nil),
    ]

    @Test(arguments: vectors)
    func canonicalizes(_ vector: CanonicalVector) {
        #expect(CanonicalURL.canonicalize(vector.input) == vector.expected)
    }

    @Test(arguments: vectors.filter { $0.expected != nil })
    func canonicalFormIsAFixedPoint(_ vector: CanonicalVector) throws {
        let once = try #require(CanonicalURL.canonicalize(vector.input))
        #expect(CanonicalURL.canonicalize(once) == once)
    }

    @Test func trackingListIsMatchedByWholeNameOrPrefix() {
        #expect(TrackingParameters.isTracking("utm_content"))
        #expect(TrackingParameters.isTracking("FBCLID"))
        #expect(!TrackingParameters.isTracking("ref"))
        #expect(!TrackingParameters.isTracking("id"))
    }
}
