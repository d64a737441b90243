import Foundation
import Testing
import TidingsParse

/// Each fixture parses to exactly its golden `parse --json` rendering. Regenerate the goldens with
/// `TIDINGS_UPDATE_GOLDENS=1 swift test --filter FixtureGoldenTests`, then read every changed one.
@Suite struct FixtureGoldenTests {
    @Test(arguments: Fixture.all)
    func fixtureRendersAsItsGolden(_ name: String) throws {
        let feed = FeedParser.parse(try Fixture.bytes(name), url: Fixture.url(for: name),
                                    contentType: Fixture.contentType(for: name))
        let rendered = ParseJSON.render(feed, pretty: true) + "\n"
        let object = try JSONSerialization.jsonObject(with: Data(rendered.utf8))
        #expect(object is [String: Any], "the rendering is one JSON object")
        if Fixture.updatingGoldens {
            try Fixture.writeGolden(rendered, for: name)
            return
        }
        let golden = try #require(Fixture.golden(for: name), "no golden for \(name); generate it and review it")
        #expect(rendered == golden)
    }

    @Test func fixturesCoverEveryFolder() {
        #expect(Fixture.all.count >= 20)
        for folder in ["rss/", "atom/", "html/", "misc/"] {
            #expect(Fixture.all.contains { $0.hasPrefix(folder) }, "fixtures in \(folder)")
        }
    }
}
