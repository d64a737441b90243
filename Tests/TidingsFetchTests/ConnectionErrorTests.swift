import Foundation
import Testing
import TidingsFetch
import TidingsTestSupport

@Suite struct ConnectionErrorTests {
    @Test func closedPortIsConnectionRefused() async throws {
        // A socket bound but never listening: connecting is refused, and while it is held no other
        // test's server can be given the same port (a stopped server's port could be).
        let held = try BoundPort()
        defer { held.close() }
        let address = "127.0.0.1:\(held.port)"

        let fetcher = Fetcher(configuration: .testing)
        let error = await fetchError(fetcher, FetchRequest(url: "http://\(address)/feed.xml"))
        #expect(error == .connectionRefused(address))
        #expect(error?.description == "connection refused by \(address)")
    }

    @Test func otherSchemesAreRefusedWithoutConnecting() async {
        let fetcher = Fetcher(configuration: .testing)
        let error = await fetchError(fetcher, FetchRequest(url: "ftp://127.0.0.1/feed.xml"))
        #expect(error == .unsupportedScheme("ftp://127.0.0.1/feed.xml"))
    }

    @Test func malformedURLIsNamed() async {
        let fetcher = Fetcher(configuration: .testing)
        let error = await fetchError(fetcher, FetchRequest(url: "http://"))
        #expect(error == .invalidURL("http://"))
        #expect(error?.description == "not a valid URL: http://")
    }
}

/// A loopback TCP port bound by this process without listening on it.
struct BoundPort {
    let descriptor: Int32
    let port: UInt16

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard descriptor >= 0, bound else { throw POSIXError(.EADDRNOTAVAIL) }
        self.descriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    func close() { _ = Glibc.close(descriptor) }
}
