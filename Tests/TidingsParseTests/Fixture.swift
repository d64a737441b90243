import Foundation

/// The feed documents under `Fixtures/`, one per quirk, and their golden `NAME.expected.json`.
enum Fixture {
    /// Fixtures are parsed as if fetched from here, so relative links resolve somewhere visible.
    static let documentBase = "https://feeds.example.test/"

    /// Folders of parser fixtures; `opml/` belongs to the OPML tests.
    private static let folders = ["rss", "atom", "html", "misc", "encoding", "entities", "rdf", "json", "ext", "dates", "sanitize", "fuzz"]

    private static var bundled: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    /// The source folder, where goldens are written when `TIDINGS_UPDATE_GOLDENS=1`.
    private static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// Every fixture as `folder/file`, sorted, goldens excluded.
    static let all: [String] = folders.flatMap { folder in
        let path = bundled.appendingPathComponent(folder).path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasSuffix(".expected.json") && !$0.hasSuffix(".content-type") }
            .map { "\(folder)/\($0)" }
    }.sorted()

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: bundled.appendingPathComponent(name)))
    }

    /// The HTTP `Content-Type` a fixture is parsed with: the first line of an optional sidecar
    /// `NAME.content-type` (for the quirks where the header and the document disagree), else nil.
    static func contentType(for name: String) -> String? {
        let sidecar = (name as NSString).deletingPathExtension + ".content-type"
        let text = try? String(contentsOf: bundled.appendingPathComponent(sidecar), encoding: .utf8)
        return text?.split(separator: "\n").first.map(String.init)
    }

    static func url(for name: String) -> String {
        documentBase + name
    }

    static func goldenName(for name: String) -> String {
        (name as NSString).deletingPathExtension + ".expected.json"
    }

    static func golden(for name: String) -> String? {
        try? String(contentsOf: bundled.appendingPathComponent(goldenName(for: name)), encoding: .utf8)
    }

    static func writeGolden(_ text: String, for name: String) throws {
        try Data(text.utf8).write(to: sourceFolder.appendingPathComponent(goldenName(for: name)))
    }

    static var updatingGoldens: Bool {
        ProcessInfo.processInfo.environment["TIDINGS_UPDATE_GOLDENS"] == "1"
    }
}
