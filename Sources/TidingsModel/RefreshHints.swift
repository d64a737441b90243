/// What a feed says about how often it should be read: RSS `ttl`, `skipHours`, `skipDays` and the
/// RSS 1.0 syndication module (`sy:updatePeriod`, `sy:updateFrequency`, `sy:updateBase`). The
/// scheduler turns them into a next-check time; the parser only reports them.
package struct RefreshHints: Sendable, Hashable {
    /// RSS `ttl`: minutes the feed may be cached.
    package var ttl: Int?
    /// RSS `skipHours`: hours (0–23, GMT) in which the feed need not be read, ascending.
    package var skipHours: [Int] = []
    /// RSS `skipDays`: days (GMT) on which the feed need not be read, Sunday first.
    package var skipDays: [Weekday] = []
    /// `sy:updatePeriod`.
    package var updatePeriod: UpdatePeriod?
    /// `sy:updateFrequency`: updates per period.
    package var updateFrequency: Int?
    /// `sy:updateBase`: the instant the period is counted from.
    package var updateBase: FeedDate?

    package init(ttl: Int? = nil, skipHours: [Int] = [], skipDays: [Weekday] = [], updatePeriod: UpdatePeriod? = nil,
                 updateFrequency: Int? = nil, updateBase: FeedDate? = nil) {
        self.ttl = ttl
        self.skipHours = skipHours
        self.skipDays = skipDays
        self.updatePeriod = updatePeriod
        self.updateFrequency = updateFrequency
        self.updateBase = updateBase
    }
}

/// A day of the week, numbered as the C library and the scheduler do (1 = Sunday … 7 = Saturday).
package enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable {
    case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday

    /// The English name RSS `skipDays` uses (`Monday`).
    package var name: String {
        switch self {
        case .sunday: "Sunday"
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        }
    }

    package static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// `sy:updatePeriod`: the period `sy:updateFrequency` counts updates in.
package enum UpdatePeriod: String, Sendable, Hashable, CaseIterable {
    case hourly, daily, weekly, monthly, yearly
}
