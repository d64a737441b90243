import ArgumentParser
import Foundation
import TidingsDaemon
import TidingsDedup
import TidingsStore

struct StoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story", abstract: "Show a story's copies and, with --explain, why each one joined it.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The story's ID (see `tidings list`).") var id: Int64
    @Flag(help: "For each copy: the signal that joined it and its scores against the representative.")
    var explain = false

    func run() async throws {
        let store = try global.openStore()
        let story = try await store.explainStory(id: id)
        let rules = try await store.dedupRules()
        print("story \(story.storyID): \(story.title ?? "(untitled)")")
        let representative = story.members.first(where: \.isRepresentative)
        for member in story.members {
            let mark = member.isRepresentative ? "*" : " "
            print("\(mark) \(member.id)  \(Formatting.short(Date(timeIntervalSince1970: member.at)))  "
                  + "\(member.feedTitle): \(member.title ?? "(untitled)")")
            if let link = member.link { print("      \(link)") }
            guard explain else { continue }
            print("      joined: \(Self.describe(member))")
            if member.isRepresentative {
                print("      representative: the fullest copy from the earliest source")
            } else if let representative, let mine = member.fingerprint, let theirs = representative.fingerprint {
                let decision = NearMatcher.decide(mine, at: member.at, against: theirs, at: representative.at,
                                                  rules: rules)
                let verdict = decision.signal.map { "matches by \($0.rawValue)" } ?? "no match on its own"
                print("      now against the representative: \(decision.scores.summary) — \(verdict)")
            }
        }
        if explain { print("\n* = representative. Rules: `tidings dedup --show`.") }
    }

    static func describe(_ member: StoryExplanation.Member) -> String {
        switch member.matchKind {
        case "new": return "started the story"
        case "url": return "same canonical link as an earlier copy"
        default:
            let against = member.matchItemID.map { " (compared with copy \($0))" } ?? ""
            return "\(member.matchKind)\(against): \(member.matchDetail ?? "no scores recorded")"
        }
    }
}

struct DedupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedup",
        abstract: "Show or change the near-duplicate rules, or re-cluster stored items with them.",
        discussion: """
            Examples:
              tidings dedup --show
              tidings dedup --set containment=0.9 --set preferred-sources="Reuters Wire,AP"
              tidings dedup --reset containment
              tidings dedup --rebuild --since 2026-11-01
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print every rule and its value.") var show = false
    @Option(help: ArgumentHelp("Set a rule (NAME=VALUE); repeatable.", valueName: "name=value"))
    var set: [String] = []
    @Option(help: ArgumentHelp("Restore a rule's default; repeatable.", valueName: "name")) var reset: [String] = []
    @Flag(help: "Re-cluster stored items into stories with the current rules, keeping read state by story.")
    var rebuild = false
    @Option(help: "With --rebuild: only items dated on or after this day (YYYY-MM-DD) or instant (RFC 3339).")
    var since: String?

    func validate() throws {
        if since != nil, !rebuild { throw ValidationError("--since only goes with --rebuild") }
        if !show, set.isEmpty, reset.isEmpty, !rebuild { throw ValidationError("say what to do: --show, --set, --reset or --rebuild") }
    }

    func run() async throws {
        let store = try global.openStore()
        for assignment in set {
            guard let equals = assignment.firstIndex(of: "=") else {
                throw ValidationError("--set takes NAME=VALUE, not \"\(assignment)\"")
            }
            try await store.setDedupRule(String(assignment[..<equals]), to: String(assignment[assignment.index(after: equals)...]))
        }
        for name in reset { try await store.setDedupRule(name, to: nil) }
        if show || !set.isEmpty || !reset.isEmpty {
            let current = try await store.dedupRules().settings
            let defaults = Dictionary(DedupRules().settings.map { ($0.name, $0.value) }) { first, _ in first }
            for (name, value) in current {
                print("\(name) = \(value)\(defaults[name] == value ? "" : "   (default \(defaults[name] ?? ""))")")
            }
        }
        guard rebuild else { return }
        let start = try since.map(Self.date)
        let outcome = try await store.rebuildStories(since: start) { stored, boilerplate in
            EntryConverter.item(from: stored, boilerplate: boilerplate)
        }
        print("re-clustered \(outcome.items) items: \(outcome.storiesBefore) stories before, \(outcome.storiesAfter) after")
    }

    static func date(_ text: String) throws -> Date {
        let instant = ISO8601DateFormatter()
        if let date = instant.date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        if let date = day.date(from: text) { return date }
        throw ValidationError("--since takes a day (2026-11-01) or an RFC 3339 instant, not \"\(text)\"")
    }
}
