/// What a loopback route answers: a status, headers and a body sent at once or in timed pieces.
package struct LoopbackResponse: Sendable {
    package enum Body: Sendable {
        /// Sent whole, with `Content-Length`.
        case bytes([UInt8])
        /// Sent piece by piece with `interval` between pieces; `Content-Length` announces the total.
        case trickle([[UInt8]], interval: Duration)
    }

    package var status: Int
    /// Header names as given; the server adds `Content-Length` itself.
    package var headers: [String: String]
    package var body: Body

    package init(status: Int = 200, headers: [String: String] = [:], body: Body = .bytes([])) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    package init(status: Int = 200, headers: [String: String] = [:], text: String) {
        self.init(status: status, headers: headers, body: .bytes(Array(text.utf8)))
    }

    /// A 200 carrying a feed document.
    package static func feed(_ text: String, contentType: String = "application/rss+xml; charset=utf-8")
        -> LoopbackResponse {
        LoopbackResponse(headers: ["Content-Type": contentType], text: text)
    }

    /// A redirect to `location` (absolute, or relative to the request's URL).
    package static func redirect(to location: String, status: Int = 301) -> LoopbackResponse {
        LoopbackResponse(status: status, headers: ["Location": location])
    }

    /// `body` gzip-encoded with `Content-Encoding: gzip`, as a server compressing on the fly sends it.
    package static func gzip(_ body: [UInt8], contentType: String = "application/rss+xml")
        -> LoopbackResponse {
        LoopbackResponse(headers: ["Content-Encoding": "gzip", "Content-Type": contentType],
                         body: .bytes(Gzip.stored(body)))
    }

    /// `body` cut into `pieces` nearly equal parts sent `interval` apart.
    package static func trickle(_ body: [UInt8], pieces: Int, interval: Duration,
                                contentType: String = "application/rss+xml") -> LoopbackResponse {
        let size = max(1, (body.count + max(1, pieces) - 1) / max(1, pieces))
        let parts = stride(from: 0, to: body.count, by: size).map {
            Array(body[$0..<min(body.count, $0 + size)])
        }
        return LoopbackResponse(headers: ["Content-Type": contentType],
                                body: .trickle(parts, interval: interval))
    }

    /// The body's length in bytes.
    var byteCount: Int {
        switch body {
        case .bytes(let bytes): bytes.count
        case .trickle(let pieces, _): pieces.reduce(0) { $0 + $1.count }
        }
    }
}
