import Foundation
import Testing
@testable import TidingsExport

@Suite struct InternetDateTests {
    @Test(arguments: [
        (1_741_003_491.0, "2025-03-03T12:04:51Z", "Mon, 03 Mar 2025 12:04:51 +0000"),
        (0.0, "1970-01-01T00:00:00Z", "Thu, 01 Jan 1970 00:00:00 +0000"),
        (-1.0, "1969-12-31T23:59:59Z", "Wed, 31 Dec 1969 23:59:59 +0000"),
        (-0.25, "1969-12-31T23:59:59Z", "Wed, 31 Dec 1969 23:59:59 +0000"),
        (1_709_251_199.999, "2024-02-29T23:59:59Z", "Thu, 29 Feb 2024 23:59:59 +0000"),
        (951_782_400.0, "2000-02-29T00:00:00Z", "Tue, 29 Feb 2000 00:00:00 +0000"),
        (-2_208_988_800.0, "1900-01-01T00:00:00Z", "Mon, 01 Jan 1900 00:00:00 +0000"),
        (-1e15, "0001-01-01T00:00:00Z", "Mon, 01 Jan 0001 00:00:00 +0000"),
        (1e15, "9999-12-31T23:59:59Z", "Fri, 31 Dec 9999 23:59:59 +0000"),
    ])
    func formatsKnownInstants(seconds: Double, rfc3339: String, rfc822: String) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(InternetDate.rfc3339(date) == rfc3339)
        #expect(InternetDate.rfc822(date) == rfc822)
    }

    @Test func agreesWithFoundationFormattersAcrossCenturies() {
        let iso = ISO8601DateFormatter()
        iso.timeZone = TimeZone(identifier: "UTC")
        let rfc822 = DateFormatter()
        rfc822.locale = Locale(identifier: "en_US_POSIX")
        rfc822.timeZone = TimeZone(identifier: "GMT")
        rfc822.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        // A fixed linear congruential walk from 1901 to 2099: deterministic, but not round numbers.
        var state: UInt64 = 0x2545_F491
        for _ in 0..<500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let seconds = -2_177_452_800 + Double((state >> 16) % 6_311_433_600)
            let date = Date(timeIntervalSince1970: seconds)
            #expect(InternetDate.rfc3339(date) == iso.string(from: date))
            #expect(InternetDate.rfc822(date) == rfc822.string(from: date))
        }
    }
}
