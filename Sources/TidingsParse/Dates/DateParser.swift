import Foundation
import TidingsModel

/// Reads the dates feeds write: RFC 822/1123 (RSS) and RFC 3339/ISO 8601 (Atom, Dublin Core), with the
/// usual sloppiness, localised month names included. A hand-written scanner, pure and
/// allocation-light: no `DateFormatter` per call.
package enum DateParser {
    /// The instant `text` names, or nil when it cannot be read as a date.
    package static func parse(_ text: String) -> Date? {
        var scanner = DateScanner(text)
        scanner.skipSpaces()
        let fields: DateFields?
        if isISO8601(scanner) {
            fields = ISO8601DateScanner.scan(&scanner)
        } else {
            fields = RFC822DateScanner.scan(&scanner)
        }
        return fields?.instant
    }

    /// The date as written, trimmed, with its instant when readable.
    package static func feedDate(_ raw: String) -> FeedDate {
        let trimmed = TextValue.trim(raw)
        return FeedDate(raw: trimmed, instant: parse(trimmed))
    }

    /// Four digits and a dash start an ISO 8601 date; four digits alone are a W3CDTF year.
    private static func isISO8601(_ scanner: DateScanner) -> Bool {
        guard (0..<4).allSatisfy({ scanner.peek(ahead: $0).map(ASCII.isDigit) ?? false }) else { return false }
        let next = scanner.peek(ahead: 4)
        return next == UInt8(ascii: "-") || next == nil || next.map(ASCII.isWhitespace) == true
    }
}
