import Foundation
import Testing
import TidingsDaemon
import TidingsModel

/// SplitMix64: a seeded generator, so tests that draw jitter are repeatable. (A generator that
/// always returns one value can make `Double.random(in:)` reject forever.)
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct ScheduleTests {
    let now = Date(timeIntervalSince1970: 1_741_003_200)  // Mon 2025-03-03 12:00:00 GMT
    var noJitter: SchedulePolicy { var policy = SchedulePolicy(); policy.jitter = 0; return policy }
    var random = SeededRandom(state: 42)

    func wait(_ date: Date) -> TimeInterval { date.timeIntervalSince(now) }

    @Test mutating func unknownFeedWaitsTheDefault() {
        #expect(wait(Schedule.afterSuccess(now: now, policy: noJitter, random: &random)) == 3600)
    }

    @Test mutating func hourlyPosterIsCheckedEveryHalfHourAndWeeklyPosterTwiceAWeekCappedAtADay() {
        let hourly = (1...10).map { now.addingTimeInterval(-3600 * Double($0)) }
        #expect(wait(Schedule.afterSuccess(now: now, policy: noJitter, itemDates: hourly, random: &random)) == 1800)
        let weekly = (1...5).map { now.addingTimeInterval(-7 * 86400 * Double($0)) }
        #expect(wait(Schedule.afterSuccess(now: now, policy: noJitter, itemDates: weekly, random: &random)) == 86400)
        let constant = Array(repeating: now.addingTimeInterval(-60), count: 8)
        #expect(wait(Schedule.afterSuccess(now: now, policy: noJitter, itemDates: constant, random: &random)) == 3600)
    }

    @Test mutating func feedAndServerHintsAreFloorsHeldToTheBounds() {
        let busy = (1...10).map { now.addingTimeInterval(-600 * Double($0)) }  // every 10 minutes
        #expect(wait(Schedule.afterSuccess(now: now, policy: noJitter, itemDates: busy, random: &random)) == 900)
        #expect(wait(Schedule.afterSuccess(now: now, policy: noJitter, feed: FeedHints(ttlMinutes: 120),
                                           itemDates: busy, random: &random)) == 7200)
        #expect(wait(Schedule.afterSuccess(now: now, policy: noJitter, feed: FeedHints(updatePeriod: "daily", updateFrequency: 4),
                                           itemDates: busy, random: &random)) == 6 * 3600)
        #expect(wait(Schedule.afterSuccess(now: now, policy: noJitter, server: ServerHints(maxAge: 5400),
                                           itemDates: busy, random: &random)) == 5400)
        #expect(wait(Schedule.afterSuccess(now: now, policy: noJitter, server: ServerHints(expires: now.addingTimeInterval(9000)),
                                           itemDates: busy, random: &random)) == 9000)
        #expect(wait(Schedule.afterSuccess(now: now, policy: noJitter, feed: FeedHints(ttlMinutes: 60 * 24 * 30),
                                           random: &random)) == 86400)
        #expect(wait(Schedule.afterSuccess(now: now, policy: noJitter, override: 300, random: &random)) == 300)
    }

    @Test mutating func jitterStaysWithinItsFractionAndSpreadsChecks() {
        let policy = SchedulePolicy()
        let waits = (0..<200).map { _ in wait(Schedule.afterSuccess(now: now, policy: policy, random: &random)) }
        #expect(waits.allSatisfy { $0 >= 3600 * 0.9 && $0 <= 3600 * 1.1 })
        #expect(waits.min()! < 3600 * 0.95 && waits.max()! > 3600 * 1.05)
    }

    @Test mutating func skippedHoursAndDaysMoveTheCheckOut() {
        // Due at 13:00 GMT Monday; hours 13–15 skipped → 16:00.
        let next = Schedule.afterSuccess(now: now, policy: noJitter, feed: FeedHints(skipHours: [13, 14, 15]), random: &random)
        #expect(next == now.addingTimeInterval(4 * 3600))
        // Monday (2) skipped → Tuesday 00:00 GMT.
        let tuesday = Schedule.afterSuccess(now: now, policy: noJitter, feed: FeedHints(skipDays: [2]), random: &random)
        #expect(tuesday == Date(timeIntervalSince1970: 1_741_046_400))
        // Skipping every hour is nonsense and ignored.
        let all = Schedule.afterSuccess(now: now, policy: noJitter, feed: FeedHints(skipHours: Set(0..<24)), random: &random)
        #expect(wait(all) == 3600)
    }

    @Test mutating func failuresBackOffExponentiallyToADayAndHonourRetryAfter() {
        let waits = (1...10).map {
            wait(Schedule.afterFailure(now: now, policy: noJitter, consecutiveFailures: $0, random: &random))
        }
        #expect(Array(waits.prefix(4)) == [900, 1800, 3600, 7200])
        #expect(waits.last == 86400)
        let paused = Schedule.afterFailure(now: now, policy: noJitter, consecutiveFailures: 1,
                                           server: ServerHints(retryAfter: now.addingTimeInterval(7200)), random: &random)
        #expect(wait(paused) == 7200)
        let absurd = Schedule.afterFailure(now: now, policy: noJitter, consecutiveFailures: 1,
                                           server: ServerHints(retryAfter: now.addingTimeInterval(400 * 86400)), random: &random)
        #expect(wait(absurd) == 7 * 86400)
    }
}

@Suite struct HTTPCacheHeadersTests {
    let now = Date(timeIntervalSince1970: 1_741_003_200)

    @Test func readsMaxAgeExpiresAndRetryAfter() {
        let hints = HTTPCacheHeaders.hints(from: ["cache-control": "public, max-age=600, s-maxage=60",
                                                  "expires": "Mon, 03 Mar 2025 18:00:00 GMT", "retry-after": "120"], now: now)
        #expect(hints.maxAge == 600)
        #expect(hints.expires == nil)  // max-age wins over Expires
        #expect(hints.retryAfter == now.addingTimeInterval(120))
    }

    @Test func expiresAndHTTPDateRetryAfter() {
        let hints = HTTPCacheHeaders.hints(from: ["expires": "Mon, 03 Mar 2025 18:00:00 GMT",
                                                  "retry-after": "Mon, 03 Mar 2025 13:00:00 GMT"], now: now)
        #expect(hints.expires == now.addingTimeInterval(6 * 3600))
        #expect(hints.retryAfter == now.addingTimeInterval(3600))
    }

    @Test func invalidExpiresMeansAlreadyExpiredAndNoStoreIsZero() {
        #expect(HTTPCacheHeaders.hints(from: ["expires": "0"], now: now).expires == now)
        #expect(HTTPCacheHeaders.hints(from: ["cache-control": "no-store"], now: now).maxAge == 0)
    }
}

@Suite struct IntervalTextTests {
    @Test(arguments: [("90s", 90.0), ("30m", 1800), ("2h", 7200), ("1d", 86400), ("1h30m", 5400), ("600", 600),
                      (" 15M ", 900), ("1.5h", 5400)] as [(String, Double)])
    func readsIntervals(_ text: String, _ seconds: Double) {
        #expect(IntervalText.seconds(in: text) == seconds)
    }

    @Test(arguments: ["", "0", "-5", "soon", "10x", "m", "5m3"])
    func refusesWhatIsNotAnInterval(_ text: String) {
        #expect(IntervalText.seconds(in: text) == nil)
    }

    @Test func writesTheShortestForm() {
        #expect(IntervalText.text(for: 1800) == "30m")
        #expect(IntervalText.text(for: 5400) == "1h30m")
        #expect(IntervalText.text(for: 86400) == "1d")
        #expect(IntervalText.text(for: 45) == "45s")
    }
}
