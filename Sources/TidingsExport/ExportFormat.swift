/// The feed formats an export can be written in; the raw value is the name users type.
package enum ExportFormat: String, CaseIterable, Sendable {
    /// Atom 1.0 (RFC 4287).
    case atom
    /// RSS 2.0.
    case rss
    /// JSON Feed 1.1.
    case json

    /// The media type to serve the rendered bytes with.
    package var contentType: String {
        switch self {
        case .atom: "application/atom+xml; charset=utf-8"
        case .rss: "application/rss+xml; charset=utf-8"
        case .json: "application/feed+json; charset=utf-8"
        }
    }

    /// The usual file name extension, without the dot.
    package var fileExtension: String {
        switch self {
        case .atom: "atom"
        case .rss: "rss"
        case .json: "json"
        }
    }
}
