import Foundation

/// The two timestamp spellings feeds use, written by hand from the Unix time.
///
/// Hand-written rather than through `DateFormatter` so the output never depends on the locale, time
/// zone or calendar of the machine, and nothing is allocated per call. Fractions of a second are
/// dropped; instants outside years 0001–9999 are clamped so the year always has four digits.
package enum InternetDate {
    /// RFC 3339 in UTC, as Atom and JSON Feed want it: `2025-03-03T12:04:51Z`.
    package static func rfc3339(_ date: Date) -> String {
        let t = Civil(date)
        return "\(pad(t.year, 4))-\(pad(t.month, 2))-\(pad(t.day, 2))T"
            + "\(pad(t.hour, 2)):\(pad(t.minute, 2)):\(pad(t.second, 2))Z"
    }

    /// RFC 822 (with the four-digit year of RFC 1123), as RSS wants it: `Mon, 03 Mar 2025 12:04:51 +0000`.
    package static func rfc822(_ date: Date) -> String {
        let t = Civil(date)
        return "\(weekdays[t.weekday]), \(pad(t.day, 2)) \(months[t.month - 1]) \(pad(t.year, 4)) "
            + "\(pad(t.hour, 2)):\(pad(t.minute, 2)):\(pad(t.second, 2)) +0000"
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// A UTC instant broken into proleptic Gregorian fields.
    private struct Civil {
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
        /// 0 is Sunday.
        var weekday = 0

        /// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z as Unix times.
        private static let earliest = -62_135_596_800.0
        private static let latest = 253_402_300_799.0

        init(_ date: Date) {
            let clamped = min(max(date.timeIntervalSince1970.rounded(.down), Self.earliest), Self.latest)
            let seconds = Int(clamped)
            let days = seconds.floorDiv(86_400)
            let secondOfDay = seconds - days * 86_400
            hour = secondOfDay / 3600
            minute = secondOfDay % 3600 / 60
            second = secondOfDay % 60
            // 1970-01-01 was a Thursday.
            weekday = (days + 4).floorMod(7)
            (year, month, day) = Self.date(fromDaysSinceEpoch: days)
        }

        /// Days since 1970-01-01 to a Gregorian date, counting in 400-year eras that start on
        /// 1 March so the leap day falls at the end of each year.
        private static func date(fromDaysSinceEpoch days: Int) -> (Int, Int, Int) {
            let shifted = days + 719_468  // days from 0000-03-01 to 1970-01-01
            let era = shifted.floorDiv(146_097)
            let dayOfEra = shifted - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let marchMonth = (5 * dayOfYear + 2) / 153
            let day = dayOfYear - (153 * marchMonth + 2) / 5 + 1
            let month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9
            let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
            return (year, month, day)
        }
    }
}

private extension Int {
    func floorDiv(_ divisor: Int) -> Int {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }

    func floorMod(_ divisor: Int) -> Int { self - floorDiv(divisor) * divisor }
}
