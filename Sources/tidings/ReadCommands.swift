import ArgumentParser
import Foundation
import TidingsModel
import TidingsStore

/// What a story command changes: read or starred, set or cleared.
enum StoryMark {
    case read(Bool)
    case starred(Bool)

    func apply(to ids: [Int64], in store: FeedStore) async throws {
        let stories = ids.map(StoryID.init)
        switch self {
        case .read(let read): try await store.setRead(stories, read: read, at: Date())
        case .starred(let starred): try await store.setStarred(stories, starred: starred, at: Date())
        }
    }

    func sentence(count: Int) -> String {
        let noun = count == 1 ? "story" : "stories"
        return switch self {
        case .read(true): "marked \(count) \(noun) read"
        case .read(false): "marked \(count) \(noun) unread"
        case .starred(true): "starred \(count) \(noun)"
        case .starred(false): "unstarred \(count) \(noun)"
        }
    }
}

/// A command that sets one mark on the stories given by ID; unknown IDs fail the whole call.
protocol StoryMarkCommand: AsyncParsableCommand {
    static var mark: StoryMark { get }
    var global: GlobalOptions { get }
    var ids: [Int64] { get }
}

extension StoryMarkCommand {
    func run() async throws {
        try await Self.mark.apply(to: ids, in: try global.openStore())
        print(Self.mark.sentence(count: ids.count))
    }
}

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
        guard !all else {
            print("marked \(try await store.markAllRead(at: Date())) stories read")
            return
        }
        try await StoryMark.read(true).apply(to: ids, in: store)
        print(StoryMark.read(true).sentence(count: ids.count))
    }
}

struct UnreadCommand: StoryMarkCommand {
    static let configuration = CommandConfiguration(commandName: "unread", abstract: "Mark stories unread.")
    static let mark = StoryMark.read(false)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Story IDs.") var ids: [Int64]
}

struct StarCommand: StoryMarkCommand {
    static let configuration = CommandConfiguration(commandName: "star", abstract: "Star stories.")
    static let mark = StoryMark.starred(true)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Story IDs.") var ids: [Int64]
}

struct UnstarCommand: StoryMarkCommand {
    static let configuration = CommandConfiguration(commandName: "unstar", abstract: "Unstar stories.")
    static let mark = StoryMark.starred(false)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Story IDs.") var ids: [Int64]
}
