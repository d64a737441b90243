import Testing
@testable import TidingsFetch

/// Header blocks as libcurl hands them over, line by line with CRLF.
@Suite struct ResponseHeaderCollectorTests {
    private func collect(_ lines: [(String, url: String)]) -> ResponseHeaderCollector {
        var collector = ResponseHeaderCollector()
        for (line, url) in lines { collector.receive(line + "\r\n", currentURL: url) }
        return collector
    }

    @Test func repeatedHeaderIsJoinedAndFoldedLineContinues() {
        let collector = collect([
            ("HTTP/1.1 200 OK", url: "http://a/feed"),
            ("Cache-Control: public", url: "http://a/feed"),
            ("cache-control:  max-age=600 ", url: "http://a/feed"),
            ("X-Long: first", url: "http://a/feed"),
            ("\tsecond", url: "http://a/feed"),
            ("", url: "http://a/feed"),
        ])
        #expect(collector.headers == ["cache-control": "public, max-age=600", "x-long": "first second"])
    }

    @Test func interimContinueIsNeitherKeptNorAHop() {
        let collector = collect([
            ("HTTP/1.1 100 Continue", url: "http://a/feed"),
            ("", url: "http://a/feed"),
            ("HTTP/1.1 200 OK", url: "http://a/feed"),
            ("ETag: \"x\"", url: "http://a/feed"),
        ])
        #expect(collector.redirects.isEmpty)
        #expect(collector.headers == ["etag": "\"x\""])
    }

    @Test func finalNotModifiedIsNotAHop() {
        let collector = collect([("HTTP/2 304", url: "https://a/feed"), ("etag: \"x\"", url: "https://a/feed")])
        #expect(collector.redirects.isEmpty)
        #expect(collector.headers["etag"] == "\"x\"")
    }
}
