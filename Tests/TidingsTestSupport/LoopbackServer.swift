import FlyingFox
import FlyingSocks
import Foundation

/// An HTTP/1.1 server on 127.0.0.1 with an ephemeral port, for tests that need a real peer.
///
/// Routes are closures keyed by exact path; unknown paths get a 404. Every request is recorded so a
/// test can assert what the client sent, and the number of requests being handled at once is
/// tracked. FlyingFox does the HTTP; this type adds the recording and a simple, synchronous
/// route table usable from any test target.
///
/// ```swift
/// let server = LoopbackServer()
/// try await server.start()
/// server.route("/a.xml") { _ in .feed("<rss/>") }
/// … fetch server.url("/a.xml") …
/// await server.stop()
/// ```
package final class LoopbackServer: Sendable {
    /// Answers one request; runs on the server's connection task.
    package typealias Handler = @Sendable (LoopbackRequest) async -> LoopbackResponse

    struct State {
        var routes: [String: Handler] = [:]
        var requests: [LoopbackRequest] = []
        var inFlight = 0
        var peakInFlight = 0
        var port: UInt16?
        var runTask: Task<Void, Never>?
    }

    private let state = Locked(State())
    private let server: HTTPServer

    package init() {
        var address = sockaddr_in.inet(port: 0)  // port 0: the kernel picks a free one
        address.sin_addr.s_addr = in_addr_t(0x7f00_0001).bigEndian  // 127.0.0.1
        server = HTTPServer(address: address, timeout: 60, logger: .disabled,
                            handler: LoopbackDispatcher(state: state))
    }

    /// Starts listening; returns once connections are accepted (or throws within 5 s).
    package func start() async throws {
        let server = server
        // run() returns when the server stops; its error then says only that.
        let task = Task { _ = try? await server.run() }
        state.withLock { $0.runTask = task }
        try await server.waitUntilListening(timeout: 5)
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            throw SocketError.unsupportedAddress
        }
        state.withLock { $0.port = port }
    }

    /// Closes the listening socket and every connection; handlers still running are cancelled
    /// after a short grace period.
    package func stop() async {
        await server.stop(timeout: 0.5)
        let task = state.withLock { state in
            defer { state.runTask = nil }
            return state.runTask
        }
        task?.cancel()
        await task?.value
    }

    /// `http://127.0.0.1:<port>`; valid after `start()`.
    package var baseURL: String {
        guard let port = state.withLock({ $0.port }) else {
            preconditionFailure("LoopbackServer.baseURL read before start()")
        }
        return "http://127.0.0.1:\(port)"
    }

    /// The absolute URL of `path` on this server.
    package func url(_ path: String) -> String {
        baseURL + path
    }

    /// Serves `path` (exact match, query ignored) with `handler`, replacing an earlier route.
    package func route(_ path: String, _ handler: @escaping Handler) {
        state.withLock { $0.routes[path] = handler }
    }

    /// Requests received so far for `path`, oldest first.
    package func requests(for path: String) -> [LoopbackRequest] {
        state.withLock { $0.requests.filter { $0.path == path } }
    }

    /// Every request received so far, oldest first.
    package var allRequests: [LoopbackRequest] {
        state.withLock { $0.requests }
    }

    /// How many distinct client connections the requests so far arrived on.
    package var connectionCount: Int {
        state.withLock { Set($0.requests.map(\.client)).count }
    }

    /// The most requests whose handler was running at the same moment.
    package var peakConcurrentRequests: Int {
        state.withLock { $0.peakInFlight }
    }
}

extension LoopbackServer {
    /// Runs `body` with a started server and stops the server afterwards, also when `body` throws.
    package static func serving<T>(_ body: (LoopbackServer) async throws -> T) async throws -> T {
        let server = LoopbackServer()
        try await server.start()
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}
