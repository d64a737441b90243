/// The final response of a transfer, whatever its status: a 404 or 503 is an answer the daemon
/// interprets, not a failure of the fetch.
package struct FetchResponse: Sendable, Equatable {
    /// One redirect hop that was followed.
    package struct Redirect: Sendable, Hashable {
        /// 301, 302, 303, 307 or 308; a subscription moves only after permanent ones (301, 308).
        package var status: Int
        /// The URL that answered with the redirect.
        package var from: String
        /// The URL it pointed to.
        package var to: String

        package init(status: Int, from: String, to: String) {
            self.status = status
            self.from = from
            self.to = to
        }
    }

    /// HTTP status of the last response; 200 for a file that was read.
    package var status: Int
    /// The URL that was requested.
    package var url: String
    /// The URL that gave the final response, after redirects.
    package var effectiveURL: String
    /// Redirect hops in order; empty when the first response was final.
    package var redirects: [Redirect]
    /// Headers of the final response only, names lower-cased; repeated headers are joined with ", ".
    package var headers: [String: String]
    /// The body after content decoding (gzip, deflate, br, zstd).
    package var body: [UInt8]
    /// Time libcurl spent on the transfer, redirects included.
    package var elapsed: Duration

    package init(
        status: Int, url: String, effectiveURL: String? = nil, redirects: [Redirect] = [],
        headers: [String: String] = [:], body: [UInt8] = [], elapsed: Duration = .zero
    ) {
        self.status = status
        self.url = url
        self.effectiveURL = effectiveURL ?? url
        self.redirects = redirects
        self.headers = headers
        self.body = body
        self.elapsed = elapsed
    }

    /// The `ETag` validator to send next time.
    package var etag: String? { headers["etag"] }
    /// The `Last-Modified` validator to send next time.
    package var lastModified: String? { headers["last-modified"] }
    /// The declared media type with its parameters, e.g. `application/rss+xml; charset=utf-8`.
    package var contentType: String? { headers["content-type"] }
}
