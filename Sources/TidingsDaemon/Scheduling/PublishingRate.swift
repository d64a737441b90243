import Foundation

/// How often a feed publishes, from the dates of its recent items.
package enum PublishingRate {
    /// The median gap between consecutive item dates (newest 20), or nil with fewer than 3 dates.
    /// Dates in the future or more than a year old are left out, and repeated dates count once (feeds
    /// that stamp every item with the build time): they say nothing about the rate.
    package static func typicalGap(between dates: [Date], now: Date) -> TimeInterval? {
        let recent = Set(dates).filter { $0 <= now.addingTimeInterval(300) && $0 > now.addingTimeInterval(-365 * 86400) }
            .sorted(by: >).prefix(20)
        guard recent.count >= 3 else { return nil }
        let gaps = zip(recent, recent.dropFirst()).map { $0.timeIntervalSince($1) }.sorted()
        return gaps[gaps.count / 2]
    }
}
