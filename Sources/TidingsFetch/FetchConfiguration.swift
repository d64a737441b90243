/// Limits and identity for every transfer a `Fetcher` runs. The defaults suit a feed reader polling
/// a few hundred feeds: generous enough for slow blogs, tight enough that one bad host cannot stall
/// a refresh round.
package struct FetchConfiguration: Sendable, Equatable {
    /// Transfers running at once; further requests wait in a queue.
    package var maxConcurrent: Int
    /// Open connections to one host at once (politeness towards a host serving many feeds).
    package var maxConnectionsPerHost: Int
    /// Time allowed to resolve the host and connect (TCP and TLS).
    package var connectTimeout: Duration
    /// Time allowed for the whole transfer, redirects included.
    package var totalTimeout: Duration
    /// Largest decoded body accepted; a larger one aborts the transfer rather than truncating it.
    package var maxBodyBytes: Int
    /// Redirect hops followed before giving up.
    package var maxRedirects: Int
    /// Sent as `User-Agent`; names the project so feed owners can find who is polling them.
    package var userAgent: String
    /// A transfer slower than this many bytes per second for `lowSpeedTime` is aborted, so a server
    /// that trickles bytes cannot hold a slot until `totalTimeout`.
    package var lowSpeedLimit: Int
    /// How long a transfer may stay under `lowSpeedLimit`; libcurl counts it in whole seconds.
    package var lowSpeedTime: Duration

    package init(
        maxConcurrent: Int = 64,
        maxConnectionsPerHost: Int = 4,
        connectTimeout: Duration = .seconds(10),
        totalTimeout: Duration = .seconds(30),
        maxBodyBytes: Int = 16 * 1024 * 1024,
        maxRedirects: Int = 8,
        userAgent: String = "Tidings/0.1 (+https://github.com/tidings-reader/tidings)",
        lowSpeedLimit: Int = 256,
        lowSpeedTime: Duration = .seconds(15)
    ) {
        self.maxConcurrent = max(1, maxConcurrent)
        self.maxConnectionsPerHost = max(1, maxConnectionsPerHost)
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBodyBytes = max(0, maxBodyBytes)
        self.maxRedirects = max(0, maxRedirects)
        self.userAgent = userAgent
        self.lowSpeedLimit = max(0, lowSpeedLimit)
        self.lowSpeedTime = lowSpeedTime
    }
}

extension Duration {
    /// Whole milliseconds, at least 1 so a tiny positive timeout never turns into libcurl's "no limit" (0).
    var curlMilliseconds: Int {
        let (seconds, attoseconds) = components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    /// Whole seconds rounded up, at least 1, for options libcurl counts in seconds.
    var curlSeconds: Int {
        (curlMilliseconds + 999) / 1000
    }

    /// "30 s", "1.5 s": how error sentences state a limit.
    var sentenceSeconds: String {
        let milliseconds = curlMilliseconds
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        let tenths = (milliseconds + 50) / 100
        return "\(tenths / 10).\(tenths % 10) s"
    }
}
