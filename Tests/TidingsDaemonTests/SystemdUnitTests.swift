import Foundation
import Testing

/// The shipped unit file: what it promises, and that systemd itself accepts it without a warning.
@Suite struct SystemdUnitTests {
    private static let unitURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("systemd/tidings.service")

    private static let analyzer: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        .split(separator: ":")
        .map { "\($0)/systemd-analyze" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    private static let hardeningKeys = [
        "Protect", "Private", "Restrict", "NoNewPrivileges", "LockPersonality", "MemoryDenyWriteExecute",
        "SystemCallArchitectures", "SystemCallFilter", "CapabilityBoundingSet", "UMask", "ReadOnlyPaths",
    ]

    private static func unitLines() throws -> [String] {
        try String(contentsOf: unitURL, encoding: .utf8).components(separatedBy: "\n")
    }

    @Test func unitRunsTheDaemonAsSystemdExpects() throws {
        let lines = Set(try Self.unitLines())
        for expected in [
            "Type=notify", "DynamicUser=yes", "StateDirectory=tidings",
            "ExecStart=/usr/local/bin/tidings run --opml /etc/tidings/feeds.opml",
            "ExecReload=/bin/kill -HUP $MAINPID", "Restart=on-failure", "TimeoutStopSec=30",
            "ProtectSystem=strict", "CapabilityBoundingSet=", "WantedBy=multi-user.target",
        ] {
            #expect(lines.contains(expected), "missing \(expected)")
        }
    }

    @Test func everyHardeningOptionSaysWhy() throws {
        let lines = try Self.unitLines()
        var checked = 0
        for (index, line) in lines.enumerated() where Self.hardeningKeys.contains(where: line.hasPrefix) {
            #expect(index > 0 && lines[index - 1].hasPrefix("#"), "\(line) has no comment above it")
            checked += 1
        }
        #expect(checked >= 15)
    }

    /// `verify` exits 0 on unknown keys and bad values and only prints a warning, so the output must
    /// be empty too. It exits 1 when ExecStart's binary is missing: the copy points at /bin/true.
    @Test(.enabled(if: analyzer != nil, "systemd-analyze is not on PATH"))
    func systemdAnalyzeVerifiesTheUnitSilently() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tidings-unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = try Self.unitLines().map {
            $0.hasPrefix("ExecStart=") ? "ExecStart=/bin/true run --opml /etc/tidings/feeds.opml" : $0
        }
        let unit = folder.appendingPathComponent("tidings.service")
        try copy.joined(separator: "\n").write(to: unit, atomically: true, encoding: .utf8)

        let result = try Self.run(try #require(Self.analyzer), ["verify", unit.path], logIn: folder)
        #expect(result.status == 0)
        #expect(result.output.isEmpty, "systemd-analyze said: \(result.output)")
    }

    /// Runs a program to completion with a bounded wait. A child of a Swift Testing process inherits
    /// blocked SIGTERM, so a hung child is killed with SIGKILL rather than asked to stop.
    private static func run(_ executable: String, _ arguments: [String], logIn folder: URL) throws
        -> (status: Int32, output: String)
    {
        let log = folder.appendingPathComponent("output.txt")
        try Data().write(to: log)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("\(executable) did not finish within 60 s")
        }
        while process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        return (process.terminationStatus, try String(contentsOf: log, encoding: .utf8))
    }
}
