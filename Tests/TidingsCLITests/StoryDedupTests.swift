import Foundation
import Testing
import TidingsTestSupport

/// Near-duplicate stories through the built binary, on the offline example in `examples/offline/`:
/// three outlets' copies of one wire story (different links, headlines and trims) fold into one
/// story; the next day's follow-up, which reuses a background paragraph, stays apart.
@Suite(.serialized) struct StoryDedupTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let opml = root.appendingPathComponent("examples/offline/feeds.opml").path

    private func withDatabase(_ body: (String) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tidings-dedup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await body(folder.appendingPathComponent("tidings.sqlite").path)
    }

    private func run(_ arguments: [String], db: String) async throws -> ChildProcess.Result {
        try await ChildProcess.run(arguments + ["--db", db, "--opml", Self.opml])
    }

    private func stories(_ db: String) async throws -> [[String: Any]] {
        let output = try await run(["list", "--all", "--json"], db: db).stdout
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    }

    @Test func theIstanbulCopiesFoldAndTheFollowUpStaysApart() async throws {
        try await withDatabase { db in
            let refresh = try await run(["refresh"], db: db)
            #expect(refresh.status == 0, "\(refresh.stderr)")
            let listed = try await stories(db)
            let istanbul = listed.filter { (($0["title"] as? String) ?? "").contains("Istanbul") }
            #expect(istanbul.count == 2, "\(istanbul.map { $0["title"] ?? "" })")
            let folded = try #require(istanbul.first { ($0["items"] as? [Any])?.count == 3 })
            let followUp = try #require(istanbul.first { ($0["items"] as? [Any])?.count == 1 })
            #expect((followUp["title"] as? String)?.contains("break up") == true)

            // --explain names the signal that joined each copy and its scores.
            let id = try #require(folded["id"] as? Int)
            let explained = try await run(["story", String(id), "--explain"], db: db)
            #expect(explained.status == 0, "\(explained.stderr)")
            #expect(explained.stdout.contains("joined: started the story"), "\(explained.stdout)")
            #expect(explained.stdout.contains("containment"), "\(explained.stdout)")
            let joins = explained.stdout.split(separator: "\n").filter { $0.contains("joined: ") && !$0.contains("started") }
            #expect(joins.count == 2)
            #expect(joins.allSatisfy { $0.contains("content") || $0.contains("lede") || $0.contains("title")
                || $0.contains("canonical link") }, "\(joins)")

            // Reading the folded story reads all three copies.
            #expect(try await run(["read", String(id)], db: db).status == 0)
            let unreadOutput = try await run(["list", "--json"], db: db).stdout
            let unread = try #require(try JSONSerialization.jsonObject(with: Data(unreadOutput.utf8)) as? [[String: Any]])
            #expect(!unread.contains { ($0["id"] as? Int) == id })
            #expect(unread.contains { ($0["id"] as? Int) == followUp["id"] as? Int })
        }
    }

    @Test func rebuildGivesTheSameStoriesAndKeepsReadState() async throws {
        try await withDatabase { db in
            _ = try await run(["refresh"], db: db)
            func partition() async throws -> Set<Set<String>> {
                Set(try await stories(db).map { story in
                    Set(((story["items"] as? [[String: Any]]) ?? []).compactMap { $0["guid"] as? String })
                })
            }
            let before = try await partition()
            let folded = try #require(try await stories(db).first { ($0["items"] as? [Any])?.count == 3 })
            _ = try await run(["read", String(try #require(folded["id"] as? Int))], db: db)
            let rebuilt = try await run(["dedup", "--rebuild"], db: db)
            #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
            #expect(rebuilt.stdout.hasPrefix("re-clustered 13 items"), "\(rebuilt.stdout)")
            #expect(try await partition() == before)
            let after = try #require(try await stories(db).first { ($0["items"] as? [Any])?.count == 3 })
            #expect(after["read"] as? Bool == true)
        }
    }

    @Test func rulesAreShownSetAndRefusedInOneSentence() async throws {
        try await withDatabase { db in
            let set = try await run(["dedup", "--set", "containment=0.9"], db: db)
            #expect(set.status == 0, "\(set.stderr)")
            #expect(set.stdout.contains("containment = 0.9   (default 0.85)"), "\(set.stdout)")
            let bad = try await run(["dedup", "--set", "containment=1.5"], db: db)
            #expect(bad.status == 1)
            #expect(bad.stderr == "tidings: \"1.5\" is not a valid value for the dedup rule containment\n")
            let unknown = try await run(["dedup", "--set", "nope=1"], db: db)
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("no dedup rule named \"nope\""))
        }
    }
}
