import ArgumentParser
import Foundation
import TidingsDaemon
import TidingsModel
import TidingsParse

struct AddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Subscribe to a feed (added to the subscriptions file and the database).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The feed's URL (http, https, or a local file).") var url: String
    @Option(help: "A title for the feed.") var title: String?
    @Option(help: "The folder to put it in, e.g. World/Europe.") var folder: String?

    func run() async throws {
        let feedURL = try FeedURLArgument.normalise(url)
        let source = FeedSource(url: feedURL, title: title,
                                folder: folder.map { $0.split(separator: "/").map(String.init) } ?? [])
        let added = try global.subscriptions.add(source)
        let store = try global.openStore()
        let record = try await store.addFeed(source, checkInterval: 30 * 60, now: Date())
        print(added ? "added \(feedURL) (feed \(record.id)) to \(global.subscriptions.path)"
                    : "already subscribed to \(feedURL) (feed \(record.id))")
    }
}

struct RemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Unsubscribe from a feed, by URL or ID, with its items.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The feed's URL or ID (see `tidings feeds`).") var feed: String

    func run() async throws {
        let store = try global.openStore()
        let record = try? await store.feed(matching: feed)
        let url = record?.url ?? feed
        let removedFromFile = try global.subscriptions.remove(url: url)
        if let record { try await store.removeFeed(id: record.id) }
        guard record != nil || removedFromFile else {
            throw CLIError("no feed with URL or ID \(feed)")
        }
        print("removed \(url)")
    }
}

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Subscribe to every feed of an OPML file.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "An OPML file, e.g. exported from another reader.") var file: String

    func run() async throws {
        let sources = try SubscriptionFile(path: file).load()
        let store = try global.openStore()
        var added = 0
        for source in sources {
            if try global.subscriptions.add(source) { added += 1 }
            _ = try await store.addFeed(source, checkInterval: 30 * 60, now: Date())
        }
        print("imported \(added) new feeds from \(file) (\(sources.count - added) already subscribed)")
    }
}

struct ExportOPMLCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-opml", abstract: "Print the subscriptions as OPML 2.0.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let feeds = try await global.openStore().feedStatuses().map(\.feed)
        let sources = feeds.map { FeedSource(url: $0.url, title: $0.title ?? $0.feedTitle, htmlURL: $0.siteURL, folder: $0.folder) }
        print(OPMLWriter.render(sources, title: "Tidings subscriptions"), terminator: "")
    }
}

/// A feed given on the command line: a URL as it is, a local path as a file:// URL.
enum FeedURLArgument {
    static func normalise(_ argument: String) throws -> String {
        let lowered = argument.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("file://") {
            return argument
        }
        if FileManager.default.fileExists(atPath: argument) {
            return URL(fileURLWithPath: argument).standardizedFileURL.absoluteString
        }
        throw CLIError("\(argument) is neither an http(s) URL nor an existing file")
    }
}
