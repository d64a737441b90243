import Foundation

/// When a feed is checked next. A fixed interval when all is well; after failures the wait doubles
/// each time, up to a cap, so a dead server is not hammered. (Adaptive scheduling from feed and
/// cache hints comes later; keep this a pure function of its inputs.)
package enum Schedule {
    /// The longest wait after repeated failures.
    package static let maximumBackoff: TimeInterval = 24 * 3600

    package static func nextCheck(after now: Date, interval: TimeInterval, consecutiveFailures: Int) -> Date {
        guard consecutiveFailures > 0 else { return now.addingTimeInterval(interval) }
        let exponent = Double(min(consecutiveFailures - 1, 16))
        let wait = min(max(interval, 60) * pow(2, exponent) / 4, maximumBackoff)
        return now.addingTimeInterval(max(wait, 60))
    }
}
