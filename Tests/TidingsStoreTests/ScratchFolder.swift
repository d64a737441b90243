import Foundation
import GRDB
import Testing
import TidingsStore

/// A fresh temporary folder for one test, removed when the test's suite instance goes away.
///
/// Swift Testing makes one suite instance per test and keeps it alive while the test runs, so a
/// suite that holds a `ScratchFolder` gets a clean database path per test and no leftovers.
final class ScratchFolder: Sendable {
    let url: URL

    init() throws {
        // The test's name in the folder name says which test left it behind if a run is killed.
        let test = (Test.current?.name ?? "").filter { $0.isLetter || $0.isNumber }.prefix(40)
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tidings-store-tests-\(test)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of a file inside the folder (not created).
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// The default database path the tests use.
    var databasePath: String { path("tidings.sqlite") }

    /// Opens (creating) the store at `databasePath`.
    func openStore() throws -> FeedStore { try FeedStore(path: databasePath) }

    /// A plain GRDB connection to the same file, to look at rows the store's API does not expose
    /// or to write what only another Tidings version would write.
    func rawDatabase() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        return try DatabaseQueue(path: databasePath, configuration: configuration)
    }

    /// Runs raw SQL in one transaction on a connection of its own.
    func execute(_ sql: String, arguments: StatementArguments = []) throws {
        try rawDatabase().write { db in try db.execute(sql: sql, arguments: arguments) }
    }

    /// Counts rows with raw SQL, e.g. `count("items WHERE feed_id = 1")`.
    func count(_ tableAndFilter: String) throws -> Int {
        try rawDatabase().read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM \(tableAndFilter)") ?? -1
        }
    }
}
