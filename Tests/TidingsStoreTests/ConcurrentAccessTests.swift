import Foundation
import Testing
import TidingsModel
import TidingsStore

/// The daemon keeps the database open while the CLI opens it again to read and to mark stories
/// read: two `FeedStore`s (two connection pools) on one file.
@Suite struct ConcurrentAccessTests {
    let scratch: ScratchFolder
    init() throws { scratch = try ScratchFolder() }

    private static let rounds = 50

    @Test func aSecondStoreReadsWhileTheFirstWrites() async throws {
        let daemon = try scratch.openStore()
        let lwn = try await daemon.subscribe(StoreSamples.lwn)
        let cli = try scratch.openStore()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for round in 0..<Self.rounds {
                    _ = try await daemon.apply(StoreSamples.refresh(lwn, [
                        StoreSamples.item(guid: "g\(round)", article: "post-\(round)"),
                    ]))
                }
            }
            group.addTask {
                var seen = 0
                for _ in 0..<Self.rounds {
                    let count = try await cli.stories(StoryQuery()).count
                    #expect(count >= seen, "a reader never sees the store go backwards")
                    seen = count
                }
            }
            try await group.waitForAll()
        }
        #expect(try await cli.stories(StoryQuery()).count == Self.rounds)
    }

    @Test func bothStoresWriteInTurn() async throws {
        let daemon = try scratch.openStore()
        let lwn = try await daemon.subscribe(StoreSamples.lwn)
        let hn = try await daemon.subscribe(StoreSamples.hackerNews)
        let cli = try scratch.openStore()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for round in 0..<Self.rounds {
                    _ = try await daemon.apply(StoreSamples.refresh(lwn, [
                        StoreSamples.item(guid: "l\(round)", article: "lwn-\(round)"),
                    ]))
                }
            }
            group.addTask {
                for round in 0..<Self.rounds {
                    _ = try await cli.apply(StoreSamples.refresh(hn, [
                        StoreSamples.item(guid: "h\(round)", article: "hn-\(round)"),
                    ]))
                    _ = try await cli.markAllRead(at: StoreSamples.now)
                }
            }
            try await group.waitForAll()
        }
        #expect(try scratch.count("items") == 2 * Self.rounds)
        let statuses = try await daemon.feedStatuses()
        #expect(statuses.map(\.itemCount) == [Self.rounds, Self.rounds])
        #expect(try scratch.count("stories") == 2 * Self.rounds)
    }
}
