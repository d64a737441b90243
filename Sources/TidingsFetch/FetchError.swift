/// Why a fetch produced no response. Each case reads as one sentence for a feed's "last error";
/// HTTP error statuses are not here, they come back as a `FetchResponse`.
package enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL could not be parsed.
    case invalidURL(String)
    /// The URL, or a redirect target, uses a scheme other than http, https (or file for file feeds).
    case unsupportedScheme(String)
    /// DNS found no address for the host.
    case unresolvedHost(String)
    /// Nothing listens on `host:port`.
    case connectionRefused(String)
    /// Connecting to `host:port` failed another way (unreachable network, reset…).
    case couldNotConnect(String, reason: String)
    /// Connecting to `host:port` took longer than the connect timeout.
    case connectTimedOut(String, after: Duration)
    /// The whole transfer took longer than the total timeout.
    case timedOut(after: Duration)
    /// The body arrived slower than the low-speed limit for the low-speed time.
    case tooSlow(bytesPerSecond: Int, seconds: Int)
    /// The server's certificate was rejected.
    case tlsCertificate(String)
    /// The TLS handshake failed for another reason.
    case tlsHandshake(String)
    /// The body, decoded, exceeded the size cap (in bytes).
    case tooLarge(limit: Int)
    /// More redirect hops than allowed.
    case tooManyRedirects(limit: Int)
    /// A file: URL names a file that does not exist or cannot be read.
    case fileNotFound(String)
    /// The server closed the connection without sending a response.
    case emptyReply(String)
    /// The connection closed before the announced body was complete.
    case truncatedBody
    /// The body's Content-Encoding could not be decoded.
    case undecodableBody(String)
    /// Any other libcurl failure, with libcurl's message.
    case transferFailed(String)
    /// The task awaiting the fetch was cancelled.
    case cancelled
    /// The fetcher was shut down before the transfer finished.
    case shutDown

    package var description: String {
        switch self {
        case .invalidURL(let url): "not a valid URL: \(url)"
        case .unsupportedScheme(let url): "unsupported URL scheme: \(url)"
        case .unresolvedHost(let host): "could not resolve host \(host)"
        case .connectionRefused(let address): "connection refused by \(address)"
        case .couldNotConnect(let address, let reason): "could not connect to \(address): \(reason)"
        case .connectTimedOut(let address, let after):
            "could not connect to \(address) within \(after.sentenceSeconds)"
        case .timedOut(let after): "timed out after \(after.sentenceSeconds)"
        case .tooSlow(let rate, let seconds):
            "transfer too slow: under \(rate) bytes/s for \(seconds) s"
        case .tlsCertificate(let detail): "TLS certificate problem: \(detail)"
        case .tlsHandshake(let detail): "TLS handshake failed: \(detail)"
        case .tooLarge(let limit): "response larger than \(Self.size(limit))"
        case .tooManyRedirects(let limit): "too many redirects (more than \(limit))"
        case .fileNotFound(let path): "file not found: \(path)"
        case .emptyReply(let address): "\(address) closed the connection without replying"
        case .truncatedBody: "connection closed before the whole response arrived"
        case .undecodableBody(let detail): "could not decode the compressed response: \(detail)"
        case .transferFailed(let detail): "transfer failed: \(detail)"
        case .cancelled: "fetch cancelled"
        case .shutDown: "fetcher shut down before the transfer finished"
        }
    }

    /// "16 MB", "512 KB", "100 bytes": sizes as people say them (binary multiples).
    private static func size(_ bytes: Int) -> String {
        let mebibyte = 1024 * 1024
        if bytes >= mebibyte, bytes % mebibyte == 0 { return "\(bytes / mebibyte) MB" }
        if bytes >= 1024, bytes % 1024 == 0 { return "\(bytes / 1024) KB" }
        return "\(bytes) bytes"
    }
}
