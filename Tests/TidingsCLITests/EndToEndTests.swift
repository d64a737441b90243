import Foundation
import Testing
import TidingsTestSupport

/// The whole path through the built binary: loopback HTTP → libcurl → libxml2 → SQLite → CLI.
@Suite(.serialized) struct EndToEndTests {
    @Test func refreshStoresStoriesThenSendsValidatorsAndGets304s() async throws {
        try await CLIEnvironment.with { env in

            let first = try await env.tidings(["refresh"])
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.contains("3 feeds: 3 ok (0 unchanged), 0 failed; 6 new items, 5 new stories"), "\(first.stdout)")

            let second = try await env.tidings(["refresh"])
            #expect(second.stdout.contains("3 feeds: 3 ok (3 unchanged), 0 failed; 0 new items, 0 new stories"), "\(second.stdout)")
            for name in CLIEnvironment.feedFiles {
                let requests = env.server.requests(for: "/\(name)")
                try #require(requests.count == 2)
                #expect(requests[0].header("If-None-Match") == nil)
                #expect(requests[1].header("If-None-Match") != nil)
                #expect(requests[1].header("If-Modified-Since") != nil)
            }

            let feeds = try #require(try await CLIEnvironment.json(env.tidings(["feeds", "--json"]).stdout) as? [[String: Any]])
            #expect(feeds.count == 3)
            #expect(feeds.allSatisfy { ($0["http_status"] as? Int) == 304 && $0["last_error"] is NSNull })
        }
    }

    @Test func wireCopiesWithTheSameCanonicalLinkAreOneStory() async throws {
        try await CLIEnvironment.with { env in
            _ = try await env.tidings(["refresh"])

            let listed = try await env.tidings(["list", "--json"])
            let stories = try #require(try CLIEnvironment.json(listed.stdout) as? [[String: Any]])
            #expect(stories.count == 5)
            let wire = try #require(stories.first { ($0["items"] as? [Any])?.count == 2 })
            let items = try #require(wire["items"] as? [[String: Any]])
            #expect(Set(items.compactMap { $0["feed_title"] as? String }) == ["Harbour Herald – World", "Prairie Dispatch"])
            #expect(Set(items.compactMap { $0["guid"] as? String }) == ["hh-2025-0304-118", "pd:98213"])
            for key in ["id", "title", "link", "published", "read", "starred", "items"] { #expect(wire[key] != nil, "\(key)") }
            for key in ["id", "feed_url", "feed_title", "guid", "link", "title", "published"] { #expect(items[0][key] != nil, "\(key)") }
            // Newest first.
            let dates = stories.compactMap { $0["published"] as? String }
            #expect(dates == dates.sorted(by: >))

            let text = try await env.tidings(["list"]).stdout
            #expect(text.contains("also in"), "\(text)")

            // Reading the story reads both copies: it leaves the unread list whichever feed is asked.
            let id = try #require(wire["id"] as? Int)
            #expect(try await env.tidings(["read", String(id)]).status == 0)
            let unread = try #require(try await CLIEnvironment.json(env.tidings(["list", "--json"]).stdout) as? [[String: Any]])
            #expect(unread.count == 4)
            #expect(!unread.contains { ($0["id"] as? Int) == id })
            let all = try #require(try await CLIEnvironment.json(env.tidings(["list", "--all", "--json"]).stdout) as? [[String: Any]])
            #expect(all.first { ($0["id"] as? Int) == id }?["read"] as? Bool == true)
        }
    }

    @Test(arguments: ["atom", "rss", "json"])
    func exportedFeedParsesBackWithOneEntryPerStory(format: String) async throws {
        try await CLIEnvironment.with { env in
            _ = try await env.tidings(["refresh"])
            let file = env.folder.appendingPathComponent("export.\(format)").path
            let export = try await env.tidings(["export", "--format", format, "-o", file])
            #expect(export.status == 0, "\(export.stderr)")

            let parsed = try await ChildProcess.run(["parse", "--json", file])
            #expect(parsed.status == 0)
            let document = try #require(try CLIEnvironment.json(parsed.stdout) as? [String: Any])
            if format != "json" {
                #expect(document["bozo"] as? Bool == false, "\(document["bozo_message"] ?? "")")
                #expect(document["format"] as? String == (format == "atom" ? "atom10" : "rss20"))
                let entries = try #require(document["entries"] as? [[String: Any]])
                #expect(entries.count == 5)
                let ids = entries.compactMap { $0["id"] as? String }
                #expect(Set(ids).count == 5)
                // Stable: a second export names the same entries.
                let again = try await env.tidings(["export", "--format", format])
                for id in ids { #expect(again.stdout.contains(id)) }
            } else {
                let json = try #require(try CLIEnvironment.json(String(contentsOfFile: file, encoding: .utf8)) as? [String: Any])
                #expect(json["version"] as? String == "https://jsonfeed.org/version/1.1")
                #expect((json["items"] as? [Any])?.count == 5)
            }
        }
    }
}
