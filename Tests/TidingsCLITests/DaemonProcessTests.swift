import Foundation
import Testing
import TidingsTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `tidings run` as systemd runs it: READY after start-up, a refresh, STOPPING and exit 0 on SIGTERM.
@Suite struct DaemonProcessTests {
    @Test func runsUntilSIGTERMSpeakingTheNotifyProtocol() async throws {
        try await CLIEnvironment.with { env in
            let socketPath = env.folder.appendingPathComponent("notify").path
            let socketFD = try bindNotifySocket(at: socketPath)
            defer { close(socketFD) }

            let daemon = try ChildProcess(["run", "--db", env.db, "--opml", env.opml], environment: ["NOTIFY_SOCKET": socketPath])
            let ready = receiveDatagram(socketFD, timeout: 30)
            #expect(ready?.hasPrefix("READY=1") == true, "\(ready ?? "nothing")")

            // Bounded wait for the first pass to be stored for every feed (read through the CLI while
            // the daemon writes: WAL lets both at it).
            let deadline = ContinuousClock.now + .seconds(30)
            var fetched = 0
            while fetched < 3 && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
                let feeds = try await CLIEnvironment.json(env.tidings(["feeds", "--json"]).stdout) as? [[String: Any]]
                fetched = feeds?.filter { $0["last_success"] is String }.count ?? 0
            }
            #expect(fetched == 3)
            #expect(env.server.allRequests.count == 3)

            daemon.signal(SIGTERM)
            let result = await daemon.wait(timeout: .seconds(30))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(receiveDatagram(socketFD, timeout: 5) == "STOPPING=1")

            let listed = try await env.tidings(["list", "--json"])
            let stories = try #require(try CLIEnvironment.json(listed.stdout) as? [Any])
            #expect(stories.count == 5)
        }
    }
}

private func bindNotifySocket(at path: String) throws -> Int32 {
    let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
    let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    guard fd >= 0, bound == 0 else { throw POSIXError(.EADDRINUSE) }
    return fd
}

private func receiveDatagram(_ fd: Int32, timeout: Int) -> String? {
    var timeoutValue = timeval(tv_sec: timeout, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeoutValue, socklen_t(MemoryLayout<timeval>.size))
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = recv(fd, &buffer, buffer.count, 0)
    return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : nil
}
