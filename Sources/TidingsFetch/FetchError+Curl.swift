import CLibCurl
import Foundation

extension FetchError {
    /// Names a failed transfer in terms of what the user can act on: the host, the limit that was
    /// hit, the file that is missing. libcurl's own message fills in the rest.
    init(_ code: CURLcode, easy: CurlEasy, request: FetchRequest, configuration: FetchConfiguration,
         bodyLimitExceeded: Bool) {
        // After redirects the failing URL may not be the requested one.
        let url = easy.info(string: CURLINFO_EFFECTIVE_URL) ?? request.url
        let detail = easy.message(for: code)
        switch code {
        case CURLE_UNSUPPORTED_PROTOCOL:
            self = .unsupportedScheme(easy.info(string: CURLINFO_REDIRECT_URL) ?? url)
        case CURLE_URL_MALFORMAT:
            self = .invalidURL(request.url)
        case CURLE_COULDNT_RESOLVE_HOST:
            self = .unresolvedHost(Self.host(of: url))
        case CURLE_COULDNT_CONNECT:
            self = easy.info(long: CURLINFO_OS_ERRNO) == Int(ECONNREFUSED)
                ? .connectionRefused(Self.address(of: url))
                : .couldNotConnect(Self.address(of: url), reason: detail)
        case CURLE_OPERATION_TIMEDOUT:
            self = Self.timeout(easy: easy, url: url, detail: detail, configuration: configuration)
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CACERT_BADFILE,
             CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            self = .tlsCertificate(detail)
        case CURLE_SSL_CONNECT_ERROR, CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_CIPHER,
             CURLE_USE_SSL_FAILED, CURLE_SSL_CRL_BADFILE, CURLE_SSL_SHUTDOWN_FAILED:
            self = .tlsHandshake(detail)
        case CURLE_FILESIZE_EXCEEDED:
            self = .tooLarge(limit: configuration.maxBodyBytes)
        case CURLE_WRITE_ERROR where bodyLimitExceeded:
            self = .tooLarge(limit: configuration.maxBodyBytes)
        case CURLE_TOO_MANY_REDIRECTS:
            self = .tooManyRedirects(limit: configuration.maxRedirects)
        case CURLE_FILE_COULDNT_READ_FILE:
            self = .fileNotFound(URL(string: request.url)?.path ?? request.url)
        case CURLE_GOT_NOTHING:
            self = .emptyReply(Self.address(of: url))
        case CURLE_PARTIAL_FILE:
            self = .truncatedBody
        case CURLE_BAD_CONTENT_ENCODING:
            self = .undecodableBody(detail)
        default:
            self = .transferFailed(detail)
        }
    }

    /// libcurl reports three different limits with the same code; its message tells them apart
    /// ("Operation too slow", "Connection timed out after", "Operation timed out after"). The
    /// connect time is no witness: it reads 0 on a reused connection too.
    private static func timeout(easy: CurlEasy, url: String, detail: String,
                                configuration: FetchConfiguration) -> FetchError {
        if detail.hasPrefix("Operation too slow") {
            return .tooSlow(bytesPerSecond: configuration.lowSpeedLimit,
                            seconds: configuration.lowSpeedTime.curlSeconds)
        }
        if detail.hasPrefix("Connection timed out") {
            return .connectTimedOut(address(of: url), after: configuration.connectTimeout)
        }
        return .timedOut(after: configuration.totalTimeout)
    }

    private static func host(of url: String) -> String {
        URLComponents(string: url)?.host ?? url
    }

    /// `host:port`, with the scheme's default port when the URL names none.
    private static func address(of url: String) -> String {
        guard let parts = URLComponents(string: url), let host = parts.host else { return url }
        let port = parts.port ?? (parts.scheme?.lowercased() == "https" ? 443 : 80)
        return "\(host):\(port)"
    }
}
