import Testing
import TidingsParse

/// The sanitiser runs on every summary and content of every item: its cost must grow linearly with
/// the input. Checked by the ratio of two sizes rather than by wall-clock limits, which vary by machine.
@Suite struct HTMLSanitizerPerformanceTests {
    /// A realistic article: paragraphs with links, emphasis, entities, images with srcset, lists, a
    /// table, unknown tags from a word processor and a script, repeated to `kilobytes`.
    static func article(kilobytes: Int) -> String {
        let block = """
            <h2 id="s">Firing notes</h2>
            <p class="lead">Cone&nbsp;6 glazes &mdash; <a href="/posts/cone-6?ref=feed&amp;utm_source=rss" \
            onclick="track()">three recipes</a> that <em>stay put</em> on <strong>vertical</strong> walls, \
            tested in an electric kiln at 1222&#8239;°C. Café-style mugs, naïve façades, 日本の釉薬.</p>
            <figure><img src="../images/tiles.jpg" srcset="../images/tiles-2x.jpg 2x, ../images/tiles-3x.jpg 3x" \
            alt="test tiles" width="640" height="480" style="border:0"><figcaption>Test tiles</figcaption></figure>
            <ul><li>Celadon &amp; iron</li><li>Floating blue<li>Rutile</ul>
            <table><tr><th>Cone</th><th>°C</th></tr><tr><td>6<td>1222</table>
            <p><font face="Calibri"><o:p>Pasted from Word</o:p></font><script>ga('send')</script></p>

            """
        let copies = kilobytes * 1024 / block.utf8.count + 1
        return String(repeating: block, count: copies)
    }

    /// The best of three runs, in seconds.
    static func seconds(_ html: String) -> Double {
        let clock = ContinuousClock()
        var best = Duration.seconds(1000)
        for _ in 0..<3 {
            let elapsed = clock.measure { _ = HTMLSanitizer.sanitize(html, baseURL: "https://kiln.example.net/blog/") }
            best = min(best, elapsed)
        }
        let parts = best.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    @Test func costGrowsLinearlyWithSize() {
        let small = Self.article(kilobytes: 128)
        let large = Self.article(kilobytes: 1024)
        let ratio = Self.seconds(large) / Self.seconds(small)
        // Eight times the input; linear work gives ~8, quadratic work ~64.
        #expect(ratio < 20, "1 MB took \(ratio)× as long as 128 KB")
    }

    @Test func theArticleKeepsItsContentAndLosesItsScript() {
        let out = HTMLSanitizer.sanitize(Self.article(kilobytes: 2), baseURL: "https://kiln.example.net/blog/")
        #expect(out.contains("<a href=\"https://kiln.example.net/posts/cone-6?ref=feed&amp;utm_source=rss\" "
                             + "rel=\"noopener noreferrer\">three recipes</a>"))
        #expect(out.contains("srcset=\"https://kiln.example.net/images/tiles-2x.jpg 2x, "
                             + "https://kiln.example.net/images/tiles-3x.jpg 3x\""))
        #expect(out.contains("Café-style mugs, naïve façades, 日本の釉薬."))
        #expect(!out.contains("script") && !out.contains("ga(") && !out.contains("style=") && !out.contains("class="))
    }
}
