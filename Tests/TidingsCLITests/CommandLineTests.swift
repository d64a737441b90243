import Foundation
import Testing
import TidingsTestSupport

@Suite struct CommandLineTests {
    @Test func helpListsEveryCommand() async throws {
        let help = try await ChildProcess.run(["--help"])
        #expect(help.status == 0)
        for command in ["run", "refresh", "feeds", "add", "remove", "import", "export-opml", "list", "show", "read",
                        "unread", "export", "parse"] {
            #expect(help.stdout.contains("\n  \(command) ") || help.stdout.contains("\n  \(command)\n"), "\(command)")
        }
    }

    @Test func unknownStoryIsOneSentenceAndExitStatus1() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tidings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await ChildProcess.run(["read", "4242", "--db", folder.appendingPathComponent("t.sqlite").path])
        #expect(result.status == 1)
        #expect(result.stderr == "tidings: no story with ID 4242\n")
    }

    @Test func unreadableSubscriptionsFileIsNamed() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tidings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await ChildProcess.run(["refresh", "--db", folder.appendingPathComponent("t.sqlite").path,
                                           "--opml", "/nonexistent/feeds.opml"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("tidings: cannot read the subscriptions file /nonexistent/feeds.opml"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func databasePathThatCannotBeCreatedIsNamed() async throws {
        let result = try await ChildProcess.run(["list", "--db", "/proc/tidings-cannot/x.sqlite"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("tidings: cannot open the database at /proc/tidings-cannot/x.sqlite"))
    }

    @Test func dbComesFromTheEnvironmentWhenNotGiven() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tidings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state/tidings.sqlite").path
        let result = try await ChildProcess.run(["list"], environment: ["STATE_DIRECTORY": folder.appendingPathComponent("state").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func parseOfBrokenInputStillPrintsJSONAndExits0() async throws {
        let result = try await ChildProcess.run(["parse", "--json", "-"],
                                          stdin: "<rss version=\"2.0\"><channel><title>Cut &amp; run</title><item><title>Half")
        #expect(result.status == 0)
        let json = try #require(try CLIEnvironment.json(result.stdout) as? [String: Any])
        #expect(json["bozo"] as? Bool == true)
        #expect((json["feed"] as? [String: Any]).map { _ in true } == true)
    }

    @Test func addAndRemoveEditTheSubscriptionsFileKeepingTheRest() async throws {
        try await CLIEnvironment.with { env in
            let added = try await env.tidings(["add", "https://example.org/news.xml", "--folder", "Extra"])
            #expect(added.status == 0, "\(added.stderr)")
            var file = try String(contentsOfFile: env.opml, encoding: .utf8)
            #expect(file.contains("https://example.org/news.xml"))
            #expect(file.contains("kept across edits"))
            let feeds = try #require(try await CLIEnvironment.json(env.tidings(["feeds", "--json"]).stdout) as? [[String: Any]])
            #expect(feeds.contains { $0["url"] as? String == "https://example.org/news.xml" })

            let removed = try await env.tidings(["remove", "https://example.org/news.xml"])
            #expect(removed.status == 0, "\(removed.stderr)")
            file = try String(contentsOfFile: env.opml, encoding: .utf8)
            #expect(!file.contains("https://example.org/news.xml"))
            #expect(file.contains("kept across edits"))
            #expect(file.contains("wire-copy-canonical-link.rss"))
            let unknown = try await env.tidings(["remove", "https://nowhere.example/"])
            #expect(unknown.status == 1)
        }
    }

    @Test func feedsSetEveryIsKeptInTheSubscriptionsFileAndTheDatabase() async throws {
        try await CLIEnvironment.with { env in
            let url = env.server.url("/local-atom-feed.atom")
            _ = try await env.tidings(["refresh"])
            let set = try await env.tidings(["feeds", "set", url, "--every", "45m"])
            #expect(set.status == 0, "\(set.stderr)")
            #expect(try String(contentsOfFile: env.opml, encoding: .utf8).contains(#"refreshEvery="45m""#))
            let feeds = try #require(try await CLIEnvironment.json(env.tidings(["feeds", "--json"]).stdout) as? [[String: Any]])
            #expect(feeds.first { $0["url"] as? String == url }?["every"] as? String == "45m")

            let auto = try await env.tidings(["feeds", "set", url, "--every", "auto"])
            #expect(auto.status == 0)
            #expect(!(try String(contentsOfFile: env.opml, encoding: .utf8).contains("refreshEvery")))
            let bad = try await env.tidings(["feeds", "set", url, "--every", "soon"])
            #expect(bad.status == 1)
            #expect(bad.stderr.hasPrefix("tidings: soon is not an interval"))
        }
    }

    @Test func starAndUnstarShowInTheStarredList() async throws {
        try await CLIEnvironment.with { env in
            _ = try await env.tidings(["refresh"])
            let stories = try #require(try await CLIEnvironment.json(env.tidings(["list", "--json"]).stdout) as? [[String: Any]])
            let id = try #require(stories.first?["id"] as? Int)
            #expect(try await env.tidings(["star", String(id)]).stdout == "starred 1 story\n")
            let starred = try #require(try await CLIEnvironment.json(
                env.tidings(["list", "--starred", "--json"]).stdout) as? [[String: Any]])
            #expect(starred.map { $0["id"] as? Int } == [id])
            #expect(starred.first?["starred"] as? Bool == true)
            _ = try await env.tidings(["unstar", String(id)])
            #expect(try await env.tidings(["list", "--starred"]).stdout == "no starred stories\n")
            // A starred story stays in the starred list once read.
            _ = try await env.tidings(["star", String(id)])
            _ = try await env.tidings(["read", String(id)])
            #expect(try await env.tidings(["list", "--starred"]).stdout.contains(String(id)))
        }
    }
}
