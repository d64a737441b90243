import ArgumentParser
import Foundation
import TidingsDaemon

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: keep every feed in the subscriptions file fresh until SIGTERM.",
        discussion: "SIGHUP re-reads the subscriptions file. Under systemd (Type=notify) it reports READY and STOPPING.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var refresh: RefreshOptions

    @Flag(help: "Do one refresh pass of the due feeds, then exit.")
    var once = false

    func run() async throws {
        let logger = global.makeLogger(fallback: .info)
        let daemon = Daemon(store: try global.openStore(), subscriptions: global.subscriptions,
                            settings: refresh.settings, fetchConfiguration: refresh.fetchConfiguration, logger: logger)
        if once {
            let summary = try await daemon.refreshOnce(all: false)
            logger.info("pass done", metadata: [
                "ok": "\(summary.ok)", "failed": "\(summary.failed)", "new_items": "\(summary.newItems)",
                "new_stories": "\(summary.newStories)",
            ])
        } else {
            try await daemon.run()
        }
    }
}

struct RefreshCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract: "Refresh every feed now and print a summary.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: RefreshOptions

    @Flag(help: "Only the feeds that are due, as the daemon would.")
    var due = false

    func run() async throws {
        let logger = global.makeLogger(fallback: .critical)
        let daemon = Daemon(store: try global.openStore(), subscriptions: global.subscriptions,
                            settings: options.settings, fetchConfiguration: options.fetchConfiguration, logger: logger)
        let summary = try await daemon.refreshOnce(all: !due) { done, total in
            Terminal.progress("refreshing \(done)/\(total) feeds")
        }
        Terminal.clearProgress()
        let total = summary.ok + summary.failed + summary.postponed
        let postponed = summary.postponed > 0 ? ", \(summary.postponed) postponed (their server asked to wait)" : ""
        print("\(total) \(total == 1 ? "feed" : "feeds"): \(summary.ok) ok (\(summary.unchanged) unchanged), \(summary.failed) failed\(postponed); "
              + "\(summary.newItems) new items, \(summary.newStories) new stories")
        for failure in summary.failures.sorted(by: { $0.url < $1.url }) {
            print("  failed: \(failure.url): \(failure.message)")
        }
    }
}
