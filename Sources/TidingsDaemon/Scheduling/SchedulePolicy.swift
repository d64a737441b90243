import Foundation

/// The bounds every computed check time is held to. Defaults follow issue 4: never more often
/// than every 15 minutes, never less often than daily, a tenth of jitter, failures backing off up
/// to a day.
package struct SchedulePolicy: Sendable, Hashable {
    /// The shortest wait between two checks of a healthy feed.
    package var minimumInterval: TimeInterval = 15 * 60
    /// The longest wait between two checks of a healthy feed.
    package var maximumInterval: TimeInterval = 24 * 3600
    /// The wait when nothing is known about a feed yet.
    package var defaultInterval: TimeInterval = 60 * 60
    /// Each wait is moved by up to this fraction either way, so feeds added together drift apart
    /// instead of hitting their servers in the same second forever.
    package var jitter: Double = 0.1
    /// The longest wait after repeated failures.
    package var maximumBackoff: TimeInterval = 24 * 3600
    /// The longest a server's `Retry-After` is obeyed; beyond it the value is taken as a mistake.
    package var maximumRetryAfter: TimeInterval = 7 * 24 * 3600

    package init() {}

    /// `interval` held between the minimum and maximum.
    package func clamped(_ interval: TimeInterval) -> TimeInterval {
        min(max(interval, minimumInterval), maximumInterval)
    }
}
