import Foundation
import Testing
import TidingsTestSupport

/// A temporary folder with a database path and a feeds.opml listing the fixture feeds, served by a
/// loopback server with ETag and Last-Modified.
final class CLIEnvironment {
    let folder: URL
    let server = LoopbackServer()
    var db: String { folder.appendingPathComponent("tidings.sqlite").path }
    var opml: String { folder.appendingPathComponent("feeds.opml").path }
    static let feedFiles = ["wire-copy-with-tracking-link.rss", "wire-copy-canonical-link.rss", "local-atom-feed.atom"]
    /// How the OPML names each feed (the user's titles, which win over the feeds' own).
    static let feedTitles = ["Harbour Herald – World", "Prairie Dispatch", "Valley Notes"]

    init() async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tidings-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (index, name) in Self.feedFiles.enumerated() {
            server.routeConditionalFeed(
                "/\(name)", body: try Self.fixture(name), etag: "\"v\(index)-1\"",
                lastModified: "Tue, 04 Mar 2025 1\(index):00:00 GMT",
                contentType: name.hasSuffix(".atom") ? "application/atom+xml" : "application/rss+xml")
        }
        try await server.start()
        let outlines = zip(Self.feedFiles, Self.feedTitles).map { file, title in
            "    <outline type=\"rss\" text=\"\(title)\" xmlUrl=\"\(server.url("/" + file))\"/>"
        }
        let document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>test subscriptions</title></head>
              <body>
                <!-- kept across edits -->
                <outline text="News">
            \(outlines.joined(separator: "\n"))
                </outline>
              </body>
            </opml>
            """
        try document.write(toFile: opml, atomically: true, encoding: .utf8)
    }

    /// Runs `body` with a fresh environment and always stops the server and removes the folder.
    static func with(_ body: (CLIEnvironment) async throws -> Void) async throws {
        let env = try await CLIEnvironment()
        do {
            try await body(env)
        } catch {
            await env.stop()
            throw error
        }
        await env.stop()
    }

    func stop() async {
        await server.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `tidings` with this environment's database and subscriptions.
    func tidings(_ arguments: [String], environment: [String: String] = [:]) async throws -> ChildProcess.Result {
        try await ChildProcess.run(arguments + ["--db", db, "--opml", opml], environment: environment)
    }

    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Feeds/\(name)", withExtension: nil))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }
}

