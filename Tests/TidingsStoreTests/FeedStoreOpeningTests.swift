import Foundation
import GRDB
import Testing
import TidingsStore

@Suite struct FeedStoreOpeningTests {
    let scratch: ScratchFolder
    init() throws { scratch = try ScratchFolder() }

    @Test func openingCreatesTheFileAndMissingParentFolders() throws {
        let path = scratch.path("state/tidings/tidings.sqlite")
        let store = try FeedStore(path: path)
        #expect(store.path == path)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func theDatabaseIsInWALMode() throws {
        _ = try scratch.openStore()
        // Read through another connection: WAL is a property of the file, not of one connection.
        let mode = try scratch.rawDatabase().read { db in
            try String.fetchOne(db, sql: "PRAGMA journal_mode")
        }
        #expect(mode == "wal")
    }

    @Test func reopeningAnExistingDatabaseKeepsItsData() async throws {
        do {
            let store = try scratch.openStore()
            let feedID = try await store.subscribe(StoreSamples.lwn)
            _ = try await store.apply(StoreSamples.refresh(feedID, [StoreSamples.item(guid: "1", article: "a")]))
        }
        let reopened = try scratch.openStore()
        let feed = try await reopened.feed(matching: StoreSamples.lwn.url)
        #expect(feed.title == "LWN.net")
        #expect(try await reopened.storyTitles() == ["Article a"])
    }

    @Test func aParentThatIsARegularFileGivesCannotOpenNamingThePath() throws {
        let parent = scratch.path("not-a-folder")
        try Data("just a file\n".utf8).write(to: URL(fileURLWithPath: parent))
        let path = parent + "/tidings.sqlite"
        let error = try #require(throws: StoreError.self) { try FeedStore(path: path) }
        guard case .cannotOpen(let reportedPath, _) = error else {
            Issue.record("expected cannotOpen, got \(error)")
            return
        }
        #expect(reportedPath == path)
        let sentence = error.description
        #expect(sentence.contains(path))
        #expect(!sentence.contains("\n"))
        #expect(!sentence.contains(". "), "one sentence, not several: \(sentence)")
    }

    // Quirk: the user passes the subscriptions file where the database path belongs.
    @Test func anOPMLFileGivenAsTheDatabaseGivesCannotOpen() throws {
        let path = scratch.path("feeds.opml")
        let opml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>Feeds</title></head><body>
            <outline text="LWN.net" type="rss" xmlUrl="https://lwn.net/headlines/rss"/>
            </body></opml>
            """
        try Data(opml.utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: StoreError.self) { try FeedStore(path: path) }
        guard case .cannotOpen(let reportedPath, _) = error else {
            Issue.record("expected cannotOpen, got \(error)")
            return
        }
        #expect(reportedPath == path)
        #expect(error.description.contains(path))
    }

    @Test func aDatabaseWithAnUnknownMigrationIsRefusedAsNewer() async throws {
        do {
            let store = try scratch.openStore()
            _ = try await store.subscribe(StoreSamples.lwn)
        }
        // What a later Tidings would leave behind after migrating the file.
        try scratch.execute("INSERT INTO grdb_migrations (identifier) VALUES (?)",
                            arguments: ["v9-from-the-future"])
        let error = try #require(throws: StoreError.self) { try scratch.openStore() }
        #expect(error == .newerThanBinary(path: scratch.databasePath, unknownMigrations: ["v9-from-the-future"]))
        #expect(error.description.contains(scratch.databasePath))
        #expect(error.description.contains("v9-from-the-future"))
        // Refusing must not touch the data.
        #expect(try scratch.count("feeds") == 1)
    }
}
