import FlyingFox
import Foundation

/// FlyingFox's single handler for a `LoopbackServer`: records the request, finds its route and
/// turns the route's answer into a FlyingFox response.
struct LoopbackDispatcher: HTTPHandler {
    let state: Locked<LoopbackServer.State>

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        var headers: [String: String] = [:]
        for (name, value) in request.headers {
            let key = name.rawValue.lowercased()
            headers[key] = headers[key].map { "\($0), \(value)" } ?? value
        }
        let recorded = LoopbackRequest(method: request.method.rawValue, path: request.path,
                                       query: request.target.query(), headers: headers,
                                       client: Self.describe(request.remoteAddress))
        let handler = state.withLock { state in
            state.requests.append(recorded)
            state.inFlight += 1
            state.peakInFlight = max(state.peakInFlight, state.inFlight)
            return state.routes[recorded.path]
        }
        let response = await handler?(recorded)
            ?? LoopbackResponse(status: 404, headers: ["Content-Type": "text/plain"], text: "no route")
        state.withLock { $0.inFlight -= 1 }
        return Self.encode(response)
    }

    private static func encode(_ response: LoopbackResponse) -> HTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in response.headers {
            headers.addValue(value, for: HTTPHeader(name))
        }
        let status = HTTPStatusCode(response.status, phrase: reason(response.status))
        switch response.body {
        case .bytes(let bytes):
            return HTTPResponse(statusCode: status, headers: headers, body: Data(bytes))
        case .trickle(let pieces, let interval):
            let body = HTTPBodySequence(from: TrickleSequence(pieces: pieces, interval: interval),
                                        count: response.byteCount, suggestedBufferSize: 4096)
            return HTTPResponse(statusCode: status, headers: headers, body: body)
        }
    }

    private static func describe(_ address: HTTPRequest.Address?) -> String {
        switch address {
        case .ip4(let host, let port): "\(host):\(port)"
        case .ip6(let host, let port): "[\(host)]:\(port)"
        case .unix(let path): path
        case nil: ""
        }
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 404: "Not Found"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status \(status)"
        }
    }
}
