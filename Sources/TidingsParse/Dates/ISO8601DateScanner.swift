/// RFC 3339 and the ISO 8601 forms feeds use: `2004-01-01T19:48:21Z`, fractional seconds, offsets with
/// or without a colon, a space instead of `T`, no zone (taken as UTC), the date alone, or W3CDTF's
/// year-month and year.
enum ISO8601DateScanner {
    static func scan(_ scanner: inout DateScanner) -> DateFields? {
        var fields = DateFields()
        guard let year = scanner.number(minDigits: 4, maxDigits: 4) else { return nil }
        fields.year = year.value
        // W3CDTF allows the year alone, or the year and month.
        guard !isEnd(scanner) else { return fields }
        guard scanner.skip(UInt8(ascii: "-")), let month = scanner.number(maxDigits: 2) else { return nil }
        fields.month = month.value
        guard !isEnd(scanner) else { return fields }
        guard scanner.skip(UInt8(ascii: "-")), let day = scanner.number(maxDigits: 2) else { return nil }
        fields.day = day.value
        scanner.skipSpaces()
        guard !scanner.isAtEnd else { return fields }
        _ = scanner.skip(UInt8(ascii: "T")) || scanner.skip(UInt8(ascii: "t"))
        guard let hour = scanner.number(maxDigits: 2), scanner.skip(UInt8(ascii: ":")),
              let minute = scanner.number(minDigits: 2, maxDigits: 2) else { return nil }
        (fields.hour, fields.minute) = (hour.value, minute.value)
        if scanner.skip(UInt8(ascii: ":")) {
            guard let second = scanner.number(minDigits: 2, maxDigits: 2) else { return nil }
            fields.second = second.value
            if scanner.skip(UInt8(ascii: ".")) || scanner.skip(UInt8(ascii: ",")) {
                fields.fraction = scanner.fraction()
            }
        }
        scanner.skipSpaces()
        switch scanner.peek {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            _ = scanner.word()
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = scanner.peek == UInt8(ascii: "+") ? 1 : -1
            _ = scanner.skip(scanner.peek!)
            guard let offset = DateFields.offset(sign: sign, from: &scanner) else { return nil }
            fields.offsetSeconds = offset
        case let byte? where ASCII.isLetter(byte):
            guard let offset = TimeZoneNames.offset(named: scanner.word()) else { return nil }
            fields.offsetSeconds = offset
        default:
            break
        }
        scanner.skipSpaces()
        return scanner.isAtEnd ? fields : nil
    }

    /// Nothing but trailing spaces left.
    private static func isEnd(_ scanner: DateScanner) -> Bool {
        var rest = scanner
        rest.skipSpaces()
        return rest.isAtEnd
    }
}
