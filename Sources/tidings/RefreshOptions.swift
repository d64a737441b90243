import ArgumentParser
import Foundation
import TidingsDaemon
import TidingsFetch
import TidingsModel

/// Options of the commands that fetch (`run`, `refresh`): concurrency and schedule bounds.
struct RefreshOptions: ParsableArguments {
    @Option(help: "Transfers in flight at once.")
    var maxTransfers = 64

    @Option(help: "Connections to one host at once.")
    var perHost = 4

    @Option(help: "Shortest wait between two checks of a feed (default: 15m).", transform: RefreshOptions.interval)
    var minInterval: TimeInterval = 15 * 60

    @Option(help: "Longest wait between two checks of a feed (default: 24h).", transform: RefreshOptions.interval)
    var maxInterval: TimeInterval = 24 * 3600

    func validate() throws {
        guard maxTransfers >= 1, perHost >= 1 else { throw ValidationError("--max-transfers and --per-host must be at least 1") }
        guard minInterval <= maxInterval else { throw ValidationError("--min-interval is longer than --max-interval") }
    }

    var settings: RefreshSettings {
        var settings = RefreshSettings()
        settings.maxConcurrent = maxTransfers
        settings.policy.minimumInterval = minInterval
        settings.policy.maximumInterval = maxInterval
        settings.policy.defaultInterval = min(max(settings.policy.defaultInterval, minInterval), maxInterval)
        return settings
    }

    var fetchConfiguration: FetchConfiguration {
        FetchConfiguration(maxConcurrent: maxTransfers, maxConnectionsPerHost: perHost)
    }

    static func interval(_ text: String) throws -> TimeInterval {
        guard let seconds = IntervalText.seconds(in: text) else {
            throw ValidationError("\(text) is not an interval (try 90s, 30m, 2h or 1d)")
        }
        return seconds
    }
}
