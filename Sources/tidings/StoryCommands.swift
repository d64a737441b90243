import ArgumentParser
import Foundation
import TidingsModel
import TidingsParse
import TidingsStore

struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List unread stories, newest first, each with the feeds that ran it.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Read stories too.") var all = false
    @Flag(help: "Only starred stories, read or not.") var starred = false
    @Option(help: "Only stories carried by this feed (URL or ID).") var feed: String?
    @Option(help: "At most this many stories.") var limit: Int?
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let store = try global.openStore()
        var feedID: Int64?
        if let feed { feedID = try await store.feed(matching: feed).id }
        let stories = try await store.stories(
            StoryQuery(unreadOnly: !all && !starred, starredOnly: starred, feedID: feedID, limit: limit))
        if json {
            print(Formatting.json(stories.map(StoryJSON.object)))
            return
        }
        if stories.isEmpty { print(starred ? "no starred stories" : all ? "no stories" : "no unread stories") }
        for story in stories { print(Self.line(for: story)) }
    }

    /// `  12  2025-03-03 12:04  Headline — CBC World (also in Metro Daily, +2)`
    static func line(for story: StoryListing) -> String {
        let marks = (story.read ? " " : "•") + (story.starred ? "*" : " ")
        let date = Formatting.short(story.published ?? story.firstSeen)
        let feeds = uniqueFeedTitles(story)
        var sources = feeds.first ?? ""
        let others = feeds.dropFirst()
        if !others.isEmpty {
            let shown = others.prefix(3).joined(separator: ", ")
            let more = others.count > 3 ? ", +\(others.count - 3)" : ""
            sources += " (also in \(shown)\(more))"
        }
        return "\(String(story.id.rawValue).leftPadded(5)) \(marks) \(date)  \(story.title ?? "(untitled)") — \(sources)"
    }

    static func uniqueFeedTitles(_ story: StoryListing) -> [String] {
        var seen = Set<String>()
        return story.copies.map(\.feedTitle).filter { seen.insert($0).inserted }
    }
}

/// The `list --json` / `show --json` shape. Scripts depend on these names.
enum StoryJSON {
    static func object(_ story: StoryListing) -> [String: Any] {
        [
            "id": story.id.rawValue, "title": Formatting.orNull(story.title), "link": Formatting.orNull(story.link),
            "published": Formatting.orNull(story.published.map(Formatting.rfc3339)),
            "read": story.read, "starred": story.starred,
            "items": story.copies.map { copy -> [String: Any] in
                [
                    "id": copy.id, "feed_url": copy.feedURL, "feed_title": copy.feedTitle,
                    "guid": Formatting.orNull(copy.guid), "link": Formatting.orNull(copy.link),
                    "title": Formatting.orNull(copy.title),
                    "published": Formatting.orNull(copy.published.map(Formatting.rfc3339)),
                ]
            },
        ]
    }
}

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one story and every copy of it.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The story's ID (see `tidings list`).") var id: Int64
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let story = try await global.openStore().story(id: StoryID(id))
        if json {
            print(Formatting.json(StoryJSON.object(story)))
            return
        }
        print(story.title ?? "(untitled)")
        if let link = story.link { print(link) }
        let date = Formatting.short(story.published ?? story.firstSeen)
        print("\(date) · \(story.read ? "read" : "unread")\(story.starred ? " · starred" : "")")
        print("")
        if let body = story.copies.lazy.compactMap({ $0.content ?? $0.summary }).first {
            print(PlainText.fromHTML(body))
            print("")
        }
        print(story.copies.count == 1 ? "Source:" : "Ran in \(story.copies.count) feeds:")
        for copy in story.copies {
            print("  \(copy.feedTitle): \(copy.title ?? "(untitled)")")
            if let link = copy.link { print("    \(link)") }
        }
    }
}
