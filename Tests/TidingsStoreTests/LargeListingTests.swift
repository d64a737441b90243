import Foundation
import GRDB
import Testing
import TidingsStore

/// A reader who never marks anything read piles up stories for years; listing them all (the CLI
/// without a limit, an export) must not depend on how many values SQLite binds in one statement.
@Suite struct LargeListingTests {
    let scratch: ScratchFolder
    init() throws { scratch = try ScratchFolder() }

    /// SQLite's limit on bound parameters per statement as this libsqlite3 was built
    /// (32766 upstream since 3.32; Debian raises it to 250000).
    private func boundParameterLimit() throws -> Int {
        let options = try scratch.rawDatabase().read { db in
            try String.fetchAll(db, sql: "PRAGMA compile_options")
        }
        let prefix = "MAX_VARIABLE_NUMBER="
        return options.first { $0.hasPrefix(prefix) }.flatMap { Int($0.dropFirst(prefix.count)) } ?? 32766
    }

    @Test(.timeLimit(.minutes(1)))
    func listingMoreStoriesThanSQLiteBindsAtOnce() async throws {
        let store = try scratch.openStore()
        let lwn = try await store.subscribe(StoreSamples.lwn)
        let total = try boundParameterLimit() + 1
        // Rows written directly, two statements: a quarter of a million `apply` calls would
        // dominate the whole test run.
        try scratch.execute("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
            INSERT INTO stories (id, uid, title, first_seen_at, sort_at)
                SELECT i, 'tag:tidings,2023:story/' || i, 'Story ' || i, i, i FROM n
            """, arguments: [total])
        try scratch.execute("""
            INSERT INTO items (feed_id, item_key, story_id, match_kind, first_seen_at)
                SELECT ?, 'guid:' || id, id, 'new', first_seen_at FROM stories
            """, arguments: [lwn])
        let stories = try await store.stories(StoryQuery())
        #expect(stories.count == total)
        #expect(stories.first?.title == "Story \(total)")
        #expect(stories.allSatisfy { $0.copies.count == 1 })
    }
}
