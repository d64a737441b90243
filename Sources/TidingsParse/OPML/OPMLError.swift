/// Why an OPML file could not be read or edited, as one sentence a person can act on.
///
/// The file is named in every case because `feeds.opml` is edited by hand: "feeds.opml is not
/// well-formed XML, line 12: …" tells the user where to look.
package enum OPMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes are readable but are something else (an HTML page, an RSS feed, nothing at all).
    case notOPML(file: String, reason: String)
    /// The XML is broken; `line` is where libxml2 gave up, when it said.
    case malformed(file: String, line: Int?, message: String)
    /// The document was read but could not be written back.
    case unwritable(file: String, reason: String)

    package var description: String {
        switch self {
        case let .notOPML(file, reason):
            return "\(file) is not OPML: \(reason)"
        case let .malformed(file, line?, message):
            return "\(file) is not well-formed XML, line \(line): \(message)"
        case let .malformed(file, nil, message):
            return "\(file) is not well-formed XML: \(message)"
        case let .unwritable(file, reason):
            return "\(file) could not be written back: \(reason)"
        }
    }
}
