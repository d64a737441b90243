import Foundation
import GRDB
import TidingsModel

extension FeedStore {
    /// Makes the feeds table match the subscriptions of feeds.opml, the file of record: new URLs are
    /// added (due at once), titles and folders follow the file, feeds no longer listed are removed
    /// with their items. Returns the URLs added and removed.
    package func syncSubscriptions(_ sources: [FeedSource], checkInterval: TimeInterval, now: Date)
        async throws(StoreError) -> (added: [String], removed: [String])
    {
        try await write { db in
            let existing = try String.fetchSet(db, sql: "SELECT url FROM feeds")
            var added: [String] = []
            // A feed listed in two folders is one subscription; the first listing wins.
            var wanted = Set<String>()
            for source in sources where wanted.insert(source.url).inserted {
                if existing.contains(source.url) {
                    try db.execute(
                        sql: """
                            UPDATE feeds SET title = ?, site_url = coalesce(?, site_url), folder = ?, check_override = ?
                            WHERE url = ?
                            """,
                        arguments: [source.title, source.htmlURL, Self.folderText(source.folder), source.checkEvery,
                                    source.url])
                } else {
                    try Self.insert(source, checkInterval: checkInterval, now: now, into: db)
                    added.append(source.url)
                }
            }
            let removed = existing.subtracting(wanted).sorted()
            for url in removed {
                try db.execute(sql: "DELETE FROM feeds WHERE url = ?", arguments: [url])
            }
            if !removed.isEmpty { try Self.deleteOrphanStories(db) }
            return (added, removed)
        }
    }

    /// Adds one subscription (or returns the existing one with that URL).
    package func addFeed(_ source: FeedSource, checkInterval: TimeInterval, now: Date)
        async throws(StoreError) -> FeedRecord
    {
        try await write { db in
            if try Row.fetchOne(db, sql: "SELECT id FROM feeds WHERE url = ?", arguments: [source.url]) == nil {
                try Self.insert(source, checkInterval: checkInterval, now: now, into: db)
            }
            let row = try Row.fetchOne(db, sql: "SELECT * FROM feeds WHERE url = ?", arguments: [source.url])
            return FeedRecord(row: row!)
        }
    }

    /// Removes a subscription with its items, and the stories no other feed carries.
    package func removeFeed(id: Int64) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: "DELETE FROM feeds WHERE id = ?", arguments: [id])
            guard db.changesCount > 0 else { throw StoreError.unknownFeed(String(id)) }
            try Self.deleteOrphanStories(db)
        }
    }

    /// Notes where a check was permanently redirected (nil: it was not) and returns on how many
    /// consecutive checks the feed has now been sent to that same place.
    package func noteRedirect(feedID: Int64, to target: String?) async throws(StoreError) -> Int {
        try await write { db in
            try db.execute(
                sql: """
                    UPDATE feeds SET moved_count = CASE WHEN ? IS NULL THEN 0
                            WHEN moved_to IS ? THEN moved_count + 1 ELSE 1 END,
                        moved_to = ?
                    WHERE id = ?
                    """,
                arguments: [target, target, target, feedID])
            return try Int.fetchOne(db, sql: "SELECT moved_count FROM feeds WHERE id = ?", arguments: [feedID]) ?? 0
        }
    }

    /// Points a subscription at its new URL, keeping its items, stories and read state. When another
    /// subscription already has that URL, the two were one feed: this one is dropped in its favour.
    /// Returns the feed now holding the URL.
    package func moveFeed(id: Int64, to url: String) async throws(StoreError) -> FeedRecord {
        try await write { db in
            if let other = try Int64.fetchOne(db, sql: "SELECT id FROM feeds WHERE url = ? AND id != ?",
                                              arguments: [url, id]) {
                try db.execute(sql: "DELETE FROM feeds WHERE id = ?", arguments: [id])
                try Self.deleteOrphanStories(db)
                return FeedRecord(row: try Row.fetchOne(db, sql: "SELECT * FROM feeds WHERE id = ?", arguments: [other])!)
            }
            try db.execute(
                sql: """
                    UPDATE feeds SET url = ?, moved_to = NULL, moved_count = 0, etag = NULL,
                        last_modified = NULL, body_hash = NULL
                    WHERE id = ?
                    """,
                arguments: [url, id])
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM feeds WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownFeed(String(id))
            }
            return FeedRecord(row: row)
        }
    }

    /// Sets (nil: clears) a feed's fixed check interval, and makes it due by then at the latest.
    package func setCheckOverride(id: Int64, to seconds: TimeInterval?, now: Date) async throws(StoreError) {
        try await write { db in
            try db.execute(
                sql: """
                    UPDATE feeds SET check_override = ?,
                        next_check_at = CASE WHEN ? IS NULL THEN next_check_at ELSE min(next_check_at, ?) END
                    WHERE id = ?
                    """,
                arguments: [seconds, seconds, now.timeIntervalSince1970 + (seconds ?? 0), id])
            guard db.changesCount > 0 else { throw StoreError.unknownFeed(String(id)) }
        }
    }

    /// Brings a retired feed back: checked again at once, its gone count cleared.
    package func reviveFeed(id: Int64) async throws(StoreError) {
        try await write { db in
            try db.execute(
                sql: "UPDATE feeds SET retired_at = NULL, gone_count = 0, next_check_at = 0 WHERE id = ?",
                arguments: [id])
            guard db.changesCount > 0 else { throw StoreError.unknownFeed(String(id)) }
        }
    }

    /// The feed named by a numeric ID or by its URL.
    package func feed(matching key: String) async throws(StoreError) -> FeedRecord {
        let found = try await read { db -> FeedRecord? in
            if let id = Int64(key), let row = try Row.fetchOne(db, sql: "SELECT * FROM feeds WHERE id = ?", arguments: [id]) {
                return FeedRecord(row: row)
            }
            return try Row.fetchOne(db, sql: "SELECT * FROM feeds WHERE url = ?", arguments: [key]).map(FeedRecord.init(row:))
        }
        guard let found else { throw .unknownFeed(key) }
        return found
    }

    /// Every feed with its item and unread-story counts, by folder and title.
    package func feedStatuses() async throws(StoreError) -> [FeedStatus] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT f.*,
                    (SELECT count(*) FROM items i WHERE i.feed_id = f.id) AS item_count,
                    (SELECT count(DISTINCT i.story_id) FROM items i JOIN stories s ON s.id = i.story_id
                        WHERE i.feed_id = f.id AND s.read = 0) AS unread_count
                FROM feeds f
                ORDER BY f.folder, coalesce(f.title, f.feed_title, f.url) COLLATE NOCASE
                """).map { row in
                FeedStatus(feed: FeedRecord(row: row), itemCount: row["item_count"], unreadCount: row["unread_count"])
            }
        }
    }

    static func insert(_ source: FeedSource, checkInterval: TimeInterval, now: Date, into db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO feeds (url, title, site_url, folder, added_at, check_interval, next_check_at, check_override)
                VALUES (?, ?, ?, ?, ?, ?, 0, ?)
                """,
            arguments: [source.url, source.title, source.htmlURL, folderText(source.folder),
                        now.timeIntervalSince1970, checkInterval, source.checkEvery])
    }

    /// After copies were deleted: drops stories no feed carries any more, and where the copy that
    /// spoke for a story went, makes the fullest remaining copy (earliest among equals) speak for it.
    static func deleteOrphanStories(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM items)")
        try db.execute(sql: """
            UPDATE stories SET rep_item_id = (
                SELECT i.id FROM items i WHERE i.story_id = stories.id
                ORDER BY i.text_size DESC, coalesce(i.published_at, i.first_seen_at), i.id LIMIT 1)
            WHERE rep_item_id IS NULL OR rep_item_id NOT IN (SELECT id FROM items)
            """)
        try db.execute(sql: """
            UPDATE stories SET title = i.title, link = i.link
            FROM items i WHERE i.id = stories.rep_item_id
              AND (stories.title IS NOT i.title OR stories.link IS NOT i.link)
            """)
    }

    static func folderText(_ folder: [String]) -> String { folder.joined(separator: "/") }
}

extension FeedRecord {
    init(row: Row) {
        func date(_ column: String) -> Date? {
            (row[column] as Double?).map { Date(timeIntervalSince1970: $0) }
        }
        let folder: String = row["folder"]
        self.init(
            id: row["id"], url: row["url"], title: row["title"], feedTitle: row["feed_title"],
            siteURL: row["site_url"], folder: folder.isEmpty ? [] : folder.components(separatedBy: "/"),
            etag: row["etag"], lastModified: row["last_modified"], bodyHash: row["body_hash"],
            checkInterval: row["check_interval"], nextCheckAt: date("next_check_at") ?? .distantPast,
            lastFetchAt: date("last_fetch_at"), lastSuccessAt: date("last_success_at"),
            lastStatus: row["last_status"], lastError: row["last_error"], failureCount: row["failure_count"])
        refreshHints = RefreshHints(
            ttl: row["hint_ttl"], skipHours: Self.numbers(row["hint_skip_hours"]),
            skipDays: Self.numbers(row["hint_skip_days"]).compactMap(Weekday.init(rawValue:)),
            updatePeriod: (row["hint_update_period"] as String?).flatMap(UpdatePeriod.init(rawValue:)),
            updateFrequency: row["hint_update_frequency"])
        goneCount = row["gone_count"]
        retiredAt = date("retired_at")
        checkOverride = row["check_override"]
        movedTo = row["moved_to"]
        movedCount = row["moved_count"]
    }

    /// "1,5,7" → [1, 5, 7].
    static func numbers(_ text: String?) -> [Int] {
        text?.split(separator: ",").compactMap { Int($0) } ?? []
    }
}
