import Foundation
import GRDB
import TidingsDedup

/// The database schema as an append-only list of migrations.
///
/// Never edit a migration that has shipped: add a new one. A database that has migrations this
/// binary does not know was written by a newer Tidings and is refused (`StoreError.newerThanBinary`).
/// Times are stored as Unix seconds (REAL) so that scheduling arithmetic stays in SQL and Swift alike.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-feeds-items-stories") { db in
            try db.execute(sql: """
                CREATE TABLE feeds (
                    id INTEGER PRIMARY KEY,
                    url TEXT NOT NULL UNIQUE,
                    title TEXT,                 -- from feeds.opml (the user's name for it)
                    feed_title TEXT,            -- from the feed document
                    site_url TEXT,
                    folder TEXT NOT NULL DEFAULT '',   -- outline path, '/'-joined
                    added_at REAL NOT NULL,
                    etag TEXT,
                    last_modified TEXT,
                    body_hash TEXT,
                    check_interval REAL NOT NULL,      -- seconds between checks
                    next_check_at REAL NOT NULL DEFAULT 0,
                    last_fetch_at REAL,
                    last_success_at REAL,
                    last_status INTEGER,
                    last_error TEXT,                   -- one sentence, NULL after a success
                    failure_count INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX feeds_next_check ON feeds(next_check_at);

                -- A story is one article however many feeds ran it; read and starred live here,
                -- so reading a story reads every copy.
                CREATE TABLE stories (
                    id INTEGER PRIMARY KEY,
                    uid TEXT NOT NULL UNIQUE,          -- stable export ID (tag: URI)
                    title TEXT,
                    link TEXT,
                    published_at REAL,
                    first_seen_at REAL NOT NULL,
                    sort_at REAL NOT NULL,             -- published_at, else first_seen_at
                    read INTEGER NOT NULL DEFAULT 0,
                    read_at REAL,
                    starred INTEGER NOT NULL DEFAULT 0,
                    starred_at REAL
                );
                CREATE INDEX stories_unread_sort ON stories(read, sort_at);
                CREATE INDEX stories_sort ON stories(sort_at);

                -- Every key a story is known by (exact dedup: canonical URLs). Several keys per
                -- story let near-duplicate matching merge stories later without re-keying.
                CREATE TABLE story_keys (
                    key TEXT PRIMARY KEY,
                    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE
                ) WITHOUT ROWID;
                CREATE INDEX story_keys_story ON story_keys(story_id);

                CREATE TABLE items (
                    id INTEGER PRIMARY KEY,
                    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
                    item_key TEXT NOT NULL,            -- identity within the feed (ItemIdentity)
                    story_id INTEGER NOT NULL REFERENCES stories(id),
                    match_kind TEXT NOT NULL,          -- 'new' (started the story), 'url', later 'content'
                    guid TEXT,
                    link TEXT,
                    canonical_url TEXT,
                    title TEXT,
                    summary TEXT,
                    content TEXT,
                    author TEXT,
                    published_at REAL,
                    published_raw TEXT,
                    updated_at REAL,
                    first_seen_at REAL NOT NULL,
                    fingerprint BLOB,                  -- reserved for near-duplicate matching
                    UNIQUE (feed_id, item_key)
                );
                CREATE INDEX items_story ON items(story_id);
                """)
        }
        migrator.registerMigration("v2-feed-refresh-hints") { db in
            // What the feed document said about its schedule, kept so that a 304 (no document)
            // still honours the feed's ttl and skip rules.
            try db.execute(sql: """
                ALTER TABLE feeds ADD COLUMN hint_ttl INTEGER;              -- RSS ttl, minutes
                ALTER TABLE feeds ADD COLUMN hint_skip_hours TEXT;          -- comma-separated 0-23
                ALTER TABLE feeds ADD COLUMN hint_skip_days TEXT;           -- comma-separated 1-7 (Sunday = 1)
                ALTER TABLE feeds ADD COLUMN hint_update_period TEXT;       -- sy:updatePeriod
                ALTER TABLE feeds ADD COLUMN hint_update_frequency INTEGER; -- sy:updateFrequency
                """)
        }
        migrator.registerMigration("v3-retire-gone-feeds") { db in
            // A feed answering 410 Gone on several consecutive checks is retired: kept, listed,
            // never fetched again until revived.
            try db.execute(sql: """
                ALTER TABLE feeds ADD COLUMN gone_count INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE feeds ADD COLUMN retired_at REAL;
                """)
        }
        migrator.registerMigration("v4-feed-moves") { db in
            // A permanent redirect must be seen on several consecutive checks before the
            // subscription moves: one misconfigured response should not lose a feed.
            try db.execute(sql: """
                ALTER TABLE feeds ADD COLUMN moved_to TEXT;                          -- permanent redirect target
                ALTER TABLE feeds ADD COLUMN moved_count INTEGER NOT NULL DEFAULT 0; -- consecutive checks seeing it
                """)
        }
        migrator.registerMigration("v5-check-override") { db in
            // The user's fixed interval from feeds.opml (`refreshEvery`), seconds; NULL = scheduled.
            try db.execute(sql: "ALTER TABLE feeds ADD COLUMN check_override REAL")
        }
        migrator.registerMigration("v6-near-duplicates") { db in
            // Near-duplicate matching (Docs/dedup.md). Items keep their fingerprint (`fingerprint`,
            // reserved since v1) and how they joined their story; each story names its representative
            // copy; `dedup_index` finds candidates by fingerprint keys within a time window.
            try db.execute(sql: """
                ALTER TABLE items ADD COLUMN text_size INTEGER NOT NULL DEFAULT 0;  -- distinct shingles
                ALTER TABLE items ADD COLUMN source_rank INTEGER;    -- place in the preferred-sources list
                ALTER TABLE items ADD COLUMN match_item_id INTEGER;  -- the copy it was compared with
                ALTER TABLE items ADD COLUMN match_detail TEXT;      -- the scores of that comparison
                ALTER TABLE stories ADD COLUMN rep_item_id INTEGER;  -- the copy that speaks for the story
                UPDATE stories SET rep_item_id = (
                    SELECT min(i.id) FROM items i WHERE i.story_id = stories.id AND i.match_kind = 'new');
                UPDATE stories SET rep_item_id = (SELECT min(i.id) FROM items i WHERE i.story_id = stories.id)
                    WHERE rep_item_id IS NULL;
                CREATE TABLE dedup_index (
                    key INTEGER NOT NULL,
                    at REAL NOT NULL,                  -- the item's date, for the time window
                    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                    story_id INTEGER NOT NULL,
                    PRIMARY KEY (key, at, item_id)
                ) WITHOUT ROWID;
                CREATE INDEX dedup_index_item ON dedup_index(item_id);
                CREATE TABLE settings (
                    name TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v7-dedup-index-by-item") { db in
            // The candidate index without its item index and foreign key: each row costs one B-tree
            // insert, and rows of deleted items are pruned with the rest when they leave the window.
            try db.execute(sql: """
                DROP TABLE dedup_index;
                CREATE TABLE dedup_index (
                    key INTEGER NOT NULL,
                    at REAL NOT NULL,
                    item_id INTEGER NOT NULL,
                    PRIMARY KEY (key, at, item_id)
                ) WITHOUT ROWID;
                """)
            // Filled by v8, which replaces this table again.
        }
        migrator.registerMigration("v8-dedup-index-stories") { db in
            // Each index row names the story its item was in when indexed, so that a lookup touches
            // only the index (no seek into `items` per row). A story merged into another leaves an
            // alias; lookups follow it. Rebuilds re-index and clear the aliases.
            try db.execute(sql: """
                DROP TABLE dedup_index;
                CREATE TABLE dedup_index (
                    key INTEGER NOT NULL,
                    at REAL NOT NULL,
                    item_id INTEGER NOT NULL,
                    story_id INTEGER NOT NULL,
                    PRIMARY KEY (key, at, item_id)
                ) WITHOUT ROWID;
                CREATE TABLE story_aliases (
                    story_id INTEGER PRIMARY KEY,      -- a story folded into another
                    merged_into INTEGER NOT NULL
                );
                """)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, story_id, fingerprint, min(coalesce(published_at, first_seen_at), first_seen_at) AS at
                FROM items WHERE fingerprint IS NOT NULL
                """)
            let insert = try db.makeStatement(
                sql: "INSERT OR IGNORE INTO dedup_index (key, at, item_id, story_id) VALUES (?, ?, ?, ?)")
            while let row = try rows.next() {
                guard let bytes = row["fingerprint"] as Data?, let fingerprint = Fingerprint(encoded: [UInt8](bytes))
                else { continue }
                for key in fingerprint.indexKeys {
                    try insert.execute(arguments: [key, row["at"], row["id"], row["story_id"]])
                }
            }
        }
        return migrator
    }
}
