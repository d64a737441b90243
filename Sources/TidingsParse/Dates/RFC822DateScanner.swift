/// RFC 822/1123 dates as RSS writes them, liberally: weekday optional (with or without a comma), one-
/// or two-digit day, two- or four-digit year, seconds optional, numeric offsets or named zones, a
/// trailing `(comment)`; also the month-first `Thu Jan 01 2004 19:48:21 GMT` and asctime forms.
enum RFC822DateScanner {
    static func scan(_ scanner: inout DateScanner) -> DateFields? {
        var fields = DateFields()
        scanner.skipSpaces()
        var monthFirst = false
        // A weekday (not checked: feeds get it wrong and the date itself decides), then perhaps the
        // month before the day.
        for _ in 0..<2 {
            guard let byte = scanner.peek, ASCII.isLetter(byte), !monthFirst else { break }
            if let month = month(scanner.word()) {
                fields.month = month
                monthFirst = true
            }
            _ = scanner.skip(UInt8(ascii: "."))
            scanner.skipSpaces()
            _ = scanner.skip(UInt8(ascii: ","))
            scanner.skipSpaces()
        }
        return monthFirst ? scanMonthFirst(&scanner, fields) : scanDayFirst(&scanner, fields)
    }

    /// `01 Jan 2004 19:48:21 +0000`, also with `-` between day, month and year.
    private static func scanDayFirst(_ scanner: inout DateScanner, _ start: DateFields) -> DateFields? {
        var fields = start
        guard let day = scanner.number(maxDigits: 2) else { return nil }
        fields.day = day.value
        skipSeparators(&scanner)
        guard let month = month(scanner.word()) else { return nil }
        fields.month = month
        skipSeparators(&scanner)
        guard let year = scanner.number(minDigits: 2, maxDigits: 4) else { return nil }
        fields.year = fullYear(year)
        scanner.skipSpaces()
        if let byte = scanner.peek, ASCII.isDigit(byte) {
            guard scanTime(&scanner, into: &fields) else { return nil }
        }
        return scanZone(&scanner, into: &fields) ? fields : nil
    }

    /// `Jan 01 2004 19:48:21 GMT` (JavaScript) or `Jan  1 19:48:21 2004` (asctime).
    private static func scanMonthFirst(_ scanner: inout DateScanner, _ start: DateFields) -> DateFields? {
        var fields = start
        guard let day = scanner.number(maxDigits: 2) else { return nil }
        fields.day = day.value
        _ = scanner.skip(UInt8(ascii: ","))
        scanner.skipSpaces()
        if scanner.peek(ahead: 1) == UInt8(ascii: ":") || scanner.peek(ahead: 2) == UInt8(ascii: ":") {
            guard scanTime(&scanner, into: &fields) else { return nil }
            scanner.skipSpaces()
            guard let year = scanner.number(minDigits: 4, maxDigits: 4) else { return nil }
            fields.year = year.value
        } else {
            guard let year = scanner.number(minDigits: 4, maxDigits: 4) else { return nil }
            fields.year = year.value
            scanner.skipSpaces()
            if let byte = scanner.peek, ASCII.isDigit(byte) {
                guard scanTime(&scanner, into: &fields) else { return nil }
            }
        }
        return scanZone(&scanner, into: &fields) ? fields : nil
    }

    /// `19:48`, `19:48:21` or `19:48:21.000`.
    private static func scanTime(_ scanner: inout DateScanner, into fields: inout DateFields) -> Bool {
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

    /// Zone tokens until the end: `+0000`, `-05:00`, `GMT`, `GMT+1`, `EST`, `(UTC)`. An unknown name is
    /// read as UTC (a date a few hours off sorts better than none); anything else fails.
    private static func scanZone(_ scanner: inout DateScanner, into fields: inout DateFields) -> Bool {
        var offset = 0
        while true {
            scanner.skipSpaces()
            guard let byte = scanner.peek else { break }
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                _ = scanner.skip(byte)
                guard let numeric = DateFields.offset(sign: byte == UInt8(ascii: "+") ? 1 : -1, from: &scanner)
                else { return false }
                offset += numeric
            } else if ASCII.isLetter(byte) {
                offset += TimeZoneNames.offset(named: scanner.word()) ?? 0
            } else if !scanner.skipComment() {
                return false
            }
        }
        fields.offsetSeconds = offset
        return true
    }

    private static func skipSeparators(_ scanner: inout DateScanner) {
        while scanner.skip(UInt8(ascii: "-")) || scanner.skip(UInt8(ascii: " ")) || scanner.skip(UInt8(ascii: ",")) {}
    }

    /// RFC 2822 §4.3: two-digit years below 50 are 20xx, the rest 19xx; three digits add 1900.
    private static func fullYear(_ year: (value: Int, digits: Int)) -> Int {
        switch year.digits {
        case 2: year.value < 50 ? 2000 + year.value : 1900 + year.value
        case 3: 1900 + year.value
        default: year.value
        }
    }

    /// The month for an English name or its abbreviation (`Jan`, `January`, `Sept`).
    private static func month(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return months[String(word.prefix(3))]
    }

    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
}
