import Foundation
import Testing
import TidingsModel
import TidingsParse
@testable import TidingsExport

/// Our exports read back through our own parser: what one module writes, the other must understand.
/// JSON Feed is left out until the parser reads JSON.
@Suite struct FeedParserRoundTripTests {
    static let document = ExportFixtures.document

    private func parse(_ format: ExportFormat) -> ParsedFeed {
        FeedParser.parse(FeedExporter.render(Self.document, as: format), url: Self.document.selfURL,
                         contentType: format.contentType)
    }

    @Test(arguments: [ExportFormat.atom, .rss])
    func parsesCleanlyAsTheRightFormat(_ format: ExportFormat) {
        let feed = parse(format)
        #expect(!feed.bozo, "\(feed.bozoMessage ?? "")")
        #expect(feed.format == (format == .atom ? .atom10 : .rss20))
        #expect(feed.info.title?.value == Self.document.title)
    }

    @Test(arguments: [ExportFormat.atom, .rss])
    func idsTitlesAndLinksSurvive(_ format: ExportFormat) {
        let entries = parse(format).entries
        let stories = Self.document.stories
        #expect(entries.map(\.id) == stories.map(\.id))
        #expect(entries.map { $0.title?.value } == stories.map(ExportFixtures.expectedTitle))
        #expect(entries.map(\.link) == stories.map(\.link))
    }

    @Test(arguments: [ExportFormat.atom, .rss])
    func publicationDatesSurvive(_ format: ExportFormat) {
        let entries = parse(format).entries
        #expect(entries.map { $0.published?.instant } == Self.document.stories.map { story in
            format == .atom ? story.published : story.published ?? story.updated
        })
    }

    @Test func atomSourceNamesThePrimaryFeed() {
        let entry = parse(.atom).entries.first
        #expect(entry?.source?.title == "News & Co")
    }

    @Test func rssGuidIsNotAPermalink() {
        #expect(parse(.rss).entries.allSatisfy { $0.idIsPermalink == false })
    }
}
