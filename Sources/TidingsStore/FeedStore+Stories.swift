import Foundation
import GRDB
import TidingsModel

extension FeedStore {
    /// Stories matching `query`, newest first, each with all its copies.
    package func stories(_ query: StoryQuery) async throws(StoreError) -> [StoryListing] {
        try await read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.* FROM stories s
                    WHERE (? = 0 OR s.read = 0) AND (? = 0 OR s.starred = 1)
                      AND (? IS NULL OR EXISTS (SELECT 1 FROM items i WHERE i.story_id = s.id AND i.feed_id = ?))
                    ORDER BY s.sort_at DESC, s.id DESC
                    LIMIT ?
                    """,
                arguments: [query.unreadOnly, query.starredOnly, query.feedID, query.feedID, query.limit ?? -1])
            return try Self.listings(for: rows, db: db)
        }
    }

    /// One story by ID.
    package func story(id: StoryID) async throws(StoreError) -> StoryListing {
        let found = try await read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM stories WHERE id = ?", arguments: [id.rawValue])
            return try Self.listings(for: rows, db: db).first
        }
        guard let found else { throw .unknownStory(id.rawValue) }
        return found
    }

    /// Marks stories (and so every copy of each) read or unread. Unknown IDs fail the whole call.
    package func setRead(_ ids: [StoryID], read: Bool, at now: Date) async throws(StoreError) {
        try await update(ids, sql: "UPDATE stories SET read_at = CASE WHEN read = ?1 THEN read_at ELSE ?2 END, read = ?1 WHERE id = ?3",
                         values: [read, read ? now.timeIntervalSince1970 : nil])
    }

    /// Stars or unstars stories.
    package func setStarred(_ ids: [StoryID], starred: Bool, at now: Date) async throws(StoreError) {
        try await update(ids, sql: "UPDATE stories SET starred_at = CASE WHEN starred = ?1 THEN starred_at ELSE ?2 END, starred = ?1 WHERE id = ?3",
                         values: [starred, starred ? now.timeIntervalSince1970 : nil])
    }

    /// Marks every unread story read; returns how many were.
    package func markAllRead(at now: Date) async throws(StoreError) -> Int {
        try await write { db in
            try db.execute(sql: "UPDATE stories SET read = 1, read_at = ? WHERE read = 0",
                           arguments: [now.timeIntervalSince1970])
            return db.changesCount
        }
    }

    private func update(_ ids: [StoryID], sql: String, values: StatementArguments) async throws(StoreError) {
        try await write { db in
            for id in ids {
                try db.execute(sql: sql, arguments: values + [id.rawValue])
                guard db.changesCount > 0 else { throw StoreError.unknownStory(id.rawValue) }
            }
        }
    }

    private static func listings(for rows: [Row], db: Database) throws -> [StoryListing] {
        guard !rows.isEmpty else { return [] }
        let ids: [Int64] = rows.map { $0["id"] }
        var copies: [Int64: [StoryCopy]] = [:]
        // In chunks: SQLite caps the number of bound values in one statement.
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let copyRows = try Row.fetchAll(
                db,
                sql: """
                    SELECT i.*, f.url AS feed_url, coalesce(f.title, f.feed_title, f.url) AS feed_name,
                        f.site_url AS feed_site
                    FROM items i JOIN feeds f ON f.id = i.feed_id
                    WHERE i.story_id IN (\(placeholders))
                    ORDER BY i.story_id, i.id = (SELECT rep_item_id FROM stories WHERE id = i.story_id) DESC,
                        i.first_seen_at, i.id
                    """,
                arguments: StatementArguments(chunk))
            for row in copyRows {
                copies[row["story_id"], default: []].append(StoryCopy(row: row))
            }
        }
        return rows.map { row in
            let id: Int64 = row["id"]
            return StoryListing(
                id: StoryID(id), uid: row["uid"], title: row["title"], link: row["link"],
                published: (row["published_at"] as Double?).map { Date(timeIntervalSince1970: $0) },
                firstSeen: Date(timeIntervalSince1970: row["first_seen_at"]),
                read: row["read"], starred: row["starred"], copies: copies[id] ?? [])
        }
    }
}

extension StoryCopy {
    init(row: Row) {
        self.init(
            id: row["id"], feedID: row["feed_id"], feedURL: row["feed_url"], feedTitle: row["feed_name"],
            siteURL: row["feed_site"], guid: row["guid"], link: row["link"], title: row["title"],
            published: (row["published_at"] as Double?).map { Date(timeIntervalSince1970: $0) },
            summary: row["summary"], content: row["content"], author: row["author"])
    }
}
