import Foundation
import Synchronization
import TidingsFetch

/// Canned responses by URL, and a record of every request the pipeline made.
final class FakeFetcher: FeedFetching {
    enum Answer: Sendable {
        case response(status: Int, headers: [String: String], body: String)
        case failure(FetchError)
        /// Redirects (as libcurl follows them) to another URL of this fetcher.
        case redirect(to: String, status: Int)
    }

    private let answers = Mutex<[String: Answer]>([:])
    private let log = Mutex<[FetchRequest]>([])

    func answer(_ url: String, _ answer: Answer) {
        answers.withLock { $0[url] = answer }
    }

    /// A 200 that also answers 304 when the request carries the same ETag.
    func serve(_ url: String, body: String, etag: String? = nil) {
        var headers = ["content-type": "application/rss+xml"]
        if let etag { headers["etag"] = etag }
        answer(url, .response(status: 200, headers: headers, body: body))
    }

    var requests: [FetchRequest] { log.withLock { $0 } }

    func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        log.withLock { $0.append(request) }
        guard let answer = answers.withLock({ $0[request.url] }) else {
            throw .unresolvedHost(URL(string: request.url)?.host ?? request.url)
        }
        switch answer {
        case .failure(let error):
            throw error
        case .redirect(let target, let status):
            var response = try await fetch(FetchRequest(url: target, etag: request.etag,
                                                        lastModified: request.lastModified))
            response.redirects.insert(.init(status: status, from: request.url, to: target), at: 0)
            response.url = request.url
            return response
        case .response(let status, let headers, let body):
            if let etag = headers["etag"], request.etag == etag {
                return FetchResponse(status: 304, url: request.url, headers: headers)
            }
            return FetchResponse(status: status, url: request.url, effectiveURL: request.url, headers: headers,
                                 body: Array(body.utf8))
        }
    }
}

/// A small RSS 2.0 document: each item is (guid, title, link).
func rssDocument(title: String, items: [(guid: String, title: String, link: String)]) -> String {
    let entries = items.map { item in
        """
        <item><guid isPermaLink="false">\(item.guid)</guid><title>\(item.title)</title>
        <link>\(item.link)</link><description>&lt;p&gt;\(item.title) body.&lt;/p&gt;</description>
        <pubDate>Mon, 03 Mar 2025 12:00:00 GMT</pubDate></item>
        """
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>\(title)</title><link>https://\(title.lowercased()).example/</link>
        <description>News</description>
        \(entries.joined(separator: "\n"))
        </channel></rss>
        """
}
