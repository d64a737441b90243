import Foundation

/// Intervals as people write them: `90s`, `30m`, `2h`, `1d`, `1h30m`, or plain seconds.
package enum IntervalText {
    /// Seconds, or nil for text that is not an interval (or is not positive).
    package static func seconds(in text: String) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let plain = Double(trimmed) { return plain > 0 ? plain : nil }
        var total: TimeInterval = 0
        var number = ""
        for character in trimmed {
            if character.isNumber || character == "." {
                number.append(character)
                continue
            }
            let unit: TimeInterval? = switch character {
            case "s": 1
            case "m": 60
            case "h": 3600
            case "d": 86400
            default: nil
            }
            guard let unit, let value = Double(number) else { return nil }
            total += value * unit
            number = ""
        }
        guard number.isEmpty, total > 0 else { return nil }
        return total
    }

    /// `1800` → `30m`; `5400` → `1h30m`; `86400` → `1d`.
    package static func text(for seconds: TimeInterval) -> String {
        var rest = Int(seconds.rounded())
        var parts = ""
        for (unit, size) in [("d", 86400), ("h", 3600), ("m", 60), ("s", 1)] where rest >= size {
            parts += "\(rest / size)\(unit)"
            rest %= size
        }
        return parts.isEmpty ? "0s" : parts
    }
}
