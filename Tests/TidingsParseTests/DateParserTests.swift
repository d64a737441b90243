import Foundation
import Testing
import TidingsModel
import TidingsParse

@Suite struct DateParserTests {
    /// Input as a feed writes it, and the instant as RFC 3339 UTC (nil: unreadable).
    static let cases: [(String, String?)] = [
        // RFC 822 / 1123 as RSS writes it.
        ("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Thu, 1 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Thu,01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("  Thu, 01 Jan 2004 19:48:21 GMT \n", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Fri, 01 Jan 99 19:48:21 GMT", "1999-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 19:48 GMT", "2004-01-01T19:48:00Z"),
        ("Thu, 01 Jan 2004 19:48:21", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004", "2004-01-01T00:00:00Z"),
        ("Thu, 01 Jan 2004 19:48:21 +0000", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 -0500", "2004-01-02T00:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 +05:30", "2004-01-01T14:18:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 UT", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 UTC", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 Z", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 EST", "2004-01-02T00:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 EDT", "2004-01-01T23:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 CST", "2004-01-02T01:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 CDT", "2004-01-02T00:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 MST", "2004-01-02T02:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 MDT", "2004-01-02T01:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 PST", "2004-01-02T03:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 PDT", "2004-01-02T02:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 A", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 +0000 (UTC)", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 GMT+0100", "2004-01-01T18:48:21Z"),
        ("Thu, 01 January 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Wed, 01 Sept 2004 19:48:21 GMT", "2004-09-01T19:48:21Z"),
        ("Thursday, 01-Jan-2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("thu, 01 jan 2004 19:48:21 gmt", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21.500 GMT", "2004-01-01T19:48:21Z"),
        ("Thu Jan 01 2004 19:48:21 GMT+0000", "2004-01-01T19:48:21Z"),
        ("Thu Jan  1 19:48:21 2004", "2004-01-01T19:48:21Z"),
        ("Sat, 29 Feb 2020 12:00:00 GMT", "2020-02-29T12:00:00Z"),
        // RFC 3339 / ISO 8601 as Atom and Dublin Core write it.
        ("2004-01-01T19:48:21Z", "2004-01-01T19:48:21Z"),
        ("2004-01-01T19:48:21.123456Z", "2004-01-01T19:48:21Z"),
        ("2004-01-01T19:48:21+01:00", "2004-01-01T18:48:21Z"),
        ("2004-01-01T19:48:21+0100", "2004-01-01T18:48:21Z"),
        ("2004-01-01T19:48:21-05", "2004-01-02T00:48:21Z"),
        ("2004-01-01 19:48:21Z", "2004-01-01T19:48:21Z"),
        ("2004-01-01T19:48:21", "2004-01-01T19:48:21Z"),
        ("2004-01-01t19:48:21z", "2004-01-01T19:48:21Z"),
        ("2004-01-01T19:48Z", "2004-01-01T19:48:00Z"),
        ("2004-01-01", "2004-01-01T00:00:00Z"),
        ("2004-01-01T19:48:21 UTC", "2004-01-01T19:48:21Z"),
        ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"),
        ("2100-03-01T00:00:00+14:00", "2100-02-28T10:00:00Z"),
        // RFC 822 breakages beyond the RFC.
        ("Fri, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Thu,, 01 Jan, 2004, 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 19:48:21 GMT,", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 07:48:21 PM GMT", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 12:05 am", "2004-01-01T00:05:00Z"),
        ("January 1, 2004 7:48 PM", "2004-01-01T19:48:00Z"),
        ("Jan 1, 2004", "2004-01-01T00:00:00Z"),
        ("Thu, 01 Jan 2004 19:48:21 MEZ", "2004-01-01T18:48:21Z"),
        ("Thu, 01\u{A0}Jan\u{A0}2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        // Month and day names in other languages.
        ("mer., 06 mars 2024 10:15:00 +0100", "2024-03-06T09:15:00Z"),
        ("lun., 8 janv. 2024 08:00:00 +0100", "2024-01-08T07:00:00Z"),
        ("mar., 2 juil. 2024 08:00:00 +0200", "2024-07-02T06:00:00Z"),
        ("sam., 1 juin 2024 08:00:00 +0200", "2024-06-01T06:00:00Z"),
        ("jeu., 15 août 2024 12:00:00 +0200", "2024-08-15T10:00:00Z"),
        ("ven., 20 déc. 2024 12:00:00 +0100", "2024-12-20T11:00:00Z"),
        ("14 février 2024 à 09:30", "2024-02-14T09:30:00Z"),
        ("Di, 05 Mär 2024 18:45:00 +0100", "2024-03-05T17:45:00Z"),
        ("Dienstag, 5. März 2024 18:45:00 MEZ", "2024-03-05T17:45:00Z"),
        ("Mi, 1 Mai 2024 um 10:00", "2024-05-01T10:00:00Z"),
        ("Fr, 11 Okt 2024 10:00:00 +0200", "2024-10-11T08:00:00Z"),
        ("Mo, 23 Dez 2024 10:00:00 +0100", "2024-12-23T09:00:00Z"),
        ("mié, 06 mar 2024 10:00:00 +0100", "2024-03-06T09:00:00Z"),
        ("viernes, 3 de mayo de 2024 12:00", "2024-05-03T12:00:00Z"),
        ("lun, 7 ene 2024 08:00:00 -0500", "2024-01-07T13:00:00Z"),
        ("sáb, 17 ago 2024 08:00:00 -0300", "2024-08-17T11:00:00Z"),
        ("gio, 07 giu 2024 09:00:00 +0200", "2024-06-07T07:00:00Z"),
        ("lunedì, 1 luglio 2024 09:00", "2024-07-01T09:00:00Z"),
        ("mar, 5 mag 2024 09:00:00 +0200", "2024-05-05T07:00:00Z"),
        ("terça-feira, 5 de março de 2024 10:00:00 -0300", "2024-03-05T13:00:00Z"),
        ("Sáb, 02 Dez 2023 23:59:59 -0300", "2023-12-03T02:59:59Z"),
        ("qui, 10 out 2024 10:00:00 -0300", "2024-10-10T13:00:00Z"),
        ("di, 5 mrt 2024 10:00:00 +0100", "2024-03-05T09:00:00Z"),
        ("wo, 1 mei 2024 10:00:00 +0200", "2024-05-01T08:00:00Z"),
        ("za, 12 okt 2024 14:00:00 +0200", "2024-10-12T12:00:00Z"),
        // W3CDTF's shorter forms.
        ("2004-01", "2004-01-01T00:00:00Z"),
        ("2004", "2004-01-01T00:00:00Z"),
        ("2004-01-01T19:48:21+01:00 ", "2004-01-01T18:48:21Z"),
        // Not dates, or impossible ones.
        ("12 brumaire 2024 14:00", nil),
        ("2004-", nil),
        ("Thu, 01 Jan 2004 13:00 PM", nil),
        ("{{ post.date }}", nil),
        ("", nil),
        ("yesterday", nil),
        ("last Tuesday, around lunch", nil),
        ("2004-13-01T00:00:00Z", nil),
        ("2004-02-30", nil),
        ("Sat, 29 Feb 2021 12:00:00 GMT", nil),
        ("Thu, 32 Jan 2004 19:48:21 GMT", nil),
        ("Thu, 01 Foo 2004 19:48:21 GMT", nil),
        ("Thu, 01 Jan 2004 25:48:21 GMT", nil),
        ("2004-01-01T19:48:21Z and some words", nil),
        ("2004-01-01T19:48:21+25:00", nil),
    ]

    @Test(arguments: cases)
    func readsDate(_ input: String, _ expected: String?) {
        let instant = DateParser.parse(input)
        #expect(instant.map(utc) == expected)
    }

    @Test func fractionalSecondsKeepTheirPrecision() throws {
        let instant = try #require(DateParser.parse("2004-01-01T00:00:00.250Z"))
        #expect(instant.timeIntervalSince1970 == 1_072_915_200.25)
    }

    @Test func feedDateKeepsTheTextAsWrittenAndTrimmed() {
        let readable = DateParser.feedDate("  Thu, 01 Jan 2004 19:48:21 GMT ")
        #expect(readable.raw == "Thu, 01 Jan 2004 19:48:21 GMT")
        #expect(readable.instant == Date(timeIntervalSince1970: 1_072_986_501))
        let unreadable = DateParser.feedDate("soon")
        #expect(unreadable == FeedDate(raw: "soon", instant: nil))
    }

    // How fast dates parse is measured by bench/parse, not asserted here.
    @Test func twentyThousandDatesInBothStylesAllParse() {
        var readable = 0
        for day in 0..<20_000 {
            let text = day.isMultiple(of: 2)
                ? "Thu, \(day % 28 + 1) Jan 2004 19:48:21 +0100"
                : "2004-01-\(String(format: "%02d", day % 28 + 1))T19:48:21.5Z"
            if DateParser.parse(text) != nil { readable += 1 }
        }
        #expect(readable == 20_000)
    }

    private func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.year!, parts.month!, parts.day!,
                      parts.hour!, parts.minute!, parts.second!)
    }
}
