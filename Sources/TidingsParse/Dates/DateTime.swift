/// The time of day and zone that follow an RFC 822-style date.
enum DateTime {
    /// `19:48`, `19:48:21` or `19:48:21.000`.
    static func scanTime(_ scanner: inout DateScanner, into fields: inout DateFields) -> Bool {
        guard let hour = scanner.number(maxDigits: 2), scanner.skip(UInt8(ascii: ":")),
              let minute = scanner.number(minDigits: 2, maxDigits: 2) else { return false }
        (fields.hour, fields.minute) = (hour.value, minute.value)
        if scanner.skip(UInt8(ascii: ":")) {
            guard let second = scanner.number(maxDigits: 2) else { return false }
            fields.second = second.value
            if scanner.skip(UInt8(ascii: ".")) { fields.fraction = scanner.fraction() }
        }
        return true
    }

    /// Zone tokens until the end: `+0000`, `-05:00`, `GMT`, `GMT+1`, `EST`, `MEZ`, `(UTC)`, and `AM`/
    /// `PM` after a 12-hour time. An unknown name is read as UTC (a date a few hours off sorts better
    /// than none); anything else fails.
    static func scanZone(_ scanner: inout DateScanner, into fields: inout DateFields) -> Bool {
        var offset = 0
        while true {
            scanner.skipSpaces()
            guard let byte = scanner.peek else { break }
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                _ = scanner.skip(byte)
                guard let numeric = DateFields.offset(sign: byte == UInt8(ascii: "+") ? 1 : -1, from: &scanner)
                else { return false }
                offset += numeric
            } else if ASCII.isLetter(byte) || byte >= 0x80 {
                let word = scanner.word()
                if word == "am" || word == "pm" {
                    guard (1...12).contains(fields.hour) else { return false }
                    fields.hour = fields.hour % 12 + (word == "pm" ? 12 : 0)
                } else {
                    offset += TimeZoneNames.offset(named: word) ?? 0
                }
                _ = scanner.skip(UInt8(ascii: "."))
            } else if byte == UInt8(ascii: ",") {
                _ = scanner.skip(byte)
            } else if !scanner.skipComment() {
                return false
            }
        }
        fields.offsetSeconds = offset
        return true
    }
}
