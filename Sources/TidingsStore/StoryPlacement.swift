import Foundation
import GRDB
import TidingsDedup

/// Where a new item goes: an existing story (by exact key, then by near-duplicate match against each
/// candidate story's representative) or a story of its own. Runs inside the refresh transaction.
enum StoryPlacement {
    /// What placement reads once per refresh transaction: the rules and the story aliases left by
    /// merges (few: pruned with the index).
    final class Context {
        let rules: DedupRules
        var aliases: [Int64: Int64]

        init(db: Database) throws {
            rules = try StoryPlacement.rules(db)
            aliases = [:]
            for row in try Row.fetchAll(db, sql: "SELECT story_id, merged_into FROM story_aliases") {
                aliases[row["story_id"]] = row["merged_into"]
            }
        }
    }

    /// The outcome for one item.
    struct Placement {
        var storyID: Int64?
        var matchKind: String
        var matchItemID: Int64?
        var matchDetail: String?
        /// Other stories the item's keys pointed at, strongest first: after the item is stored, small
        /// ones among them may turn out to be this story split by arrival order (`absorb`).
        var otherCandidates: [Int64] = []
    }

    /// What placement needs to know about the item.
    struct Candidate {
        var storyKeys: [String]
        var fingerprint: Fingerprint?
        /// The item's date for windows and comparisons (Unix seconds).
        var at: Double
    }

    /// At most this many rows per index key are looked at (newest first): a key that many items share
    /// is common wording, not evidence.
    static let rowsPerKey = 40
    /// Candidate stories compared in full, the most shared keys first.
    static let storiesCompared = 4
    /// Shared index keys a story needs to be compared at all (a shared headline counts 4).
    static let minimumHits = 2

    static func place(_ item: Candidate, context: Context, db: Database) throws -> Placement {
        let rules = context.rules
        for key in item.storyKeys {
            if let storyID = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT story_id FROM story_keys WHERE key = ?"), arguments: [key]) {
                return Placement(storyID: storyID, matchKind: "url")
            }
        }
        guard let fingerprint = item.fingerprint else { return Placement(matchKind: "new") }
        let window = rules.windowHours * 3600
        var hits: [Int64: Int] = [:]
        var titleHits = Set<Int64>()
        let lookup = try db.cachedStatement(sql: """
            SELECT story_id FROM dedup_index WHERE key = ? AND at BETWEEN ? AND ? ORDER BY at DESC LIMIT ?
            """)
        for key in fingerprint.indexKeys {
            let isTitle = key >> 32 == 1
            let weight = isTitle ? 4 : 1  // a shared headline counts like several shared keys
            var seen = Set<Int64>()
            for story in try Int64.fetchAll(lookup, arguments: [key, item.at - window, item.at + window, rowsPerKey]) {
                let current = resolve(story, aliases: context.aliases)
                if seen.insert(current).inserted {
                    hits[current, default: 0] += weight
                    if isTitle { titleHits.insert(current) }
                }
            }
        }
        // One shared key is chance (a common phrase); every rule that can join needs more, or the headline.
        let ranked = hits.filter { $0.value >= minimumHits }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(storiesCompared)
        var best: (Placement, Double)?
        for (storyID, _) in ranked {
            guard let representative = try representative(of: storyID, db: db),
                  let representativeFingerprint = representative.fingerprint else { continue }
            var decision = NearMatcher.decide(fingerprint, at: item.at, against: representativeFingerprint,
                                              at: representative.at, rules: rules)
            var compared = representative.id
            var detail = decision.scores.summary
            // Other copies are only consulted for a story that shares the headline or many keys.
            if decision.signal == nil, titleHits.contains(storyID),
               let (member, memberDecision, note) = try memberMatch(fingerprint, at: item.at, story: storyID,
                                                                    representative: representative.id, rules: rules, db: db) {
                decision = memberDecision
                compared = member
                detail = note + "; against the representative: " + detail
            }
            guard let signal = decision.signal else { continue }
            let strength = decision.scores.containment + decision.scores.lede + decision.scores.title
            if best == nil || strength > best!.1 {
                best = (Placement(storyID: storyID, matchKind: signal.rawValue, matchItemID: compared,
                                  matchDetail: detail), strength)
            }
        }
        var placement = best?.0 ?? Placement(matchKind: "new")
        placement.otherCandidates = ranked.map(\.key).filter { $0 != placement.storyID }
        return placement
    }

    /// When the representative does not match: the story's own headlines (an item carrying exactly
    /// the headline one member ran is that member's article), or most of its members. Never a
    /// content match with a single member: that is how chains of loosely similar stories form.
    private static func memberMatch(_ fingerprint: Fingerprint, at: Double, story: Int64, representative: Int64,
                                    rules: DedupRules, db: Database) throws -> (Int64, NearMatcher.Decision, String)? {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT id, fingerprint, min(coalesce(published_at, first_seen_at), first_seen_at) AS at FROM items
                WHERE story_id = ? AND id != ? AND fingerprint IS NOT NULL ORDER BY id LIMIT 12
                """),
            arguments: [story, representative])
        var matching: [(Int64, NearMatcher.Decision)] = []
        for row in rows {
            guard let bytes = row["fingerprint"] as Data?, let other = Fingerprint(encoded: [UInt8](bytes)) else { continue }
            let decision = NearMatcher.decide(fingerprint, at: at, against: other, at: row["at"], rules: rules)
            guard let signal = decision.signal else { continue }
            if signal == .title, decision.scores.sameTitle {
                return (row["id"], decision, "same headline as copy \(row["id"] as Int64): \(decision.scores.summary)")
            }
            matching.append((row["id"], decision))
        }
        let members = rows.count + 1
        guard members >= 3, matching.count * 2 > members, let first = matching.first else { return nil }
        return (first.0, first.1, "matches \(matching.count) of \(members) copies (first \(first.0)): \(first.1.scores.summary)")
    }

    /// The story an index row's story was folded into, if it was (following chains of merges).
    static func resolve(_ story: Int64, aliases: [Int64: Int64]) -> Int64 {
        var current = story
        for _ in 0..<8 {
            guard let next = aliases[current] else { break }
            current = next
        }
        return current
    }

    struct Representative {
        var id: Int64
        var fingerprint: Fingerprint?
        var at: Double
        /// The publication date (never later than first seen); nil when the feed gave none.
        var published: Double?
        var size: Int
        var rank: Int?
    }

    /// The story's representative; its fingerprint is nil for items stored before near-duplicate
    /// matching (or without text), which can still be outranked but never compared.
    static func representative(of storyID: Int64, db: Database) throws -> Representative? {
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: """
                SELECT i.id, i.fingerprint, min(coalesce(i.published_at, i.first_seen_at), i.first_seen_at) AS at,
                    min(i.published_at, i.first_seen_at) AS published, i.text_size, i.source_rank
                FROM stories s JOIN items i ON i.id = s.rep_item_id WHERE s.id = ?
                """),
            arguments: [storyID])
        else { return nil }
        let fingerprint = (row["fingerprint"] as Data?).flatMap { Fingerprint(encoded: [UInt8]($0)) }
        return Representative(id: row["id"], fingerprint: fingerprint, at: row["at"], published: row["published"],
                              size: row["text_size"], rank: row["source_rank"])
    }

    /// Stories this small may be absorbed into another one.
    static let absorbableSize = 3

    /// Folds small candidate stories into `target` when every copy in them would have joined `target`
    /// had it arrived now: it matches the target's representative, or carries exactly the headline of
    /// one of the target's copies. Arrival order (a summary-only aggregator entry seen before the full
    /// copy that shares its headline) then no longer decides the clustering. Returns how many stories
    /// were absorbed.
    static func absorb(into target: Int64, candidates: [Int64], context: Context, db: Database) throws -> Int {
        let rules = context.rules
        guard !candidates.isEmpty, let representative = try representative(of: target, db: db),
              let representativeFingerprint = representative.fingerprint else { return 0 }
        let window = rules.titleWindowHours * 3600
        let targetMembers = try members(of: target, db: db)
        var absorbed = 0
        for candidate in candidates where candidate != target {
            let members = try members(of: candidate, db: db)
            guard !members.isEmpty, members.count <= absorbableSize else { continue }
            var joins: [(Member, NearMatcher.Decision, String)] = []
            for member in members {
                guard let fingerprint = member.fingerprint else { break }
                let decision = NearMatcher.decide(fingerprint, at: member.at, against: representativeFingerprint,
                                                  at: representative.at, rules: rules)
                if decision.signal != nil {
                    joins.append((member, decision, "\(decision.scores.summary)"))
                    continue
                }
                guard let key = fingerprint.titleKey,
                      let twin = targetMembers.first(where: { $0.fingerprint?.titleKey == key && abs($0.at - member.at) <= window }),
                      let twinFingerprint = twin.fingerprint else { break }
                let twinDecision = NearMatcher.decide(fingerprint, at: member.at, against: twinFingerprint, at: twin.at,
                                                      rules: rules)
                guard twinDecision.signal == .title else { break }
                joins.append((member, twinDecision, "same headline as copy \(twin.id): \(twinDecision.scores.summary)"))
            }
            guard joins.count == members.count else { continue }
            context.aliases[candidate] = target
            try merge(candidate, into: target, joins: joins.map { ($0.0.id, $0.1.signal?.rawValue ?? "title", $0.2) },
                      representativeID: representative.id, db: db)
            absorbed += 1
        }
        return absorbed
    }

    struct Member {
        var id: Int64
        var fingerprint: Fingerprint?
        var at: Double
        var published: Double?
        var size: Int
        var rank: Int?
    }

    static func members(of story: Int64, db: Database) throws -> [Member] {
        try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT id, fingerprint, min(coalesce(published_at, first_seen_at), first_seen_at) AS at,
                    min(published_at, first_seen_at) AS published, text_size, source_rank
                FROM items WHERE story_id = ? ORDER BY id LIMIT 64
                """),
            arguments: [story]
        ).map { row in
            Member(id: row["id"], fingerprint: (row["fingerprint"] as Data?).flatMap { Fingerprint(encoded: [UInt8]($0)) },
                   at: row["at"], published: row["published"], size: row["text_size"], rank: row["source_rank"])
        }
    }

    /// Moves every copy, key and index row of `source` to `target`; the merged story is read only when
    /// both were, starred when either was; the fullest, earliest copy speaks for it.
    private static func merge(_ source: Int64, into target: Int64, joins: [(Int64, String, String)],
                              representativeID: Int64, db: Database) throws {
        for (item, kind, detail) in joins {
            try db.cachedStatement(sql: """
                UPDATE items SET story_id = ?, match_kind = ?, match_item_id = ?, match_detail = ? WHERE id = ?
                """).execute(arguments: [target, kind, representativeID,
                                         "absorbed with story \(source): " + detail, item])
        }
        try db.cachedStatement(sql: "UPDATE items SET story_id = ? WHERE story_id = ?").execute(arguments: [target, source])
        try db.cachedStatement(sql: "UPDATE OR IGNORE story_keys SET story_id = ? WHERE story_id = ?")
            .execute(arguments: [target, source])
        try db.cachedStatement(sql: "DELETE FROM story_keys WHERE story_id = ?").execute(arguments: [source])
        try db.cachedStatement(sql: """
            UPDATE stories SET
                read = read AND (SELECT read FROM stories WHERE id = ?1),
                read_at = CASE WHEN read AND (SELECT read FROM stories WHERE id = ?1) THEN read_at END,
                starred = starred OR (SELECT starred FROM stories WHERE id = ?1),
                starred_at = coalesce(starred_at, (SELECT starred_at FROM stories WHERE id = ?1)),
                first_seen_at = min(first_seen_at, (SELECT first_seen_at FROM stories WHERE id = ?1))
            WHERE id = ?2
            """).execute(arguments: [source, target])
        try db.cachedStatement(sql: "DELETE FROM stories WHERE id = ?").execute(arguments: [source])
        // Index rows still name `source`: lookups follow this alias instead of rewriting them.
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO story_aliases (story_id, merged_into) VALUES (?, ?)")
            .execute(arguments: [source, target])
        // The representative, over all copies now.
        var best = try representative(of: target, db: db)
        for member in try members(of: target, db: db) where member.id != best?.id {
            if shouldReplace(current: best, withSize: member.size, published: member.published, rank: member.rank) {
                try makeRepresentative(member.id, of: target, db: db)
                best = try representative(of: target, db: db)
            }
        }
    }

    /// Adds the item's keys to the candidate index.
    static func index(itemID: Int64, storyID: Int64, fingerprint: Fingerprint, at: Double, db: Database) throws {
        let keys = fingerprint.indexKeys
        guard !keys.isEmpty else { return }
        // One statement per item (one per key count, each prepared once).
        let tuples = Array(repeating: "(?, ?, ?, ?)", count: keys.count).joined(separator: ", ")
        var arguments = StatementArguments()
        for key in keys { arguments += [key, at, itemID, storyID] }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO dedup_index (key, at, item_id, story_id) VALUES \(tuples)")
            .execute(arguments: arguments)
    }

    /// Drops index rows dated before `cutoff`: items that old are outside every window a new item
    /// is compared in, and a bounded index keeps lookups as fast at a million items as at ten thousand.
    static func prune(before cutoff: Double, db: Database) throws -> Int {
        try db.execute(sql: "DELETE FROM dedup_index WHERE at < ?", arguments: [cutoff])
        let pruned = db.changesCount
        // An alias no index row names any more is never followed again.
        try db.execute(sql: "DELETE FROM story_aliases WHERE story_id NOT IN (SELECT story_id FROM dedup_index)")
        return pruned
    }

    /// Whether a new member should speak for its story instead of the current representative: the
    /// fullest copy from the earliest source. A copy counts as full when it has at least
    /// `fullShare` of the other's text; a preferred source beats any non-preferred one among full
    /// copies; otherwise the copy published earlier wins (a copy without a date never displaces one
    /// by date: fetch times say when we looked, not when it ran), and a much fuller copy always does.
    static func shouldReplace(current: Representative?, withSize size: Int, published: Double?, rank: Int?) -> Bool {
        guard let current else { return true }
        let fullShare = 0.8
        if Double(current.size) < fullShare * Double(size) { return true }
        guard Double(size) >= fullShare * Double(current.size) else { return false }
        switch (rank, current.rank) {
        case let (new?, old?) where new != old: return new < old
        case (_?, nil): return true
        case (nil, _?): return false
        default:
            guard let published, let theirs = current.published else { return false }
            return published < theirs
        }
    }

    /// Makes `itemID` the story's representative: the story shows its headline, link and date.
    static func makeRepresentative(_ itemID: Int64, of storyID: Int64, db: Database) throws {
        try db.cachedStatement(sql: """
            UPDATE stories SET rep_item_id = i.id, title = i.title, link = i.link, published_at = i.published_at
            FROM items i WHERE i.id = ? AND stories.id = ?
            """).execute(arguments: [itemID, storyID])
    }

    /// The rules as stored (`settings`), over the defaults. A stored value that no longer parses is
    /// ignored rather than failing every refresh.
    static func rules(_ db: Database) throws -> DedupRules {
        var rules = DedupRules()
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT name, value FROM settings WHERE name LIKE 'dedup.%'")) {
            let name: String = row["name"]
            try? rules.set(String(name.dropFirst("dedup.".count)), to: row["value"])
        }
        return rules
    }

    /// The item's place in the preferred-sources list, matched against the feed's names and URL.
    static func sourceRank(feedID: Int64, rules: DedupRules, db: Database) throws -> Int? {
        guard !rules.preferredSources.isEmpty,
              let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT url, title, feed_title FROM feeds WHERE id = ?"),
                                         arguments: [feedID]) else { return nil }
        let names = [row["url"], row["title"], row["feed_title"]].compactMap { $0 as String? }.map { $0.lowercased() }
        return rules.preferredSources.firstIndex { names.contains($0.lowercased()) }
    }
}

/// One stored item as `tidings dedup --rebuild` reads it back.
package struct StoredItemText: Sendable {
    package var id: Int64
    package var feedID: Int64
    package var feedURL: String
    package var itemKey: String
    package var link: String?
    package var title: String?
    package var summary: String?
    package var content: String?
    /// The item's date (published, else first seen) and its publication date alone.
    package var at: Double
    package var published: Double?
}

/// What a rebuild changed.
package struct RebuildOutcome: Sendable, Hashable {
    package var items = 0
    package var storiesBefore = 0
    package var storiesAfter = 0
}

/// A story's copies with how each joined, for `tidings story --explain`.
package struct StoryExplanation: Sendable {
    package struct Member: Sendable {
        package var id: Int64
        package var feedTitle: String
        package var title: String?
        package var link: String?
        package var at: Double
        package var matchKind: String
        package var matchItemID: Int64?
        package var matchDetail: String?
        package var fingerprint: Fingerprint?
        package var isRepresentative: Bool
    }

    package var storyID: Int64
    package var title: String?
    package var members: [Member]
}
