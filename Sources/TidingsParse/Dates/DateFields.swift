import Foundation

/// A date's parts as a format spelled them, checked and turned into an instant.
struct DateFields {
    var year = 0
    var month = 1
    var day = 1
    var hour = 0
    var minute = 0
    var second = 0
    var fraction = 0.0
    /// East of UTC, in seconds.
    var offsetSeconds = 0

    /// The instant, or nil when a part is out of range (month 13, 31 April, 25:00).
    var instant: Date? {
        guard (1...12).contains(month), (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day),
              (0...23).contains(hour) || (hour == 24 && minute == 0 && second == 0),
              (0...59).contains(minute), (0...60).contains(second),
              abs(offsetSeconds) <= 18 * 3600 else { return nil }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// Reads a numeric offset after its sign: `0500`, `05:00`, `05` or `5`; nil if malformed.
    static func offset(sign: Int, from scanner: inout DateScanner) -> Int? {
        guard let hours = scanner.number(maxDigits: 2) else { return nil }
        var minutes = 0
        if hours.digits == 2 {
            _ = scanner.skip(UInt8(ascii: ":"))
            minutes = scanner.number(minDigits: 2, maxDigits: 2)?.value ?? 0
        }
        guard hours.value <= 18, minutes <= 59 else { return nil }
        return sign * (hours.value * 3600 + minutes * 60)
    }
}
