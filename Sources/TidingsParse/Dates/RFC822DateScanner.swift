/// RFC 822/1123 dates as RSS writes them, liberally: weekday optional, wrong or in another language
/// (it is skipped, the date itself decides), one- or two-digit day, two- or four-digit year, seconds
/// optional, numeric offsets or named zones, stray commas and periods, a trailing `(comment)`,
/// 12-hour times; English, French, German, Spanish, Italian, Portuguese and Dutch month names
/// (`5. März 2024`, `6 de marzo de 2024`, `mer., 06 mars 2024`); also the month-first
/// `Thu Jan 01 2004 19:48:21 GMT`, `January 5, 2024` and asctime forms.
enum RFC822DateScanner {
    static func scan(_ scanner: inout DateScanner) -> DateFields? {
        // Day first, after any leading words (weekday names: `Thu,`, `Dienstag,`, `terça-feira,`).
        var dayFirst = scanner
        skipLeadingWords(&dayFirst, until: { _ in false })
        if let fields = scanDayFirst(&dayFirst) {
            scanner = dayFirst
            return fields
        }
        // Month first: the weekday is skipped until a word is a month.
        var monthFirst = scanner
        var month: Int?
        skipLeadingWords(&monthFirst) { word in
            month = MonthNames.month(exactly: word)
            return month != nil
        }
        guard let month, let fields = scanMonthFirst(&monthFirst, month: month) else { return nil }
        scanner = monthFirst
        return fields
    }

    /// Skips up to three words with their punctuation (`mer.,`, `terça-feira,`), stopping right
    /// after a word `stop` accepts.
    private static func skipLeadingWords(_ scanner: inout DateScanner, until stop: (String) -> Bool) {
        for _ in 0..<3 {
            skipPunctuation(&scanner)
            guard let byte = scanner.peek, !ASCII.isDigit(byte), byte != UInt8(ascii: "+") else { return }
            let word = scanner.word()
            guard !word.isEmpty else { return }
            while scanner.skip(UInt8(ascii: "-")) { _ = scanner.word() }
            if stop(word) {
                skipPunctuation(&scanner)
                return
            }
        }
    }

    /// `01 Jan 2004 19:48:21 +0000`, also with `-`, `.`, `,` or `de` between day, month and year.
    private static func scanDayFirst(_ scanner: inout DateScanner) -> DateFields? {
        var fields = DateFields()
        guard let day = scanner.number(maxDigits: 2) else { return nil }
        fields.day = day.value
        skipSeparators(&scanner)
        guard let month = MonthNames.month(scanner.word()) else { return nil }
        fields.month = month
        skipSeparators(&scanner)
        guard let year = scanner.number(minDigits: 2, maxDigits: 4) else { return nil }
        fields.year = fullYear(year)
        return scanTimeAndZone(&scanner, into: &fields) ? fields : nil
    }

    /// `Jan 01 2004 19:48:21 GMT` (JavaScript), `January 5, 2024`, or `Jan  1 19:48:21 2004` (asctime).
    private static func scanMonthFirst(_ scanner: inout DateScanner, month: Int) -> DateFields? {
        var fields = DateFields()
        fields.month = month
        guard let day = scanner.number(maxDigits: 2) else { return nil }
        fields.day = day.value
        skipPunctuation(&scanner)
        if scanner.peek(ahead: 1) == UInt8(ascii: ":") || scanner.peek(ahead: 2) == UInt8(ascii: ":") {
            guard DateTime.scanTime(&scanner, into: &fields) else { return nil }
            scanner.skipSpaces()
            guard let year = scanner.number(minDigits: 4, maxDigits: 4) else { return nil }
            fields.year = year.value
            return DateTime.scanZone(&scanner, into: &fields) ? fields : nil
        }
        guard let year = scanner.number(minDigits: 4, maxDigits: 4) else { return nil }
        fields.year = year.value
        return scanTimeAndZone(&scanner, into: &fields) ? fields : nil
    }

    /// After the year: an optional time (perhaps after a comma or `à`/`um`/`at`), then the zone.
    private static func scanTimeAndZone(_ scanner: inout DateScanner, into fields: inout DateFields) -> Bool {
        skipPunctuation(&scanner)
        if scanner.word(if: connectors.contains) != nil { skipPunctuation(&scanner) }
        if let byte = scanner.peek, ASCII.isDigit(byte) {
            guard DateTime.scanTime(&scanner, into: &fields) else { return false }
        }
        return DateTime.scanZone(&scanner, into: &fields)
    }

    /// Spaces, commas and periods.
    private static func skipPunctuation(_ scanner: inout DateScanner) {
        while true {
            scanner.skipSpaces()
            guard scanner.skip(UInt8(ascii: ",")) || scanner.skip(UInt8(ascii: ".")) else { return }
        }
    }

    /// Between day, month and year: punctuation, dashes, and Spanish/Portuguese `de`.
    private static func skipSeparators(_ scanner: inout DateScanner) {
        while true {
            skipPunctuation(&scanner)
            if scanner.skip(UInt8(ascii: "-")) || scanner.skip(UInt8(ascii: "/")) { continue }
            if scanner.word(if: { $0 == "de" || $0 == "del" }) != nil { continue }
            return
        }
    }

    /// Words joining a date to its time: `à 10:00`, `um 10:00`, `at 10:00`, `alle 10:00`.
    private static let connectors: Set<String> = ["at", "à", "a", "um", "om", "alle", "ore", "às", "as", "las"]

    /// RFC 2822 §4.3: two-digit years below 50 are 20xx, the rest 19xx; three digits add 1900.
    private static func fullYear(_ year: (value: Int, digits: Int)) -> Int {
        switch year.digits {
        case 2: year.value < 50 ? 2000 + year.value : 1900 + year.value
        case 3: 1900 + year.value
        default: year.value
        }
    }
}
