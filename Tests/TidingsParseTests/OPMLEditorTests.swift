import Testing
import TidingsModel
@testable import TidingsParse

@Suite struct OPMLEditorTests {
    private static let prairiePost =
        #"      <outline type="rss" text="Prairie Post" title="Prairie Post" xmlUrl="https://prairiepost.example/rss" htmlUrl="https://prairiepost.example/"/>"#

    @Test func addingIntoAnExistingFolderInsertsExactlyOneLine() throws {
        let original = try OPMLFixture.text("comments-and-unknown-outlines.opml")
        let source = FeedSource(url: "https://northwire.example/feed", title: "North Wire",
                                htmlURL: "https://northwire.example/", folder: ["Canada"])
        let edited = try OPMLEditor.adding(source, to: Array(original.utf8), baseURL: nil)
        let line = #"      <outline type="rss" text="North Wire" title="North Wire" xmlUrl="https://northwire.example/feed" htmlUrl="https://northwire.example/"/>"#
        let expected = original.replacingOccurrences(
            of: Self.prairiePost + "\n", with: Self.prairiePost + "\n" + line + "\n")
        #expect(String(decoding: edited, as: UTF8.self) == expected)
    }

    @Test func addingCreatesMissingNestedFoldersIndentedLikeTheFile() throws {
        let original = try OPMLFixture.text("comments-and-unknown-outlines.opml")
        let source = FeedSource(url: "https://fjord.example/rss", title: "Fjord Daily", folder: ["Europe", "Nordics"])
        let edited = try Self.text(OPMLEditor.adding(source, to: Array(original.utf8), baseURL: nil))
        let include = #"    <outline type="include" text="Shared list" url="https://lists.example/shared.opml"/>"#
        let block = """
            <outline text="Europe" title="Europe">
              <outline text="Nordics" title="Nordics">
                <outline type="rss" text="Fjord Daily" title="Fjord Daily" xmlUrl="https://fjord.example/rss"/>
              </outline>
            </outline>
        """
        #expect(edited == original.replacingOccurrences(of: include + "\n", with: include + "\n" + block + "\n"))
        let reread = try OPMLDocument(parsing: Array(edited.utf8))
        #expect(reread.sources.last?.folder == ["Europe", "Nordics"])
    }

    @Test func addingIntoAnEmptySelfClosedFolderOpensIt() throws {
        let original = try OPMLFixture.text("comments-and-unknown-outlines.opml")
        let source = FeedSource(
            url: "https://slow.example/feed.xml", title: "Slow \"Reads\" & More", folder: ["Later"])
        let edited = try Self.text(OPMLEditor.adding(source, to: Array(original.utf8), baseURL: nil))
        let opened = """
            <outline text="Later" title="Later">
              <outline type="rss" text="Slow &quot;Reads&quot; &amp; More" title="Slow &quot;Reads&quot; &amp; More" xmlUrl="https://slow.example/feed.xml"/>
            </outline>
        """
        let closed = #"    <outline text="Later" title="Later"/>"#
        #expect(edited == original.replacingOccurrences(of: closed, with: opened))
        #expect(try OPMLDocument(parsing: Array(edited.utf8)).sources.last?.title == "Slow \"Reads\" & More")
    }

    @Test func addingAURLAlreadyListedChangesNothing() throws {
        let original = try OPMLFixture.bytes("comments-and-unknown-outlines.opml")
        let source = FeedSource(url: "https://prairiepost.example/rss", title: "Prairie Post again", folder: ["World"])
        #expect(try OPMLEditor.adding(source, to: original, baseURL: nil) == original)
    }

    @Test func addingAFileBesideTheOPMLWritesARelativePath() throws {
        let base = "file:///srv/offline/feeds.opml"
        let original = try OPMLFixture.bytes("relative-paths.opml")
        let source = FeedSource(url: "file:///srv/offline/extra/late-wire.xml", title: "Late Wire")
        let edited = try OPMLEditor.adding(source, to: original, baseURL: base)
        #expect(String(decoding: edited, as: UTF8.self).contains(#"xmlUrl="extra/late-wire.xml""#))
        #expect(try OPMLDocument(parsing: edited, baseURL: base).sources.last?.url == source.url)
    }

    @Test func aCompactFileWithoutDeclarationStaysCompact() throws {
        let original = try OPMLFixture.text("no-xml-declaration-compact.opml")
        let source = FeedSource(url: "https://inland.example/rss", title: "Inland Times", folder: ["World"])
        let edited = try Self.text(OPMLEditor.adding(source, to: Array(original.utf8), baseURL: nil))
        let harbour = #"xmlUrl="https://harbourwire.example/world.xml"/>"#
        let added = #"<outline type="rss" text="Inland Times" title="Inland Times" xmlUrl="https://inland.example/rss"/>"#
        #expect(edited == original.replacingOccurrences(of: harbour, with: harbour + added))
    }

    @Test func aLatin1FileIsRewrittenAsUTF8() throws {
        let original = try OPMLFixture.bytes("lowercase-xmlurl.opml")
        let edited = try OPMLEditor.adding(FeedSource(url: "https://new.example/rss"), to: original, baseURL: nil)
        #expect(edited.starts(with: Array(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8)))
        #expect(String(decoding: edited, as: UTF8.self).contains("Le Journal de l'Été"))
        #expect(try OPMLDocument(parsing: edited).sources.map(\.url).last == "https://new.example/rss")
    }

    @Test func removingKeepsEverythingElseByteForByte() throws {
        let original = try OPMLFixture.text("comments-and-unknown-outlines.opml")
        let result = try OPMLEditor.removing(
            url: "https://inland.example/rss?section=world&format=full", from: Array(original.utf8), baseURL: nil)
        let line = #"      <outline type="rss" text="Inland Times &amp; Ledger" title="Inland Times &amp; Ledger" xmlUrl="https://inland.example/rss?section=world&amp;format=full" description="Regional paper with a world desk"/>"#
        #expect(Self.text(result) == original.replacingOccurrences(of: line + "\n", with: ""))
    }

    @Test func removingTheOnlyFeedOfAFolderKeepsTheFolder() throws {
        let original = try OPMLFixture.bytes("comments-and-unknown-outlines.opml")
        let result = try OPMLEditor.removing(url: "https://prairiepost.example/rss", from: original, baseURL: nil)
        let text = String(decoding: result, as: UTF8.self)
        #expect(text.contains("<outline text=\"Canada\" title=\"Canada\">\n    </outline>"))
        #expect(try OPMLDocument.parse(result).count == 2)
    }

    @Test func removingEveryCopyOfADuplicatedURL() throws {
        let original = try OPMLFixture.bytes("duplicated-url.opml")
        let result = try OPMLEditor.removing(url: "https://harbourwire.example/world.xml", from: original, baseURL: nil)
        #expect(!String(decoding: result, as: UTF8.self).contains("harbourwire.example"))
        #expect(try OPMLDocument.parse(result).map(\.url) == ["https://inland.example/rss"])
    }

    @Test func removingARelativeEntryByItsResolvedURL() throws {
        let base = "file:///srv/tidings/feeds.opml"
        let original = try OPMLFixture.bytes("relative-paths.opml")
        let result = try OPMLEditor.removing(url: "file:///srv/shared/wire.xml", from: original, baseURL: base)
        #expect(!String(decoding: result, as: UTF8.self).contains("../shared/wire.xml"))
        #expect(try OPMLDocument.parse(result, baseURL: base).count == 4)
    }

    @Test func removingAnUnlistedURLReportsNothingAndChangesNothing() throws {
        let original = try OPMLFixture.bytes("comments-and-unknown-outlines.opml")
        let result = try OPMLEditor.removing(url: "https://nowhere.example/feed", from: original, baseURL: nil)
        #expect(result == original)
    }

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func aBrokenFileIsNotRewritten() throws {
        let original = try OPMLFixture.bytes("malformed-unclosed-outline.opml")
        #expect(throws: OPMLError.self) {
            try OPMLEditor.adding(FeedSource(url: "https://new.example/rss"), to: original, baseURL: nil)
        }
    }
}

@Suite struct OPMLEditorReplacingTests {
    @Test func replacingChangesOnlyTheXMLURLOfThatOutline() throws {
        let original = try OPMLFixture.text("comments-and-unknown-outlines.opml")
        let edited = try OPMLEditor.replacing(url: "https://prairiepost.example/rss", with: "https://prairiepost.example/feed.xml",
                                              in: Array(original.utf8), baseURL: nil)
        let expected = original.replacingOccurrences(
            of: #"xmlUrl="https://prairiepost.example/rss""#, with: #"xmlUrl="https://prairiepost.example/feed.xml""#)
        #expect(expected != original)
        #expect(String(decoding: edited, as: UTF8.self) == expected)
    }

    @Test func replacingKeepsALowerCaseAttributeSpelling() throws {
        let original = """
            <?xml version="1.0"?>
            <opml version="1.0"><body><outline text="Old" xmlurl="http://old.example/rss"/></body></opml>
            """
        let edited = String(decoding: try OPMLEditor.replacing(
            url: "http://old.example/rss", with: "https://new.example/atom", in: Array(original.utf8), baseURL: nil),
            as: UTF8.self)
        #expect(edited.contains(#"xmlurl="https://new.example/atom""#))
        #expect(!edited.contains("xmlUrl"))
        #expect(try OPMLDocument.parse(Array(edited.utf8)).map(\.url) == ["https://new.example/atom"])
    }

    @Test func replacingAnUnlistedURLReturnsTheBytesUnchanged() throws {
        let original = Array(try OPMLFixture.text("comments-and-unknown-outlines.opml").utf8)
        #expect(try OPMLEditor.replacing(url: "https://nowhere.example/", with: "https://x.example/", in: original,
                                         baseURL: nil) == original)
    }
}
