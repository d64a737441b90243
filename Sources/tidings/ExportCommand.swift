import ArgumentParser
import Foundation
import TidingsDaemon
import TidingsExport
import TidingsStore

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the aggregated, deduplicated feed: one entry per story, its sources attributed.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "atom, rss or json (JSON Feed 1.1).") var format: ExportFormat = .atom
    @Flag(help: "Only unread stories.") var unread = false
    @Option(help: "At most this many stories (newest first).") var limit: Int = 100
    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.") var output: String?
    @Option(help: "The feed's title.") var title: String = "Tidings"
    @Option(help: "The URL the exported feed will be served at (its self link).") var selfURL: String?

    func run() async throws {
        let stories = try await global.openStore().stories(StoryQuery(unreadOnly: unread, limit: limit))
        let document = StoryExport.document(from: stories, title: title, selfURL: selfURL, generated: Date())
        let bytes = FeedExporter.render(document, as: format)
        guard let output else {
            Terminal.write(bytes)
            return
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CLIError("cannot write \(output): \((error as NSError).localizedFailureReason ?? "write failed")")
        }
    }
}
