import Foundation
import GRDB
import TidingsDedup

extension FeedStore {
    /// Feeds whose next check is at or before `now`, most overdue first.
    package func dueFeeds(at now: Date) async throws(StoreError) -> [FeedRecord] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM feeds WHERE next_check_at <= ? AND retired_at IS NULL ORDER BY next_check_at, id",
                arguments: [now.timeIntervalSince1970]
            ).map(FeedRecord.init(row:))
        }
    }

    /// Publication dates of a feed's newest items (at most 20), newest first: its publishing rate.
    package func recentItemDates(feedID: Int64) async throws(StoreError) -> [Date] {
        try await read { db in
            try Double.fetchAll(
                db, sql: """
                    SELECT published_at FROM items WHERE feed_id = ? AND published_at IS NOT NULL
                    ORDER BY published_at DESC LIMIT 20
                    """,
                arguments: [feedID]
            ).map { Date(timeIntervalSince1970: $0) }
        }
    }

    /// When the next feed falls due, or nil with no feeds.
    package func nextCheck() async throws(StoreError) -> Date? {
        try await read { db in
            try Double.fetchOne(db, sql: "SELECT min(next_check_at) FROM feeds WHERE retired_at IS NULL")
                .map { Date(timeIntervalSince1970: $0) }
        }
    }

    /// Moves a feed's next check without recording anything else (its host asked for a pause).
    package func postpone(feedID: Int64, until: Date) async throws(StoreError) {
        try await write { db in
            try db.execute(sql: "UPDATE feeds SET next_check_at = max(next_check_at, ?) WHERE id = ?",
                           arguments: [until.timeIntervalSince1970, feedID])
        }
    }

    /// Records a 304 (or an unchanged body): validators and schedule move on, no item is touched.
    /// A feed removed meanwhile (feeds.opml re-read during its fetch) is silently skipped.
    package func recordUnchanged(feedID: Int64, at now: Date, status: Int, etag: String?,
                                 lastModified: String?, nextCheckAt: Date) async throws(StoreError) {
        try await write { db in
            try db.execute(
                sql: """
                    UPDATE feeds SET etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),
                        last_fetch_at = ?, last_success_at = ?, last_status = ?,
                        -- A failure is over; a warning about the (unchanged) document still holds.
                        last_error = CASE WHEN failure_count > 0 THEN NULL ELSE last_error END,
                        failure_count = 0, gone_count = 0, next_check_at = ?
                    WHERE id = ?
                    """,
                arguments: [etag, lastModified, now.timeIntervalSince1970, now.timeIntervalSince1970,
                            status, nextCheckAt.timeIntervalSince1970, feedID])
        }
    }

    /// Records a failed check: the sentence, the HTTP status if any, one more consecutive failure.
    /// A 410 Gone seen `retireAfterGone` times in a row retires the feed; any other answer resets
    /// that count. Returns true when this call retired the feed. A feed removed meanwhile is skipped.
    @discardableResult
    package func recordFailure(feedID: Int64, at now: Date, status: Int?, error: String,
                               nextCheckAt: Date, retireAfterGone: Int = 3) async throws(StoreError) -> Bool {
        try await write { db in
            try db.execute(
                sql: """
                    UPDATE feeds SET last_fetch_at = ?, last_status = ?, last_error = ?,
                        failure_count = failure_count + 1, next_check_at = ?,
                        gone_count = CASE WHEN ? = 410 THEN gone_count + 1 ELSE 0 END
                    WHERE id = ?
                    """,
                arguments: [now.timeIntervalSince1970, status, error, nextCheckAt.timeIntervalSince1970, status,
                            feedID])
            try db.execute(
                sql: "UPDATE feeds SET retired_at = ? WHERE id = ? AND gone_count >= ? AND retired_at IS NULL",
                arguments: [now.timeIntervalSince1970, feedID, retireAfterGone])
            return db.changesCount > 0
        }
    }

    /// Stores a fetched and parsed feed in one transaction: fetch state, new and changed items, and
    /// the story each new item joins. Items already stored (same feed, same identity) are updated in
    /// place and keep their story, so re-fetching never duplicates anything.
    package func apply(_ refresh: FeedRefresh) async throws(StoreError) -> RefreshOutcome {
        try await write { db in
            let now = refresh.fetchedAt.timeIntervalSince1970
            let hints = refresh.refreshHints
            try db.execute(
                sql: """
                    UPDATE feeds SET feed_title = coalesce(?, feed_title), site_url = coalesce(site_url, ?),
                        etag = ?, last_modified = ?, body_hash = ?, last_fetch_at = ?, last_success_at = ?,
                        last_status = ?, last_error = ?, failure_count = 0, gone_count = 0, next_check_at = ?,
                        hint_ttl = ?, hint_skip_hours = ?, hint_skip_days = ?, hint_update_period = ?,
                        hint_update_frequency = ?
                    WHERE id = ?
                    """,
                arguments: [refresh.feedTitle, refresh.siteURL, refresh.etag, refresh.lastModified,
                            refresh.bodyHash, now, now, refresh.status, refresh.warning,
                            refresh.nextCheckAt.timeIntervalSince1970, hints.ttl,
                            Self.list(hints.skipHours), Self.list(hints.skipDays.map(\.rawValue)),
                            hints.updatePeriod?.rawValue, hints.updateFrequency, refresh.feedID])
            guard db.changesCount > 0 else { throw StoreError.unknownFeed(String(refresh.feedID)) }
            var outcome = RefreshOutcome()
            // A document that repeats an item keeps its first copy, so re-applying it is stable.
            var seen = Set<String>()
            let context = try StoryPlacement.Context(db: db)
            let rank = try StoryPlacement.sourceRank(feedID: refresh.feedID, rules: context.rules, db: db)
            for item in refresh.items where seen.insert(item.itemKey).inserted {
                try Self.store(item, feedID: refresh.feedID, now: now, db: db, context: context, sourceRank: rank,
                               outcome: &outcome)
            }
            return outcome
        }
    }

    /// [1, 5, 7] → "1,5,7"; empty → NULL.
    static func list(_ numbers: [Int]) -> String? {
        numbers.isEmpty ? nil : numbers.map(String.init).joined(separator: ",")
    }

    // Statements below run once per item: cached, so each is prepared once per connection.
    private static func store(_ item: IncomingItem, feedID: Int64, now: Double, db: Database,
                              context: StoryPlacement.Context, sourceRank: Int?, outcome: inout RefreshOutcome) throws {
        let fingerprint = item.fingerprint.map { Data($0.encoded) }
        let fields: StatementArguments = [
            item.guid, item.link, item.canonicalURL, item.title, item.summary, item.content, item.author,
            item.publishedAt?.timeIntervalSince1970, item.publishedRaw, item.updatedAt?.timeIntervalSince1970,
            fingerprint,
        ]
        if let existing = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, story_id FROM items WHERE feed_id = ? AND item_key = ?"),
            arguments: [feedID, item.itemKey])
        {
            let itemID: Int64 = existing["id"]
            try db.cachedStatement(sql: """
                    UPDATE items SET guid = ?, link = ?, canonical_url = ?, title = ?, summary = ?, content = ?,
                        author = ?, published_at = ?, published_raw = ?, updated_at = ?, fingerprint = ?
                    WHERE id = ? AND (guid IS NOT ? OR link IS NOT ? OR canonical_url IS NOT ? OR title IS NOT ?
                        OR summary IS NOT ? OR content IS NOT ? OR author IS NOT ? OR published_at IS NOT ?
                        OR published_raw IS NOT ? OR updated_at IS NOT ? OR fingerprint IS NOT ?)
                    """).execute(
                arguments: fields + [itemID] + fields)
            if db.changesCount > 0 {
                outcome.updatedItems += 1
                try db.cachedStatement(sql: "UPDATE items SET text_size = ? WHERE id = ?")
                    .execute(arguments: [item.fingerprint?.size ?? 0, itemID])
                // The copy that speaks for the story carries its headline, link and date.
                let published = item.publishedAt.map { min($0.timeIntervalSince1970, now) }
                try db.cachedStatement(sql: """
                        UPDATE stories SET title = ?, link = ?, published_at = ?,
                            sort_at = coalesce(?, first_seen_at)
                        WHERE id = ? AND rep_item_id = ?
                        """).execute(
                    arguments: [item.title, item.link, item.publishedAt?.timeIntervalSince1970, published,
                                existing["story_id"] as Int64, itemID])
            }
            return
        }
        // A date in the future would hold the item outside every window: it counts as arriving now.
        let at = min(item.publishedAt?.timeIntervalSince1970 ?? now, now)
        let placement = try StoryPlacement.place(
            StoryPlacement.Candidate(storyKeys: item.storyKeys, fingerprint: item.fingerprint, at: at),
            context: context, db: db)
        let storyID: Int64
        var representative: StoryPlacement.Representative?
        var startsStory = false
        if let joined = placement.storyID {
            storyID = joined
            representative = try StoryPlacement.representative(of: joined, db: db)
        } else {
            storyID = try insertStory(for: item, now: now, db: db)
            startsStory = true
            outcome.newStories += 1
        }
        for key in item.storyKeys {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO story_keys (key, story_id) VALUES (?, ?)").execute(
                           arguments: [key, storyID])
        }
        try db.cachedStatement(sql: """
                INSERT INTO items (guid, link, canonical_url, title, summary, content, author, published_at,
                    published_raw, updated_at, fingerprint, feed_id, item_key, story_id, match_kind, first_seen_at,
                    text_size, source_rank, match_item_id, match_detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(
            arguments: fields + [feedID, item.itemKey, storyID, placement.matchKind, now, item.fingerprint?.size ?? 0,
                                 sourceRank, placement.matchItemID, placement.matchDetail])
        let itemID = db.lastInsertedRowID
        if let fingerprint = item.fingerprint {
            try StoryPlacement.index(itemID: itemID, storyID: storyID, fingerprint: fingerprint, at: at, db: db)
        }
        if startsStory {
            // The story was made from this item: only the pointer is missing.
            try db.cachedStatement(sql: "UPDATE stories SET rep_item_id = ? WHERE id = ?").execute(arguments: [itemID, storyID])
        } else if StoryPlacement.shouldReplace(current: representative, withSize: item.fingerprint?.size ?? 0,
                                                       published: item.publishedAt.map { min($0.timeIntervalSince1970, now) },
                                                       rank: sourceRank) {
            try StoryPlacement.makeRepresentative(itemID, of: storyID, db: db)
        }
        if !startsStory {
            outcome.absorbedStories += try StoryPlacement.absorb(into: storyID, candidates: placement.otherCandidates,
                                                                 context: context, db: db)
        }
        if !startsStory { outcome.joinedItems += 1 }
        outcome.newItems += 1
    }

    private static func insertStory(for item: IncomingItem, now: Double, db: Database) throws -> Int64 {
        let published = item.publishedAt?.timeIntervalSince1970
        // A story dated in the future would stick to the top of every list: sort it as arriving now.
        let sortAt = min(published ?? now, now)
        // The uid derives from the story key; should two keys ever hash alike, the later story gets
        // a suffixed uid rather than failing the whole refresh.
        var uid = item.storyUID
        while try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM stories WHERE uid = ?"), arguments: [uid]) == true {
            uid += "+"
        }
        try db.cachedStatement(sql: """
                INSERT INTO stories (uid, title, link, published_at, first_seen_at, sort_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """).execute(
            arguments: [uid, item.title, item.link, published, now, sortAt])
        return db.lastInsertedRowID
    }
}
