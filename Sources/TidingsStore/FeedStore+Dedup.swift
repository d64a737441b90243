import Foundation
import GRDB
import TidingsDedup

extension FeedStore {
    /// The dedup rules in force: the defaults with what `setDedupRule` stored over them.
    package func dedupRules() async throws(StoreError) -> DedupRules {
        try await read { db in try StoryPlacement.rules(db) }
    }

    /// Stores one rule (checked first); nil `value` restores its default.
    package func setDedupRule(_ name: String, to value: String?) async throws(StoreError) {
        if let value {
            var rules = DedupRules()
            do { try rules.set(name, to: value) } catch { throw .invalid(error.description) }
        } else if !DedupRules().settings.contains(where: { $0.name == name }) {
            throw .invalid(DedupRuleError.unknown(name).description)
        }
        try await write { db in
            if let value {
                try db.execute(sql: "INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)",
                               arguments: ["dedup." + name, value])
            } else {
                try db.execute(sql: "DELETE FROM settings WHERE name = ?", arguments: ["dedup." + name])
            }
        }
    }

    /// Drops candidate-index rows older than twice the dedup window before `now` (they can match
    /// nothing new); returns how many went.
    @discardableResult
    package func pruneCandidateIndex(now: Date) async throws(StoreError) -> Int {
        try await write { db in
            let rules = try StoryPlacement.rules(db)
            return try StoryPlacement.prune(before: now.timeIntervalSince1970 - 2 * rules.windowHours * 3600, db: db)
        }
    }

    /// A story's copies with the signal that joined each and their fingerprints.
    package func explainStory(id: Int64) async throws(StoreError) -> StoryExplanation {
        let found = try await read { db -> StoryExplanation? in
            guard let story = try Row.fetchOne(db, sql: "SELECT id, title, rep_item_id FROM stories WHERE id = ?",
                                               arguments: [id]) else { return nil }
            let representative: Int64? = story["rep_item_id"]
            let members = try Row.fetchAll(db, sql: """
                SELECT i.id, coalesce(f.title, f.feed_title, f.url) AS feed_name, i.title, i.link,
                    min(coalesce(i.published_at, i.first_seen_at), i.first_seen_at) AS at, i.match_kind, i.match_item_id, i.match_detail,
                    i.fingerprint
                FROM items i JOIN feeds f ON f.id = i.feed_id WHERE i.story_id = ? ORDER BY at, i.id
                """, arguments: [id]).map { row in
                StoryExplanation.Member(
                    id: row["id"], feedTitle: row["feed_name"], title: row["title"], link: row["link"], at: row["at"],
                    matchKind: row["match_kind"], matchItemID: row["match_item_id"], matchDetail: row["match_detail"],
                    fingerprint: (row["fingerprint"] as Data?).flatMap { Fingerprint(encoded: [UInt8]($0)) },
                    isRepresentative: row["id"] == representative)
            }
            return StoryExplanation(storyID: id, title: story["title"], members: members)
        }
        guard let found else { throw .unknownStory(id) }
        return found
    }

    /// Re-clusters the items dated at or after `since` (all when nil) with the current rules, in date
    /// order, as if they had arrived then. Read state carries over by story: a new story is read
    /// when every copy's old story was, starred when any was. `convert` turns a stored item into what
    /// ingest would have made of it (keys and fingerprint), with `boilerplate` the blocks its feed
    /// repeats.
    package func rebuildStories(
        since: Date?,
        convert: @escaping @Sendable (StoredItemText, Set<UInt64>) -> IncomingItem
    ) async throws(StoreError) -> RebuildOutcome {
        try await write { db in
            let start = since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude
            let rows = try Row.fetchAll(db, sql: """
                SELECT i.id, i.feed_id, f.url AS feed_url, i.item_key, i.link, i.title, i.summary, i.content,
                    min(coalesce(i.published_at, i.first_seen_at), i.first_seen_at) AS at, i.first_seen_at, i.story_id, i.published_at,
                    s.read, s.starred, s.read_at, s.starred_at
                FROM items i JOIN feeds f ON f.id = i.feed_id JOIN stories s ON s.id = i.story_id
                WHERE coalesce(i.published_at, i.first_seen_at) >= ?
                ORDER BY at, i.id
                """, arguments: [start])
            var outcome = RebuildOutcome()
            outcome.items = rows.count
            outcome.storiesBefore = try Int.fetchOne(db, sql: "SELECT count(*) FROM stories") ?? 0
            guard !rows.isEmpty else {
                outcome.storiesAfter = outcome.storiesBefore
                return outcome
            }
            // Old state per item, to carry over.
            struct OldState { var read: Bool; var starred: Bool; var readAt: Double?; var starredAt: Double? }
            var old: [Int64: OldState] = [:]
            var texts: [StoredItemText] = []
            var firstSeen: [Int64: Double] = [:]
            for row in rows {
                let id: Int64 = row["id"]
                old[id] = OldState(read: row["read"], starred: row["starred"], readAt: row["read_at"],
                                   starredAt: row["starred_at"])
                firstSeen[id] = row["first_seen_at"]
                texts.append(StoredItemText(id: id, feedID: row["feed_id"], feedURL: row["feed_url"],
                                            itemKey: row["item_key"], link: row["link"], title: row["title"],
                                            summary: row["summary"], content: row["content"], at: row["at"],
                                            published: row["published_at"]))
            }
            // Park the items on a placeholder story; stories left empty go, with their keys.
            try db.execute(sql: """
                INSERT INTO stories (uid, first_seen_at, sort_at) VALUES ('tidings-rebuild-placeholder', 0, 0)
                """)
            let placeholder = db.lastInsertedRowID
            try db.execute(sql: "CREATE TEMP TABLE rebuild_items (id INTEGER PRIMARY KEY)")
            defer { try? db.execute(sql: "DROP TABLE temp.rebuild_items") }
            let insertTemp = try db.makeStatement(sql: "INSERT INTO rebuild_items (id) VALUES (?)")
            for text in texts { try insertTemp.execute(arguments: [text.id]) }
            try db.execute(sql: "UPDATE items SET story_id = ? WHERE id IN (SELECT id FROM rebuild_items)",
                           arguments: [placeholder])
            // The rebuilt items' index rows go (one scan: the index has no item column index), and
            // with them every alias: stories are about to be made afresh.
            try db.execute(sql: "DELETE FROM dedup_index WHERE item_id IN (SELECT id FROM rebuild_items)")
            try db.execute(sql: "DELETE FROM story_aliases")
            try db.execute(sql: "DELETE FROM stories WHERE id != ? AND id NOT IN (SELECT story_id FROM items)",
                           arguments: [placeholder])
            // What each feed repeats, over the items being rebuilt.
            var byFeed: [Int64: [(summary: String?, content: String?)]] = [:]
            for text in texts { byFeed[text.feedID, default: []].append((text.summary, text.content)) }
            let boilerplate = byFeed.mapValues { StoryText.repeatedBlocks($0) }
            let context = try StoryPlacement.Context(db: db)
            let rules = context.rules
            var ranks: [Int64: Int?] = [:]
            for text in texts {
                let item = convert(text, boilerplate[text.feedID] ?? [])
                if ranks[text.feedID] == nil {
                    ranks[text.feedID] = try StoryPlacement.sourceRank(feedID: text.feedID, rules: rules, db: db)
                }
                try Self.replace(text, item: item, firstSeen: firstSeen[text.id] ?? text.at, context: context,
                                 rank: ranks[text.feedID] ?? nil, db: db)
            }
            try db.execute(sql: "DELETE FROM stories WHERE id = ?", arguments: [placeholder])
            // Read state by story: read when every copy's old story was; starred when any was.
            var byStory: [Int64: [Int64]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, story_id FROM items WHERE id IN (SELECT id FROM rebuild_items)") {
                byStory[row["story_id"], default: []].append(row["id"])
            }
            let restore = try db.makeStatement(sql: """
                UPDATE stories SET read = ?, read_at = ?, starred = ?, starred_at = ? WHERE id = ?
                """)
            for (story, members) in byStory {
                // Copies outside the range keep their say through the story's current state.
                let current = try Row.fetchOne(db, sql: """
                    SELECT read, starred, read_at, starred_at,
                        (SELECT count(*) FROM items WHERE story_id = stories.id) AS total FROM stories WHERE id = ?
                    """, arguments: [story])
                let states = members.compactMap { old[$0] }
                let outside = (current?["total"] as Int? ?? 0) > members.count
                var read = states.allSatisfy(\.read)
                var starred = states.contains(where: \.starred)
                if outside, let current {
                    read = read && (current["read"] as Bool)
                    starred = starred || (current["starred"] as Bool)
                }
                try restore.execute(arguments: [read, read ? states.compactMap(\.readAt).max() : nil, starred,
                                                starred ? states.compactMap(\.starredAt).min() : nil, story])
            }
            outcome.storiesAfter = try Int.fetchOne(db, sql: "SELECT count(*) FROM stories") ?? 0
            return outcome
        }
    }

    /// Places one stored item again (rebuild): its story, how it joined, its fingerprint and index keys.
    private static func replace(_ text: StoredItemText, item: IncomingItem, firstSeen: Double,
                                context: StoryPlacement.Context,
                                rank: Int?, db: Database) throws {
        let at = min(text.at, firstSeen)
        let placement = try StoryPlacement.place(
            StoryPlacement.Candidate(storyKeys: item.storyKeys, fingerprint: item.fingerprint, at: at),
            context: context, db: db)
        let storyID: Int64
        var representative: StoryPlacement.Representative?
        let startsStory = placement.storyID == nil
        if let joined = placement.storyID {
            storyID = joined
            representative = try StoryPlacement.representative(of: joined, db: db)
        } else {
            var uid = item.storyUID
            while try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM stories WHERE uid = ?"), arguments: [uid]) == true {
                uid += "+"
            }
            let published = item.publishedAt?.timeIntervalSince1970
            try db.cachedStatement(sql: """
                INSERT INTO stories (uid, title, link, published_at, first_seen_at, sort_at) VALUES (?, ?, ?, ?, ?, ?)
                """).execute(arguments: [uid, text.title, text.link, published, firstSeen, min(published ?? firstSeen, firstSeen)])
            storyID = db.lastInsertedRowID
        }
        for key in item.storyKeys {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO story_keys (key, story_id) VALUES (?, ?)")
                .execute(arguments: [key, storyID])
        }
        try db.cachedStatement(sql: """
            UPDATE items SET story_id = ?, match_kind = ?, match_item_id = ?, match_detail = ?, fingerprint = ?,
                text_size = ?, source_rank = ?
            WHERE id = ?
            """).execute(arguments: [storyID, placement.matchKind, placement.matchItemID, placement.matchDetail,
                                     item.fingerprint.map { Data($0.encoded) }, item.fingerprint?.size ?? 0, rank,
                                     text.id])
        if let fingerprint = item.fingerprint {
            try StoryPlacement.index(itemID: text.id, storyID: storyID, fingerprint: fingerprint, at: at, db: db)
        }
        if startsStory || StoryPlacement.shouldReplace(current: representative, withSize: item.fingerprint?.size ?? 0,
                                                       published: item.publishedAt.map { min($0.timeIntervalSince1970, firstSeen) },
                                                       rank: rank) {
            try StoryPlacement.makeRepresentative(text.id, of: storyID, db: db)
        }
        if !startsStory {
            _ = try StoryPlacement.absorb(into: storyID, candidates: placement.otherCandidates, context: context, db: db)
        }
    }
}
