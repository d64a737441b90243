#if canImport(Glibc)
import Glibc
#endif

/// Speaks the systemd notify protocol (`sd_notify`): one datagram per state change to the socket
/// named by `$NOTIFY_SOCKET`. Does nothing when that variable is unset (not run by systemd).
package struct SystemdNotifier: Sendable {
    private let socketPath: String?

    package init(environment: [String: String]) {
        let path = environment["NOTIFY_SOCKET"]
        socketPath = (path?.isEmpty ?? true) ? nil : path
    }

    /// Start-up is done: systemd reports the unit active.
    package func ready(status: String? = nil) { send("READY=1" + (status.map { "\nSTATUS=\($0)" } ?? "")) }
    /// Shutdown has begun.
    package func stopping() { send("STOPPING=1") }
    /// A free-form status line shown by `systemctl status`.
    package func status(_ text: String) { send("STATUS=\(text)") }

    /// Sends one message; returns false when it could not be delivered.
    @discardableResult
    package func send(_ message: String) -> Bool {
        guard let socketPath else { return false }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var pathBytes = Array(socketPath.utf8)
        // A leading '@' names a socket in the abstract namespace, spelled with a NUL byte.
        if pathBytes.first == UInt8(ascii: "@") { pathBytes[0] = 0 }
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard pathBytes.count < capacity else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: pathBytes)
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + pathBytes.count)
        let sent = Array(message.utf8).withUnsafeBytes { payload in
            withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                    sendto(fd, payload.baseAddress, payload.count, Int32(MSG_NOSIGNAL), socketAddress, length)
                }
            }
        }
        return sent == message.utf8.count
    }
}
