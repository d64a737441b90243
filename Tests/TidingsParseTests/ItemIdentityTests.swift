import Testing
import TidingsModel
import TidingsParse

/// Pinned vectors: if one of these changes, every stored item is re-keyed (see `ItemIdentity`).
@Suite struct ItemIdentityTests {
    @Test func ownIdentifierComesFirstTrimmed() {
        var entry = ParsedEntry()
        entry.id = "  https://e.example/posts/1 \n"
        entry.link = "https://e.example/other"
        #expect(ItemIdentity.itemID(for: entry) == ItemID("guid:https://e.example/posts/1"))
    }

    @Test func linkWhenThereIsNoIdentifier() {
        var entry = ParsedEntry()
        entry.id = "   "
        entry.link = " https://e.example/a "
        #expect(ItemIdentity.itemID(for: entry) == ItemID("link:https://e.example/a"))
    }

    @Test func hashOfTitleAndDateWhenThereIsNeither() {
        var entry = ParsedEntry()
        entry.title = .plain("Hello")
        entry.published = FeedDate(raw: "Thu, 01 Jan 2004 19:48:21 GMT", instant: nil)
        entry.summary = .html("ignored when there is a title")
        #expect(ItemIdentity.itemID(for: entry) == ItemID("hash:d976a011699866cd"))
    }

    @Test func hashOfTitleAlone() {
        var entry = ParsedEntry()
        entry.title = .plain("Hello")
        #expect(ItemIdentity.itemID(for: entry) == ItemID("hash:dea3d204f45517bb"))
    }

    @Test func updatedStandsInForAMissingPublishedDate() {
        var entry = ParsedEntry()
        entry.updated = FeedDate(raw: "2024-03-01T00:00:00Z", instant: nil)
        #expect(ItemIdentity.itemID(for: entry) == ItemID("hash:8d233f3cb48a0cdb"))
    }

    @Test func hashOfSummaryWhenThereIsNoTitleOrDate() {
        var entry = ParsedEntry()
        entry.summary = .html("Just a summary")
        #expect(ItemIdentity.itemID(for: entry) == ItemID("hash:b7ed443e9ac65d7c"))
        var contentOnly = ParsedEntry()
        contentOnly.content = [FeedContent(text: .html("Just a summary"))]
        #expect(ItemIdentity.itemID(for: contentOnly) == ItemID("hash:b7ed443e9ac65d7c"))
    }

    @Test func anEmptyEntryStillGetsAStableID() {
        #expect(ItemIdentity.itemID(for: ParsedEntry()) == ItemID("hash:08d90b07b578e5ad"))
    }

    @Test func parsedFeedsKeepTheirIdentity() {
        let feed = FeedParser.parse(Array("""
            <rss version="2.0"><channel><title>T</title>
            <item><guid isPermaLink="false">a-1</guid><link>https://e.example/1</link></item>
            <item><link>https://e.example/2</link></item>
            <item><title>No id</title><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate></item>
            </channel></rss>
            """.utf8), url: nil, contentType: nil)
        #expect(feed.entries.map { ItemIdentity.itemID(for: $0).rawValue }
            == ["guid:a-1", "link:https://e.example/2", "hash:d127f7690c690ee9"])
    }
}

@Suite struct StableHashTests {
    /// The published FNV-1a 64 test vectors, plus one of our own.
    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8"),
                      ("tidings", "f6cfe9e652b13c23")])
    func matchesReferenceVector(_ input: String, _ expected: String) {
        #expect(StableHash.hex(of: input) == expected)
        #expect(StableHash.hex(of: Array(input.utf8)) == expected)
        #expect(StableHash.value(of: input) == UInt64(expected, radix: 16))
    }

    @Test func hexIsAlwaysSixteenDigits() {
        for text in ["", "x", "another input", "ünïcödé"] {
            #expect(StableHash.hex(of: text).count == 16)
        }
    }
}
