/// The syntax and version a feed document was written in, named as `tidings parse --json` reports it.
package enum FeedFormat: String, Sendable, Hashable, Codable {
    case rss090, rss091n, rss091u, rss092, rss093, rss094, rss20, rss10
    /// RSS whose version could not be told.
    case rss
    case atom01, atom02, atom03, atom10
    /// Atom whose version could not be told.
    case atom
    case cdf, json1, json11
    /// Not a feed, or not recognised.
    case unknown = ""
}
