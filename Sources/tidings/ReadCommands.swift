import ArgumentParser
import Foundation
import TidingsModel

struct ReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Mark stories read: every copy, in every feed.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Story IDs.") var ids: [Int64] = []
    @Flag(help: "Mark every unread story read.") var all = false

    func validate() throws {
        if all == !ids.isEmpty { throw ValidationError("give story IDs or --all") }
    }

    func run() async throws {
        let store = try global.openStore()
        if all {
            print("marked \(try await store.markAllRead(at: Date())) stories read")
        } else {
            try await store.setRead(ids.map(StoryID.init), read: true, at: Date())
            print("marked \(ids.count) \(ids.count == 1 ? "story" : "stories") read")
        }
    }
}

struct UnreadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unread", abstract: "Mark stories unread.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Story IDs.") var ids: [Int64]

    func run() async throws {
        try await global.openStore().setRead(ids.map(StoryID.init), read: false, at: Date())
        print("marked \(ids.count) \(ids.count == 1 ? "story" : "stories") unread")
    }
}

struct StarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "star", abstract: "Star stories.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Story IDs.") var ids: [Int64]

    func run() async throws {
        try await global.openStore().setStarred(ids.map(StoryID.init), starred: true, at: Date())
        print("starred \(ids.count) \(ids.count == 1 ? "story" : "stories")")
    }
}

struct UnstarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unstar", abstract: "Unstar stories.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Story IDs.") var ids: [Int64]

    func run() async throws {
        try await global.openStore().setStarred(ids.map(StoryID.init), starred: false, at: Date())
        print("unstarred \(ids.count) \(ids.count == 1 ? "story" : "stories")")
    }
}
