/// Ready-made routes for the situations feed fetching meets most.
extension LoopbackServer {
    /// A feed that honours conditional GET: 304 when the request's `If-None-Match` names `etag`, or
    /// (without `If-None-Match`) when `If-Modified-Since` equals `lastModified` byte for byte, as
    /// a client echoing the stored validator sends it; otherwise 200 with the body.
    package func routeConditionalFeed(
        _ path: String, body: String, etag: String, lastModified: String,
        contentType: String = "application/rss+xml; charset=utf-8"
    ) {
        route(path) { request in
            let validators = ["ETag": etag, "Last-Modified": lastModified]
            let notModified: Bool
            if let tags = request.header("If-None-Match") {
                notModified = tags.split(separator: ",").contains {
                    let tag = $0.trimmingSpaces
                    return tag == etag || tag == "*"
                }
            } else {
                notModified = request.header("If-Modified-Since") == lastModified
            }
            if notModified { return LoopbackResponse(status: 304, headers: validators) }
            var response = LoopbackResponse.feed(body, contentType: contentType)
            response.headers.merge(validators) { _, new in new }
            return response
        }
    }

    /// `path` redirects to `location` with `status`.
    package func routeRedirect(_ path: String, to location: String, status: Int = 301) {
        route(path) { _ in .redirect(to: location, status: status) }
    }

    /// `path` answers `response` only after `delay`, like an overloaded server. The wait ends early
    /// when the server stops.
    package func routeSlow(_ path: String, delay: Duration, response: LoopbackResponse) {
        route(path) { _ in
            try? await Task.sleep(for: delay)
            return response
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}
