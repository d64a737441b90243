import ArgumentParser
import Foundation
import TidingsDaemon
import TidingsFetch
import TidingsStore

/// `tidings`: the daemon and the command line to read what it fetched.
@main
struct Tidings: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tidings",
        abstract: "A feed aggregator that folds copies of the same story into one.",
        discussion: """
            The database is --db, else $TIDINGS_DB, else $STATE_DIRECTORY/tidings.sqlite, else \
            $XDG_STATE_HOME/tidings/tidings.sqlite (~/.local/state/tidings/tidings.sqlite). \
            Subscriptions live in --opml (default ./feeds.opml).
            """,
        version: version,
        subcommands: [
            RunCommand.self, RefreshCommand.self, FeedsCommand.self, AddCommand.self, RemoveCommand.self,
            ImportCommand.self, ExportOPMLCommand.self, ListCommand.self, ShowCommand.self, ReadCommand.self,
            UnreadCommand.self, StarCommand.self, UnstarCommand.self, ExportCommand.self, ParseCommand.self,
            StoryCommand.self, DedupCommand.self,
        ])

    /// Errors are one sentence on stderr and exit status 1; usage errors keep ArgumentParser's form.
    static func main() async {
        // libcurl runs with CURLOPT_NOSIGNAL, so a peer closing a socket must not kill the process.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CLIError {
            Terminal.fail(error.description)
        } catch let error as StoreError {
            Terminal.fail(error.description)
        } catch let error as SubscriptionFileError {
            Terminal.fail(error.description)
        } catch let error as FetchError {
            Terminal.fail(error.description)
        } catch {
            exit(withError: error)
        }
    }
}

/// A failure worth one sentence to the user.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
