/// One sentence for an HTTP status that did not bring a feed.
enum HTTPStatusText {
    static func sentence(for status: Int) -> String {
        let reason: String? = switch status {
        case 400: "bad request"
        case 401: "authentication required"
        case 403: "forbidden"
        case 404: "not found"
        case 410: "gone"
        case 429: "too many requests"
        case 500: "internal server error"
        case 502: "bad gateway"
        case 503: "service unavailable"
        case 504: "gateway timeout"
        default: nil
        }
        return reason.map { "HTTP \(status) (\($0))" } ?? "HTTP \(status)"
    }
}
