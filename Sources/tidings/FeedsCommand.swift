import ArgumentParser
import Foundation
import TidingsModel
import TidingsStore

struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "List subscriptions with their status (the default), or revive a retired one.",
        subcommands: [FeedsListCommand.self, FeedsSetCommand.self, FeedsReviveCommand.self],
        defaultSubcommand: FeedsListCommand.self)
}

struct FeedsSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Fix how often one feed is checked (kept in the subscriptions file as refreshEvery).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The feed's URL or ID.") var feed: String
    @Option(help: "An interval such as 30m, 2h or 1d; `auto` goes back to the schedule's own choice.")
    var every: String

    func run() async throws {
        let seconds: TimeInterval?
        if every.lowercased() == "auto" {
            seconds = nil
        } else if let parsed = IntervalText.seconds(in: every), parsed >= 60 {
            seconds = parsed
        } else {
            throw CLIError("\(every) is not an interval of a minute or more (try 30m, 2h, 1d or auto)")
        }
        let store = try global.openStore()
        // A feed listed in the file but not fetched yet is not in the database: the file is enough.
        let record = try? await store.feed(matching: feed)
        let url = record?.url ?? feed
        guard try global.subscriptions.setCheckEvery(seconds, for: url) else {
            throw CLIError("\(url) is not listed in \(global.subscriptions.path)")
        }
        if let record { try await store.setCheckOverride(id: record.id, to: seconds, now: Date()) }
        print(seconds.map { "\(url) is now checked every \(IntervalText.text(for: $0))" }
              ?? "\(url) is checked on its own schedule again")
    }
}

struct FeedsReviveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revive",
        abstract: "Check a retired feed (one that answered 410 Gone repeatedly) again.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The feed's URL or ID.") var feed: String

    func run() async throws {
        let store = try global.openStore()
        let record = try await store.feed(matching: feed)
        try await store.reviveFeed(id: record.id)
        print(record.retiredAt == nil ? "\(record.url) was not retired; it is due now"
                                      : "revived \(record.url); it is due now")
    }
}

struct FeedsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List subscriptions with their status.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Only the feeds whose last check failed.")
    var failing = false

    func run() async throws {
        var statuses = try await global.openStore().feedStatuses()
        if failing { statuses = statuses.filter { $0.feed.lastError != nil && $0.feed.failureCount > 0 } }
        if json {
            print(Formatting.json(statuses.map(Self.jsonObject)))
            return
        }
        if statuses.isEmpty {
            print("no feeds (add some with `tidings add URL`, or list them in \(global.opml))")
        }
        for status in statuses {
            let feed = status.feed
            let state = feed.retiredAt != nil ? "GONE" : feed.failureCount > 0 ? "FAIL"
                : feed.lastFetchAt == nil ? "new " : "ok  "
            let fetched = feed.lastFetchAt.map(Formatting.short) ?? "never"
            let http = feed.lastStatus.map { "HTTP \($0)" } ?? "-"
            print("\(String(feed.id).leftPadded(4))  \(state)  \(feed.displayTitle)")
            print("      \(feed.url)")
            let every = feed.checkOverride.map { ", every \(IntervalText.text(for: $0))" } ?? ""
            print("      last fetch \(fetched) (\(http)), next \(Formatting.short(feed.nextCheckAt))\(every), "
                  + "\(status.itemCount) items, \(status.unreadCount) unread")
            if let error = feed.lastError {
                let streak = feed.failureCount > 1 ? " (\(feed.failureCount) failures in a row)" : ""
                let success = feed.failureCount > 0 ? "; last success \(feed.lastSuccessAt.map(Formatting.short) ?? "never")" : ""
                print("      error: \(error)\(streak)\(success)")
            }
            if feed.retiredAt != nil { print("      retired: not checked until `tidings feeds revive \(feed.id)`") }
        }
    }

    static func jsonObject(_ status: FeedStatus) -> [String: Any] {
        let feed = status.feed
        return [
            "id": feed.id, "url": feed.url, "title": feed.displayTitle,
            "site_url": Formatting.orNull(feed.siteURL), "folder": feed.folder.joined(separator: "/"),
            "last_fetch": Formatting.orNull(feed.lastFetchAt.map(Formatting.rfc3339)),
            "last_success": Formatting.orNull(feed.lastSuccessAt.map(Formatting.rfc3339)),
            "next_check": Formatting.rfc3339(feed.nextCheckAt),
            "http_status": Formatting.orNull(feed.lastStatus),
            "last_error": Formatting.orNull(feed.lastError),
            "failures": feed.failureCount, "items": status.itemCount, "unread": status.unreadCount,
            "retired": feed.retiredAt != nil,
            "every": Formatting.orNull(feed.checkOverride.map(IntervalText.text(for:))),
        ]
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
