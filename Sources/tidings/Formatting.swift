import Foundation

/// Dates and JSON as the CLI prints them.
enum Formatting {
    /// RFC 3339 in UTC, e.g. `2025-03-03T12:04:51Z`.
    static func rfc3339(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// A short local time for listings: `2025-03-03 12:04`.
    static func short(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// JSON with sorted keys, slashes unescaped, and nil written as null.
    static func json(_ value: Any) -> String {
        let data = (try? JSONSerialization.data(
            withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func orNull(_ value: Any?) -> Any { value ?? NSNull() }
}
