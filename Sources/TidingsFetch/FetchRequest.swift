/// What to fetch, with the validators from the previous successful fetch of the same feed.
package struct FetchRequest: Sendable, Hashable {
    /// An http, https or file URL.
    package var url: String
    /// The previous response's `ETag`, sent back verbatim as `If-None-Match`.
    package var etag: String?
    /// The previous response's `Last-Modified`, sent back verbatim as `If-Modified-Since`.
    package var lastModified: String?

    package init(url: String, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }
}
