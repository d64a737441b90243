import Foundation

/// When a feed is checked next: a pure function of what the feed and the server said, the feed's
/// history and the clock (randomness is passed in, so tests pin it).
///
/// A healthy feed is checked about twice per gap between its posts (a feed that posts hourly is read
/// every half hour, one that posts weekly twice a week), never sooner than its `ttl`, `sy:` period,
/// `Cache-Control: max-age` or `Expires` allow, held to the policy's bounds, jittered, and moved out
/// of its `skipHours`/`skipDays`. A failing feed backs off exponentially, and never sooner than a
/// `Retry-After`.
package enum Schedule {
    package static func afterSuccess<R: RandomNumberGenerator>(
        now: Date, policy: SchedulePolicy, feed: FeedHints = FeedHints(), server: ServerHints = ServerHints(),
        itemDates: [Date] = [], override: TimeInterval? = nil, random: inout R
    ) -> Date {
        let interval: TimeInterval
        if let override {
            // The user's explicit choice wins over every hint, but not over the one-minute floor.
            interval = max(override, 60)
        } else {
            let adaptive = PublishingRate.typicalGap(between: itemDates, now: now).map { $0 / 2 }
            let floors = [
                feed.ttlMinutes.map { TimeInterval($0) * 60 }, feed.syndicationInterval, server.maxAge,
                server.expires.map { $0.timeIntervalSince(now) },
            ].compactMap { $0 }
            interval = policy.clamped(max(adaptive ?? policy.defaultInterval, floors.max() ?? 0))
        }
        let next = now.addingTimeInterval(jittered(interval, by: policy.jitter, random: &random))
        return leavingSkippedTimes(next, hours: feed.skipHours, days: feed.skipDays)
    }

    package static func afterFailure<R: RandomNumberGenerator>(
        now: Date, policy: SchedulePolicy, consecutiveFailures: Int, server: ServerHints = ServerHints(),
        random: inout R
    ) -> Date {
        let exponent = Double(min(max(consecutiveFailures, 1) - 1, 30))
        let backoff = min(policy.minimumInterval * pow(2, exponent), policy.maximumBackoff)
        var next = now.addingTimeInterval(jittered(backoff, by: policy.jitter, random: &random))
        if let retryAfter = server.retryAfter {
            next = max(next, min(retryAfter, now.addingTimeInterval(policy.maximumRetryAfter)))
        }
        return next
    }

    static func jittered<R: RandomNumberGenerator>(_ interval: TimeInterval, by fraction: Double,
                                                   random: inout R) -> TimeInterval {
        guard fraction > 0 else { return interval }
        return interval * (1 + Double.random(in: -fraction...fraction, using: &random))
    }

    /// The first instant at or after `date` outside the skipped GMT hours and weekdays. Rules that
    /// skip every hour or every day are nonsense and ignored.
    static func leavingSkippedTimes(_ date: Date, hours: Set<Int>, days: Set<Int>) -> Date {
        let hours = hours.filter { (0..<24).contains($0) }
        let days = days.filter { (1...7).contains($0) }
        guard hours.count < 24, days.count < 7, !(hours.isEmpty && days.isEmpty) else { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "GMT")!
        var candidate = date
        for _ in 0..<(8 * 24) {
            let parts = calendar.dateComponents([.hour, .weekday], from: candidate)
            if !hours.contains(parts.hour!) && !days.contains(parts.weekday!) { return candidate }
            // The start of the next hour.
            let hourStart = calendar.dateInterval(of: .hour, for: candidate)!.start
            candidate = hourStart.addingTimeInterval(3600)
        }
        return date
    }
}
