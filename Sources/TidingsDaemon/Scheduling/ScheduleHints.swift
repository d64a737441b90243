import Foundation
import TidingsModel

/// What a feed document says about how often to read it.
package struct FeedHints: Sendable, Hashable {
    /// RSS `ttl`: minutes the feed may be cached.
    package var ttlMinutes: Int?
    /// `sy:updatePeriod` (`hourly`, `daily`, `weekly`, `monthly`, `yearly`).
    package var updatePeriod: String?
    /// `sy:updateFrequency`: updates per period (default 1).
    package var updateFrequency: Int?
    /// RSS `skipHours`: hours (0–23, GMT) in which the feed need not be read.
    package var skipHours: Set<Int> = []
    /// RSS `skipDays`: weekdays (1 = Sunday … 7 = Saturday, GMT) on which it need not be read.
    package var skipDays: Set<Int> = []

    package init(ttlMinutes: Int? = nil, updatePeriod: String? = nil, updateFrequency: Int? = nil,
                 skipHours: Set<Int> = [], skipDays: Set<Int> = []) {
        self.ttlMinutes = ttlMinutes
        self.updatePeriod = updatePeriod
        self.updateFrequency = updateFrequency
        self.skipHours = skipHours
        self.skipDays = skipDays
    }

    /// The hints a parsed feed carries (RSS `ttl`, `skipHours`, `skipDays`, `sy:*`).
    package init(_ hints: RefreshHints) {
        self.init(ttlMinutes: hints.ttl, updatePeriod: hints.updatePeriod?.rawValue,
                  updateFrequency: hints.updateFrequency, skipHours: Set(hints.skipHours),
                  skipDays: Set(hints.skipDays.map(\.rawValue)))
    }

    /// The interval the syndication module declares (`sy:updatePeriod` / `sy:updateFrequency`).
    package var syndicationInterval: TimeInterval? {
        let period: TimeInterval? = switch updatePeriod?.lowercased() {
        case "hourly": 3600
        case "daily": 86400
        case "weekly": 7 * 86400
        case "monthly": 30 * 86400
        case "yearly": 365 * 86400
        default: nil
        }
        guard let period else { return nil }
        return period / Double(max(updateFrequency ?? 1, 1))
    }
}

/// What the server's response headers say (see `HTTPCacheHeaders`).
package struct ServerHints: Sendable, Hashable {
    /// `Cache-Control: max-age` in seconds (`s-maxage` is for shared caches and is ignored).
    package var maxAge: TimeInterval?
    /// `Expires`, when there is no max-age.
    package var expires: Date?
    /// `Retry-After`, as an instant.
    package var retryAfter: Date?

    package init(maxAge: TimeInterval? = nil, expires: Date? = nil, retryAfter: Date? = nil) {
        self.maxAge = maxAge
        self.expires = expires
        self.retryAfter = retryAfter
    }
}
