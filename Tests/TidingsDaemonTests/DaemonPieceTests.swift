import Foundation
import Testing
import TidingsDaemon

@Suite struct DatabaseLocationTests {
    @Test(arguments: [
        (explicit: "/x/db.sqlite", env: ["TIDINGS_DB": "/t.sqlite"], expected: "/x/db.sqlite"),
        (explicit: nil, env: ["TIDINGS_DB": "/t.sqlite", "STATE_DIRECTORY": "/var/lib/tidings"], expected: "/t.sqlite"),
        (explicit: nil, env: ["STATE_DIRECTORY": "/var/lib/tidings:/var/lib/other", "XDG_STATE_HOME": "/h/.st"],
         expected: "/var/lib/tidings/tidings.sqlite"),
        (explicit: nil, env: ["XDG_STATE_HOME": "/home/a/.state/", "HOME": "/home/a"],
         expected: "/home/a/.state/tidings/tidings.sqlite"),
        (explicit: nil, env: ["HOME": "/home/a", "TIDINGS_DB": ""], expected: "/home/a/.local/state/tidings/tidings.sqlite"),
    ] as [(explicit: String?, env: [String: String], expected: String)])
    func resolvesInDocumentedOrder(explicit: String?, env: [String: String], expected: String) {
        #expect(DatabaseLocation.resolve(explicit: explicit, environment: env) == expected)
    }
}

@Suite struct SleeperTests {
    @Test func wakeEndsASleepEarly() async {
        let sleeper = Sleeper()
        let start = ContinuousClock.now
        async let slept: Void = sleeper.sleep(until: Date().addingTimeInterval(30))
        try? await Task.sleep(for: .milliseconds(50))
        sleeper.wake()
        await slept
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func aWakeWithNobodySleepingEndsTheNextSleepAtOnce() async {
        let sleeper = Sleeper()
        sleeper.wake()
        let start = ContinuousClock.now
        await sleeper.sleep(until: Date().addingTimeInterval(30))
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func sleepsUntilTheDeadline() async {
        let sleeper = Sleeper()
        let start = ContinuousClock.now
        await sleeper.sleep(until: Date().addingTimeInterval(0.2))
        #expect(ContinuousClock.now - start >= .milliseconds(150))
    }
}
