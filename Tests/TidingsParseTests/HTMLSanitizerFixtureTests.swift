import Foundation
import Testing
import TidingsModel
import TidingsParse

/// The feeds under `Fixtures/sanitize/`, one per quirk: every HTML summary and content they carry,
/// sanitised against its own base, keeps its readable content and loses the active part. (Their
/// golden `*.expected.json` are compared by `FixtureGoldenTests` once the parser sanitises on ingest.)
@Suite struct HTMLSanitizerFixtureTests {
    static let names: [String] = {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("sanitize")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { !$0.hasSuffix(".expected.json") }.map { "sanitize/" + $0 }.sorted()
    }()

    /// Per fixture: markup the sanitised content must contain, and text that must be gone from it.
    static let expectations: [String: (kept: [String], gone: [String])] = [
        "sanitize/script-in-content-encoded.xml": (
            ["<p>The autumn-sown <strong>Aquadulce</strong> made it through the frost.</p>",
             "<p>Next job: pinching out the tops before the blackfly arrive.</p>",
             "<p><img src=\"https://stats.allotment.example.org/matomo.php?idsite=3&amp;rec=1\" alt=\"\"></p>",
             "<p>Charlotte and Pink Fir Apple on the windowsill.</p><div></div>"],
            ["<script", "_paq", "matomo.js", "document.write", "share.js", "button", "onclick", "style", "class"]),
        // RSS has no `xml:base`: relative URLs resolve against the document's own URL.
        "sanitize/onerror-image-in-description.xml": (
            ["<img src=\"https://feeds.example.test/uploads/2024/02/jupiter-moon.jpg\" "
                + "alt=\"Jupiter beside the crescent Moon\" width=\"800\" height=\"533\">",
             "<p>Seeing was poor, 2/5.<img src=\"https://feeds.example.test/sanitize/x\"></p>",
             "<img src=\"https://feeds.example.test/uploads/2024/01/m42.jpg\" alt=\"M42\"> Thirty two-second subs"],
            ["onerror", "onload", "onmouseover", "evil.example", "alert", "cookie"]),
        "sanitize/javascript-link-obfuscated.xml": (
            ["<li><a href=\"https://archive.example.org/c64/\" rel=\"noopener noreferrer\">The C64 disk archive</a>",
             "<li>Download the emulator</li>", "<li>Tape loader tips</li>", "<li>Joystick repair</li>",
             "<li>BASIC listings</li>", "<li>Sprite editor</li>", "<li>Disk notcher</li>", "<li>Manual (PDF)</li>",
             "<a href=\"mailto:letters@retro.example.net\" rel=\"noopener noreferrer\">Write to us</a>"],
            ["javascript", "vbscript", "data:", "alert", "msgbox"]),
        "sanitize/relative-image-urls-with-xml-base.xml": (
            ["<a href=\"https://woodwork.example.com/journal/2024/04/marking-gauge/\" rel=\"noopener noreferrer\">",
             "src=\"https://woodwork.example.com/journal/2024/05/dovetails/images/layout.jpg\"",
             "srcset=\"https://woodwork.example.com/journal/2024/05/dovetails/images/layout-800.jpg 800w, "
                + "https://woodwork.example.com/journal/2024/05/dovetails/images/layout-1600.jpg 1600w\"",
             "sizes=\"(max-width: 800px) 100vw, 800px\"",
             "href=\"https://woodwork.example.com/journal/tools/\"",
             "href=\"https://woodwork.example.com/journal/2024/05/dovetails/?page=2\"",
             "href=\"https://woodwork.example.com/journal/2024/05/dovetails/#fitting\"",
             "<img src=\"https://cdn.woodwork.example.com/2024/05/finished.jpg\" alt=\"The finished joint\">",
             "<figure><img src=\"https://media.woodwork.example.com/uploads/stones.jpg\" alt=\"Three stones\">"
                + "<figcaption>1000, 4000, 8000 grit</figcaption></figure>"],
            ["src=\"images/", "href=\"/", "href=\"?", "href=\"#", "src=\"//", "\"stones.jpg\""]),
        "sanitize/youtube-iframe-allowed.xml": (
            ["<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/dQ7xL2kPz9A?rel=0\" "
                + "title=\"Shaping a batard\" allowfullscreen sandbox=\"allow-scripts allow-same-origin "
                + "allow-presentation allow-popups\"></iframe>",
             "<iframe src=\"https://player.vimeo.com/video/90283590?title=0\" width=\"640\" height=\"360\" "
                + "allowfullscreen sandbox="],
            ["maps.example.net", "evil.example", "watch on vimeo", "frameborder", "allow=", "referrerpolicy",
             "loading", "style"]),
        "sanitize/tracking-pixel-and-style.xml": (
            ["<p>Strip, clean, inspect the cones for pitting.</p>",
             "<div>Grease, reassemble, adjust until there is no play.</div>",
             "<p>Total cost: one tube of grease.</p>",
             "<div><a href=\"https://feeds.feedburner.example/~ff/FrugalCyclist?a=abc\" rel=\"noopener noreferrer\">"
                + "<img src=\"https://feeds.feedburner.example/~ff/FrugalCyclist?d=yIl2AUoC8zA\"></a></div>"],
            ["feedblitz", "pixel.newsletter", "style", "expression", "javascript", "binding", "class", "font-family",
             "id=", "border"]),
        "sanitize/svg-and-math-in-content.xml": (
            ["<p>An inline diagram:</p>", "<p>The slope is , as before.</p>"],
            ["svg", "alert", "click", "onerror", "math", "<mi", "foreignobject", "xlink"]),
        "sanitize/form-and-meta-refresh.xml": (
            ["<p>We need help with the tombola and the cake stall on <time datetime=\"2024-06-22\">22 June</time>.</p>",
             "<p>Or just <a href=\"mailto:fete@stmarys.example.org.uk\" rel=\"noopener noreferrer\">email the "
                + "committee</a>.</p>"],
            ["evil.example", "refresh", "<form", "<input", "<base", "<link", "<meta", "your email", "sign up",
             "anything else", "<option"]),
        "sanitize/data-urls-in-images.xml": (
            ["<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAUAAAAHCAAAAADlsNpxAAAAEklEQVR4nGNgYGD4z8DAwMAAAA0"
                + "AAQmRvJcAAAAASUVORK5CYII=\" alt=\"A\" width=\"5\" height=\"7\">",
             "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"dot\" width=\"10\" height=\"10\">",
             "<p>As SVG (not shown): </p>", "<p>Open the specimen sheet or </p>"],
            ["svg+xml", "data:text", "alert", "specimen\""]),
        "sanitize/xhtml-content-with-event-handlers.xml": (
            ["<p>High water is the peak; low water the trough.</p>",
             "<img src=\"https://tides.example.net/curve/curve.png\" alt=\"A tide curve for Dover\">",
             "<a href=\"https://tides.example.net/tables/dover.html\" rel=\"noopener noreferrer\">Dover tables</a>"],
            ["onclick", "onmouseover", "onerror", "style", "javascript", "alert", "class", "id="]),
        "sanitize/object-embed-flash.xml": (
            ["<p>Recorded in the garage, as ever.</p><p>Comments welcome — café gigs soon.</p>"],
            ["swf", "object", "embed", "applet", "param", "visualiser", "clsid"]),
        "sanitize/word-paste-unknown-tags.xml": (
            ["<p><b><span lang=\"EN-GB\">Present:</span></b><span lang=\"EN-GB\"> Cllrs Brook, Hale and Ng</span></p>",
             "<p>Item 4: the bus shelter on Mill Lane will be repaired in May.\u{A0}</p>",
             "Approved unanimously.", "Next meeting: 23 May."],
            ["mso", "o:p", "<font", "<center", "class", "style", "officedocumentsettings", "allowpng", "[if",
             "startfragment", "arial"]),
        "sanitize/mxss-noscript-and-comments.xml": (
            ["<p title=\"&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;\"></p>",
             "<p>Unbalanced: <b>bold <i>both</i></b></p>",
             "<p>Written as text: &lt;script&gt;alert(7)&lt;/script&gt; is harmless.</p>"],
            ["<script", "<img", "<title", "<xmp", "<noscript", "<textarea", "alert(2)", "alert(3)", "alert(4)",
             "alert(5)", "alert(6)"]),
        "sanitize/video-and-picture-sources.xml": (
            ["<video poster=\"https://wildcamera.example.org/clips/2024/10/badgers.jpg\" muted loop controls>"
                + "<source src=\"https://wildcamera.example.org/clips/2024/10/badgers.webm\" type=\"video/webm\">"
                + "<source src=\"https://wildcamera.example.org/clips/2024/10/badgers.mp4\" type=\"video/mp4\">"
                + "<track src=\"https://wildcamera.example.org/clips/2024/10/badgers.en.vtt\" kind=\"captions\" "
                + "srclang=\"en\" label=\"English\" default>Your reader cannot play this clip; "
                + "<a href=\"https://wildcamera.example.org/clips/2024/10/badgers.mp4\" rel=\"noopener noreferrer\">"
                + "download it</a>.</video>",
             "<picture><source media=\"(min-width: 800px)\" srcset=\"https://wildcamera.example.org/clips/2024/10/"
                + "sett-wide.avif 1x, https://wildcamera.example.org/clips/2024/10/sett-wide@2x.avif 2x\" "
                + "type=\"image/avif\"><img src=\"https://wildcamera.example.org/clips/2024/10/sett.jpg\" "
                + "alt=\"The sett entrance\"></picture>",
             "<audio src=\"https://wildcamera.example.org/clips/2024/10/owl.ogg\" preload=\"none\" controls></audio>"],
            ["autoplay", "onended", "loading", "stray.mp4"]),
    ]

    /// Every HTML text of a fixture, sanitised against its effective base, joined by line breaks.
    static func sanitisedMarkup(of name: String) throws -> [String] {
        let feed = FeedParser.parse(try Fixture.bytes(name), url: Fixture.url(for: name), contentType: nil)
        let texts = feed.entries.flatMap { entry in [entry.summary].compactMap { $0 } + entry.content.map(\.text) }
        return texts.filter(\.isMarkup).map { text in
            HTMLSanitizer.sanitize(text.value, baseURL: text.base ?? Fixture.url(for: name))
        }
    }

    @Test(arguments: names)
    func fixtureContentComesOutSafe(_ name: String) throws {
        let outputs = try Self.sanitisedMarkup(of: name)
        try #require(!outputs.isEmpty, "\(name) has HTML to sanitise")
        for output in outputs {
            for problem in HTMLSanitizerOutput.problems(in: output) { Issue.record("\(name): \(problem)") }
            #expect(HTMLSanitizer.sanitize(output, baseURL: "https://elsewhere.example/") == output, "\(name)")
        }
        let all = outputs.joined(separator: "\n")
        let expectation = try #require(Self.expectations[name], "expectations for \(name)")
        for piece in expectation.kept { #expect(all.contains(piece), "\(name) keeps \(piece)") }
        for piece in expectation.gone { #expect(!all.lowercased().contains(piece), "\(name) drops \(piece)") }
    }

    @Test func everyFixtureHasExpectations() {
        #expect(Self.names.count >= 12)
        #expect(Set(Self.names) == Set(Self.expectations.keys))
    }
}
