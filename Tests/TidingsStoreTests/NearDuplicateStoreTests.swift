import Foundation
import GRDB
import Testing
import TidingsDedup
import TidingsModel
import TidingsStore

/// Near-duplicate joins in the store: copies with different links fold into one story inside the
/// refresh transaction, follow-ups stay apart, and a rebuild reproduces the same clustering.
@Suite struct NearDuplicateStoreTests {
    let scratch: ScratchFolder
    init() throws { scratch = try ScratchFolder() }

    static let wire = [
        "Dockworkers at Europe's largest container port walked out on Tuesday over a plan to automate two terminals, leaving dozens of ships waiting at anchor in the North Sea.",
        "The union representing about 7,000 workers said the stoppage would last 48 hours and could be extended if the port authority did not withdraw the plan by Friday.",
        "Port officials said the automation would be phased in over six years and that no permanent employee would lose a job, a promise the union called worthless.",
        "Shipping lines began diverting vessels to Antwerp and Hamburg on Tuesday afternoon, according to a logistics consultancy that tracks berth schedules across northern Europe.",
    ]

    static func item(_ guid: String, title: String, paragraphs: [String], published: Date) -> IncomingItem {
        let html = paragraphs.map { "<p>\($0)</p>" }.joined()
        let link = "https://\(guid).example/news/\(guid)"
        return IncomingItem(
            itemKey: "guid:\(guid)", storyKeys: ["url:\(link)"], storyUID: "tag:test,2026:story/\(guid)", guid: guid,
            link: link, canonicalURL: link, title: title, content: html, publishedAt: published,
            fingerprint: Fingerprint(title: title, text: StoryText(summaryHTML: nil, contentHTML: html)))
    }

    private func ingest(_ store: FeedStore) async throws -> (wire: Int64, copy: Int64, followUp: Int64) {
        let agency = try await store.subscribe(StoreSamples.lwn)
        let paper = try await store.subscribe(StoreSamples.hackerNews)
        let hour: TimeInterval = 3600
        _ = try await store.apply(StoreSamples.refresh(agency, [
            Self.item("wire", title: "Rotterdam dockworkers walk out over automation plan", paragraphs: Self.wire,
                      published: StoreSamples.now.addingTimeInterval(-6 * hour)),
        ]))
        let outcome = try await store.apply(StoreSamples.refresh(paper, [
            Self.item("copy", title: "Ships stack up as Rotterdam strike begins",
                      paragraphs: ["ROTTERDAM (Reuters) - " + Self.wire[0], Self.wire[1], Self.wire[2]],
                      published: StoreSamples.now.addingTimeInterval(-4 * hour)),
            Self.item("followup", title: "Rotterdam strike ends as union wins job guarantee", paragraphs: [
                "Rotterdam dockworkers returned to work on Thursday after the union accepted a written promise that no permanent employee would be laid off while two terminals are automated.",
                "The agreement, reached after 30 hours of talks, gives workers a say in the order in which cranes are replaced, the union's leader told reporters.",
                Self.wire[3],
            ], published: StoreSamples.now.addingTimeInterval(-1 * hour)),
        ]))
        #expect(outcome.newItems == 2 && outcome.joinedItems == 1 && outcome.newStories == 1)
        let stories = try await store.allStories()
        func story(of guid: String) throws -> Int64 {
            try #require(stories.first { $0.copies.contains { $0.guid == guid } }).id.rawValue
        }
        return (try story(of: "wire"), try story(of: "copy"), try story(of: "followup"))
    }

    @Test func aRepublishedCopyJoinsAndAFollowUpDoesNot() async throws {
        let store = try scratch.openStore()
        let ids = try await ingest(store)
        #expect(ids.wire == ids.copy)
        #expect(ids.followUp != ids.wire)
        let explained = try await store.explainStory(id: ids.wire)
        #expect(explained.members.map(\.matchKind) == ["new", "content"])
        #expect(explained.members.first?.isRepresentative == true)
        #expect(explained.members.last?.matchDetail?.hasPrefix("containment 1.00") == true)
        // Reading the story reads both copies: read state lives on the story.
        try await store.setRead([StoryID(ids.wire)], read: true, at: StoreSamples.now)
        #expect(try await store.stories(StoryQuery()).map(\.id.rawValue) == [ids.followUp])
    }

    @Test func rebuildKeepsTheClusteringAndTheReadState() async throws {
        let store = try scratch.openStore()
        let ids = try await ingest(store)
        try await store.setRead([StoryID(ids.wire)], read: true, at: StoreSamples.now)
        func partition() async throws -> Set<Set<String>> {
            Set(try await store.allStories().map { Set($0.copies.compactMap(\.guid)) })
        }
        let before = try await partition()
        let convert: @Sendable (StoredItemText, Set<UInt64>) -> IncomingItem = { stored, boilerplate in
            IncomingItem(itemKey: stored.itemKey, storyKeys: ["url:" + (stored.link ?? "")],
                         storyUID: "tag:test,2026:story/" + stored.itemKey, link: stored.link, title: stored.title,
                         summary: stored.summary, content: stored.content,
                         fingerprint: Fingerprint(title: stored.title, text: StoryText(
                            summaryHTML: stored.summary, contentHTML: stored.content, boilerplate: boilerplate)))
        }
        let first = try await store.rebuildStories(since: nil, convert: convert)
        #expect(first.items == 3 && first.storiesBefore == 2 && first.storiesAfter == 2)
        #expect(try await partition() == before)
        let second = try await store.rebuildStories(since: nil, convert: convert)
        #expect(second == first)
        #expect(try await partition() == before)
        // The folded story was read before the rebuild and still is; the follow-up still is not.
        let unread = try await store.stories(StoryQuery())
        #expect(unread.map { Set($0.copies.compactMap(\.guid)) } == [["followup"]])
        #expect(try scratch.count("dedup_index") > 0)
    }

    @Test func aStorySplitByArrivalOrderIsFoldedBack() async throws {
        let store = try scratch.openStore()
        let aggregator = try await store.subscribe(StoreSamples.hackerNews)
        let agency = try await store.subscribe(StoreSamples.lwn)
        let paper = try await store.subscribe(StoreSamples.swiftBlog)
        let hour: TimeInterval = 3600
        let headline = "Ships stack up as Rotterdam dockworkers strike over automation"
        // The aggregator's entry comes first: a hand-written teaser under the paper's headline.
        _ = try await store.apply(StoreSamples.refresh(aggregator, [
            Self.item("aggregator", title: headline + " - Harbour Daily",
                      paragraphs: ["Port stoppage leaves dozens of vessels waiting off the Dutch coast."],
                      published: StoreSamples.now.addingTimeInterval(-2 * hour)),
        ]))
        _ = try await store.apply(StoreSamples.refresh(agency, [
            Self.item("wire", title: "Rotterdam dockworkers walk out over automation plan", paragraphs: Self.wire,
                      published: StoreSamples.now.addingTimeInterval(-6 * hour)),
        ]))
        #expect(try await store.allStories().count == 2)
        // The paper's copy matches the wire by content and the aggregator entry by headline.
        let outcome = try await store.apply(StoreSamples.refresh(paper, [
            Self.item("paper", title: headline, paragraphs: Array(Self.wire.prefix(3)),
                      published: StoreSamples.now.addingTimeInterval(-3 * hour)),
        ]))
        #expect(outcome.absorbedStories == 1)
        let stories = try await store.allStories()
        #expect(stories.map { Set($0.copies.compactMap(\.guid)) } == [["wire", "paper", "aggregator"]])
        #expect(stories.first?.title == "Rotterdam dockworkers walk out over automation plan")
    }

    @Test func theCandidateIndexKeepsOnlyWhatAWindowCanReach() async throws {
        let store = try scratch.openStore()
        _ = try await ingest(store)
        let rows = try scratch.count("dedup_index")
        #expect(rows > 0)
        // Nothing is older than twice the window yet.
        #expect(try await store.pruneCandidateIndex(now: StoreSamples.now) == 0)
        // A week later every key is out of reach and goes; the stories stay.
        #expect(try await store.pruneCandidateIndex(now: StoreSamples.now.addingTimeInterval(7 * 86_400)) == rows)
        #expect(try scratch.count("dedup_index") == 0)
        #expect(try await store.allStories().count == 2)
    }

    @Test func aRemovedFeedsItemsAreNoLongerCandidates() async throws {
        let store = try scratch.openStore()
        let ids = try await ingest(store)
        try await store.removeFeed(id: try await store.feed(matching: StoreSamples.lwn.url).id)
        // The paper's copy keeps its story; a new copy of the wire text joins that story, not the
        // agency's deleted one (whose index rows are still there until pruned).
        let other = try await store.subscribe(StoreSamples.swiftBlog)
        _ = try await store.apply(StoreSamples.refresh(other, [
            Self.item("late", title: "Rotterdam strike strands ships", paragraphs: Array(Self.wire.prefix(3)),
                      published: StoreSamples.now),
        ]))
        let stories = try await store.allStories()
        let late = try #require(stories.first { $0.copies.contains { $0.guid == "late" } })
        #expect(Set(late.copies.compactMap(\.guid)) == ["copy", "late"])
        #expect(late.id.rawValue == ids.copy)
    }

    @Test func thePreferredSourceSpeaksForTheStory() async throws {
        let store = try scratch.openStore()
        // Hacker News (the second feed) is preferred: its full copy, though later, represents the story.
        try await store.setDedupRule("preferred-sources", to: "Hacker News")
        let agency = try await store.subscribe(StoreSamples.lwn)
        let preferred = try await store.subscribe(StoreSamples.hackerNews)
        _ = try await store.apply(StoreSamples.refresh(agency, [
            Self.item("wire", title: "Rotterdam dockworkers walk out over automation plan", paragraphs: Self.wire,
                      published: StoreSamples.now.addingTimeInterval(-6 * 3600)),
        ]))
        _ = try await store.apply(StoreSamples.refresh(preferred, [
            Self.item("preferred", title: "Rotterdam port strike begins", paragraphs: Self.wire,
                      published: StoreSamples.now.addingTimeInterval(-2 * 3600)),
        ]))
        let story = try #require(try await store.allStories().first)
        #expect(story.copies.count == 2)
        #expect(story.title == "Rotterdam port strike begins")
        #expect(story.copies.first?.guid == "preferred")
        // Without the preference the earlier copy would have kept it.
        try await store.setDedupRule("preferred-sources", to: nil)
        let other = try ScratchFolder()
        let plain = try other.openStore()
        let a = try await plain.subscribe(StoreSamples.lwn)
        let b = try await plain.subscribe(StoreSamples.hackerNews)
        _ = try await plain.apply(StoreSamples.refresh(a, [
            Self.item("wire", title: "Rotterdam dockworkers walk out over automation plan", paragraphs: Self.wire,
                      published: StoreSamples.now.addingTimeInterval(-6 * 3600)),
        ]))
        _ = try await plain.apply(StoreSamples.refresh(b, [
            Self.item("preferred", title: "Rotterdam port strike begins", paragraphs: Self.wire,
                      published: StoreSamples.now.addingTimeInterval(-2 * 3600)),
        ]))
        #expect(try await plain.allStories().first?.title == "Rotterdam dockworkers walk out over automation plan")
    }

    @Test func rulesAreStoredAndCheckedWithOneSentence() async throws {
        let store = try scratch.openStore()
        try await store.setDedupRule("containment", to: "0.95")
        #expect(try await store.dedupRules().containment == 0.95)
        try await store.setDedupRule("containment", to: nil)
        #expect(try await store.dedupRules().containment == DedupRules().containment)
        await #expect(throws: StoreError.invalid("there is no dedup rule named \"nope\" (see `tidings dedup --show`)")) {
            try await store.setDedupRule("nope", to: "1")
        }
    }
}
