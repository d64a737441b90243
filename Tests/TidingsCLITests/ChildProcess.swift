import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `tidings` binary. Spawned with posix_spawn and an empty signal mask: a child of a
/// Swift Testing process would otherwise inherit blocked SIGTERM/SIGINT and ignore them.
struct ChildProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let pid: pid_t
    let stdoutPath: String
    let stderrPath: String

    /// The `tidings` executable beside the test bundle.
    static var tidings: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("tidings").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/tidings").path
    }

    /// Starts `tidings arguments…` with `environment` added to this process's.
    init(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tidings-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        stdoutPath = folder.appendingPathComponent("out").path
        stderrPath = folder.appendingPathComponent("err").path
        let stdinPath = folder.appendingPathComponent("in").path
        _ = FileManager.default.createFile(atPath: stdinPath, contents: Data((stdin ?? "").utf8))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGINT, SIGHUP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "NOTIFY_SOCKET")
        merged.removeValue(forKey: "TIDINGS_DB")
        merged.merge(environment) { _, new in new }
        let argv = ([Self.tidings] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, Self.tidings, &actions, &attributes, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .ENOENT) }
        pid = child
    }

    /// Runs to completion (killed after `timeout`) and returns what it printed.
    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
                    timeout: Duration = .seconds(60)) async throws -> Result {
        try await ChildProcess(arguments, environment: environment, stdin: stdin).wait(timeout: timeout)
    }

    func signal(_ number: Int32) { kill(pid, number) }

    /// Waits for exit, at most `timeout`; then kills it (reported as status -9). Polls with
    /// `Task.sleep`, never blocking a thread: the loopback server the child talks to runs on the
    /// same small cooperative pool.
    func wait(timeout: Duration) async -> Result {
        let deadline = ContinuousClock.now + timeout
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if ContinuousClock.now > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                return Result(status: -9, stdout: read(stdoutPath), stderr: read(stderrPath))
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -(status & 0x7f)
        return Result(status: exitStatus, stdout: read(stdoutPath), stderr: read(stderrPath))
    }

    private func read(_ path: String) -> String {
        (FileManager.default.contents(atPath: path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
