import Foundation
import Testing
import TidingsParse

/// Bounds on what a hostile fragment can cost.
@Suite struct HTMLSanitizerLimitTests {
    @Test func nestingPastTheCapEndsTheFragment() {
        // libxml2 compares each end tag with every open element: depth × tags without the cap.
        let html = "<p>before</p>" + String(repeating: "<i>", count: 600) + "deep" + String(repeating: "</i>", count: 600)
            + "<p>after</p>"
        let out = HTMLSanitizer.sanitize(html, baseURL: nil)
        #expect(out.hasPrefix("<p>before</p><i><i>"))
        #expect(!out.contains("deep") && !out.contains("after"))
        #expect(out.components(separatedBy: "<i>").count == out.components(separatedBy: "</i>").count, "balanced")
        #expect(HTMLSanitizer.sanitize(out, baseURL: nil) == out)
    }

    @Test func nestingUnderTheCapIsKept() {
        let html = String(repeating: "<blockquote>", count: 100) + "quoted" + String(repeating: "</blockquote>", count: 100)
        #expect(HTMLSanitizer.sanitize(html, baseURL: nil) == html)
    }

    @Test func manyWordBreaksDoNotCountAsNesting() {
        // libxml2 2.9 does not know `wbr` is void; a long URL broken at every slash must survive.
        let html = "<p>" + String(repeating: "segment/<wbr>", count: 1000) + "end</p>"
        let out = HTMLSanitizer.sanitize(html, baseURL: nil)
        #expect(out == html)
        #expect(HTMLSanitizer.sanitize("a<WBR />b<wbr/>c<wbr title=\"x\">d", baseURL: nil) == "a<wbr>b<wbr>c<wbr>d")
    }

    @Test(arguments: [
        String(repeating: "<", count: 20_000),
        "<!--" + String(repeating: "a", count: 20_000),
        String(repeating: "<a ", count: 7_000),
        String(repeating: "&", count: 20_000),
        String(repeating: "<![CDATA[", count: 2_000),
        "<img srcset=\"" + String(repeating: "a.png 1x,", count: 2_000) + "\">",
        String(repeating: "<i>", count: 2_000) + String(repeating: "</b>", count: 2_000),
        String(repeating: "<p>x<font>", count: 2_000),
    ])
    func hostileShapesStayLinear(_ html: String) {
        let clock = ContinuousClock()
        let quadrupled = String(repeating: html, count: 4)
        var best = (Duration.seconds(100), Duration.seconds(100))
        for _ in 0..<5 {
            best.0 = min(best.0, clock.measure { _ = HTMLSanitizer.sanitize(html, baseURL: "https://e.example/") })
            best.1 = min(best.1, clock.measure { _ = HTMLSanitizer.sanitize(quadrupled, baseURL: "https://e.example/") })
        }
        // Four times the input: linear work takes ~4×, quadratic ~16×. The wide margin between the
        // two keeps a busy machine (CI, a fuzzer on the other core) from failing a linear run.
        #expect(best.1 < best.0 * 9 + .milliseconds(10), "\(best.0) then \(best.1)")
        let out = HTMLSanitizer.sanitize(html, baseURL: "https://e.example/")
        #expect(HTMLSanitizer.sanitize(out, baseURL: "https://e.example/") == out)
    }
}
