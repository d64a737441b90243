import Foundation
import Synchronization

/// Hosts that told us to slow down (429 Too Many Requests, 503 Service Unavailable), and until when.
/// While a host is paused none of its feeds is fetched: they are postponed, not failed. With a
/// `Retry-After` the pause lasts until then (capped); without one it doubles with each refusal in
/// a row, from the policy's minimum interval, up to its backoff cap. A success clears the host.
package final class HostPauses: Sendable {
    private struct Pause {
        var until: Date
        var refusals: Int
    }

    private let policy: SchedulePolicy
    private let pauses = Mutex<[String: Pause]>([:])

    package init(policy: SchedulePolicy) {
        self.policy = policy
    }

    /// The host part of a feed URL, lower-cased; the URL itself when it has none (file:).
    package static func host(of url: String) -> String {
        URL(string: url)?.host?.lowercased() ?? url
    }

    /// When `host` may be asked again, or nil when it is not paused at `now`.
    package func pausedUntil(_ host: String, now: Date) -> Date? {
        pauses.withLock { pauses in
            guard let pause = pauses[host], pause.until > now else { return nil }
            return pause.until
        }
    }

    /// Records a refusal from `host` at `now`; returns the end of the pause.
    @discardableResult
    package func refuse(_ host: String, retryAfter: Date?, now: Date) -> Date {
        pauses.withLock { pauses in
            let refusals = (pauses[host]?.refusals ?? 0) + 1
            let backoff = min(policy.minimumInterval * pow(2, Double(min(refusals - 1, 30))), policy.maximumBackoff)
            let until = retryAfter.map { min($0, now.addingTimeInterval(policy.maximumRetryAfter)) }
                ?? now.addingTimeInterval(backoff)
            pauses[host] = Pause(until: max(until, pauses[host]?.until ?? until), refusals: refusals)
            return pauses[host]!.until
        }
    }

    /// A normal answer from `host`: its refusal count starts again.
    package func clear(_ host: String) {
        _ = pauses.withLock { $0.removeValue(forKey: host) }
    }
}
