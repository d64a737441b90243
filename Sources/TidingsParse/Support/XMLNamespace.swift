/// Namespace URIs the parsers match on. Elements are recognised by URI, never by prefix; `FeedModule`
/// folds the variant spellings found in real feeds onto these.
enum XMLNamespace {
    static let xml = "http://www.w3.org/XML/1998/namespace"
    static let xhtml = "http://www.w3.org/1999/xhtml"
    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let media = "http://search.yahoo.com/mrss/"
    static let itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd"
    static let syndication = "http://purl.org/rss/1.0/modules/syndication/"
    static let slash = "http://purl.org/rss/1.0/modules/slash/"
    static let wellFormedWeb = "http://wellformedweb.org/CommentAPI/"
    static let feedburner = "http://rssnamespace.org/feedburner/ext/1.0"
    static let geoRSS = "http://www.georss.org/georss"

    /// Default namespaces some RSS 2.0 feeds declare although RSS 2.0 has none.
    static let rss20Variants: Set<String> = [
        "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss",
    ]

    /// The namespace a commonly used prefix stands for, when a feed uses the prefix without declaring
    /// it (`<dc:creator>` with no `xmlns:dc`): liberal in, and the feed is still flagged bozo.
    static func forUndeclaredPrefix(_ prefix: String) -> String? {
        switch prefix {
        case "dc": dublinCore
        case "dcterms": dublinCoreTerms
        case "content": content
        case "atom": atom10
        case "rdf": rdf
        case "xhtml": xhtml
        case "media": media
        case "itunes": itunes
        case "sy": syndication
        case "slash": slash
        case "wfw": wellFormedWeb
        case "feedburner": feedburner
        case "georss": geoRSS
        default: nil
        }
    }
}
