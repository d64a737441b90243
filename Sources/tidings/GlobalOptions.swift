import ArgumentParser
import Foundation
import Logging
import TidingsDaemon
import TidingsStore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: see `tidings --help`).")
    var db: String?

    @Option(name: .long, help: "The subscriptions file of record.")
    var opml: String = "feeds.opml"

    @Option(name: .long, help: "Log level on stderr: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level?

    var databasePath: String {
        DatabaseLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment)
    }

    func openStore() throws -> FeedStore { try FeedStore(path: databasePath) }

    var subscriptions: SubscriptionFile { SubscriptionFile(path: opml) }

    /// Logs go to stderr (the journal, under systemd), at `--log-level`, else $TIDINGS_LOG_LEVEL,
    /// else `fallback`.
    func makeLogger(fallback: Logger.Level) -> Logger {
        let environmentLevel = ProcessInfo.processInfo.environment["TIDINGS_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
        let level = logLevel ?? environmentLevel ?? fallback
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        return Logger(label: "tidings")
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
