import Foundation
import GRDB

/// The Tidings database: feeds, items, stories and read state, in one SQLite file in WAL mode.
///
/// The daemon writes while the CLI reads: `DatabasePool` gives one writer and concurrent readers,
/// and a busy timeout lets a second writer (the CLI marking a story read) wait for its turn.
/// This module holds all of Tidings' SQL, always with bound parameters.
package final class FeedStore: Sendable {
    let pool: DatabasePool
    /// The database file's path.
    package let path: String

    /// Opens (creating when missing) the database at `path` and brings its schema up to date.
    package init(path: String) throws(StoreError) {
        self.path = path
        try Self.createParentFolder(of: path)
        var configuration = Configuration()
        // The daemon and the CLI write the same file: wait up to 10 s for the write lock
        // instead of failing at the first collision.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // WAL + NORMAL: a crash or power loss may drop the last commit, never consistency.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 8 MB of page cache (SQLite's default is 2 MB): the candidate index's pages stay in memory
            // through a refresh instead of being read again for every new item.
            try db.execute(sql: "PRAGMA cache_size = -8192")
            // Checkpoint the WAL every ~40 MB instead of ~4 MB: a first refresh of a thousand feeds
            // writes hundreds of MB, and each checkpoint ends in an fsync.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw .cannotOpen(path: path, reason: Self.describe(error))
        }
        let migrator = Schema.migrator
        do {
            let unknown = try pool.read { db in
                try migrator.appliedIdentifiers(db).subtracting(migrator.migrations)
            }
            guard unknown.isEmpty else {
                throw StoreError.newerThanBinary(path: path, unknownMigrations: unknown.sorted())
            }
            try migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: path, reason: Self.describe(error))
        }
    }

    /// Runs `body` in one write transaction (rolled back if it throws).
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .sqlite(Self.describe(error))
        }
    }

    /// Runs `body` on a read-only snapshot.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .sqlite(Self.describe(error))
        }
    }

    private static func createParentFolder(of path: String) throws(StoreError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            if isFolder.boolValue { return }
            throw .cannotOpen(path: path, reason: "\(folder) is not a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: path, reason: "cannot create the folder \(folder)")
        }
    }

    /// SQLite's own message, without GRDB's statement dump.
    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
        return String(describing: error)
    }
}
