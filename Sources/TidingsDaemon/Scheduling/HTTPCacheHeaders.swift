import Foundation
import TidingsParse

/// Reads the scheduling headers of a response: `Cache-Control`, `Expires`, `Retry-After`.
package enum HTTPCacheHeaders {
    /// `headers` has lower-cased names. `now` turns relative values into instants.
    package static func hints(from headers: [String: String], now: Date) -> ServerHints {
        var hints = ServerHints()
        if let cacheControl = headers["cache-control"] {
            hints.maxAge = maxAge(in: cacheControl)
        }
        if hints.maxAge == nil, let expires = headers["expires"] {
            // An invalid Expires (often "0" or "-1") means "already expired", RFC 9111 §5.3.
            hints.expires = DateParser.parse(expires) ?? now
        }
        if let retryAfter = headers["retry-after"] {
            hints.retryAfter = self.retryAfter(retryAfter, now: now)
        }
        return hints
    }

    /// `max-age=N` from a Cache-Control value; `no-cache`/`no-store` read as 0.
    static func maxAge(in value: String) -> TimeInterval? {
        var result: TimeInterval?
        for directive in value.split(separator: ",") {
            let parts = directive.split(separator: "=", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
            switch parts[0] {
            case "max-age":
                if parts.count == 2, let seconds = Double(parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))),
                   seconds >= 0 {
                    result = seconds
                }
            case "no-cache", "no-store":
                result = result ?? 0
            default:
                continue
            }
        }
        return result
    }

    /// `Retry-After`: delay-seconds or an HTTP date.
    static func retryAfter(_ value: String, now: Date) -> Date? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed) { return now.addingTimeInterval(TimeInterval(max(seconds, 0))) }
        return DateParser.parse(trimmed)
    }
}
