/// The vocabulary an element belongs to, decided by its namespace URI and never by its prefix.
///
/// Feeds misspell namespace URIs often enough that an exact match loses real data: the content
/// module without its trailing slash, Dublin Core as `…/elements/1.1`, Atom as `…/2005/atom`, the
/// iTunes DTD with capitals, `https` for `http`. URIs are therefore compared after folding case,
/// the scheme and a trailing `/` or `#`.
enum FeedModule: Hashable {
    /// No namespace: RSS 0.9x/2.0, or Atom written without its `xmlns`.
    case none
    /// RSS 1.0, Netscape's RSS 0.90, and the default namespaces some RSS 2.0 feeds invent.
    case rss
    case atom10, atom03, rdf, xhtml
    case dublinCore, dublinCoreTerms, content, media, itunes, syndication, slash, wellFormedWeb
    case feedburner, geoRSS, creativeCommons, admin
    /// Any other namespace, and an undeclared prefix nobody knows.
    case other

    /// The module of an element or attribute. An element with a prefix but no namespace used a
    /// prefix that was never declared and is not a well-known one: it is `other`, not RSS.
    init(namespace: String?, prefix: String?) {
        guard let namespace else {
            self = prefix == nil ? .none : .other
            return
        }
        self = Self.modules[Self.folded(namespace)] ?? .other
    }

    /// True for the namespaces an RSS channel's own elements come in.
    var isRSSCore: Bool { self == .none || self == .rss }

    /// `namespace` lowercased, without `http://`/`https://` and without a trailing `/` or `#`.
    static func folded(_ namespace: String) -> String {
        var text = Substring(namespace.lowercased())
        for scheme in ["http://", "https://"] where text.hasPrefix(scheme) {
            text = text.dropFirst(scheme.count)
        }
        while let last = text.last, last == "/" || last == "#" || last == " " { text = text.dropLast() }
        return String(text)
    }

    private static let modules: [String: FeedModule] = [
        "purl.org/rss/1.0": .rss,
        "my.netscape.com/rdf/simple/0.9": .rss,
        "backend.userland.com/rss2": .rss,
        "blogs.law.harvard.edu/tech/rss": .rss,
        "www.w3.org/2005/atom": .atom10,
        "purl.org/atom/ns": .atom03,
        "www.w3.org/1999/02/22-rdf-syntax-ns": .rdf,
        "www.w3.org/1999/xhtml": .xhtml,
        "purl.org/dc/elements/1.1": .dublinCore,
        "purl.org/dc/terms": .dublinCoreTerms,
        "purl.org/rss/1.0/modules/content": .content,
        "search.yahoo.com/mrss": .media,
        "video.search.yahoo.com/mrss": .media,
        "tools.search.yahoo.com/mrss": .media,
        "www.itunes.com/dtds/podcast-1.0.dtd": .itunes,
        "itunes.com/dtds/podcast-1.0.dtd": .itunes,
        "purl.org/rss/1.0/modules/syndication": .syndication,
        "purl.org/rss/1.0/modules/slash": .slash,
        "wellformedweb.org/commentapi": .wellFormedWeb,
        "rssnamespace.org/feedburner/ext/1.0": .feedburner,
        "www.georss.org/georss": .geoRSS,
        "web.resource.org/cc": .creativeCommons,
        "backend.userland.com/creativecommonsrssmodule": .creativeCommons,
        "creativecommons.org/ns": .creativeCommons,
        "webns.net/mvcb": .admin,
    ]
}

/// An element's name as the parsers match it: module and local name.
struct ElementName: Hashable {
    let module: FeedModule
    let local: String

    init(_ module: FeedModule, _ local: String) {
        self.module = module
        self.local = local
    }
}

/// Resolves elements to `ElementName`s for one document, remembering each namespace URI it has
/// already folded (a document uses a handful, over and over).
struct ModuleResolver {
    private var known: [String: FeedModule] = [:]
    /// The namespace asked about last and its module: runs of elements share one namespace, and the
    /// SAX reader hands the same string over for it each time, so this comparison is one of identity.
    private var last: (namespace: String, module: FeedModule)?

    mutating func name(of element: SAXElement) -> ElementName {
        guard let namespace = element.namespace else {
            return ElementName(FeedModule(namespace: nil, prefix: element.prefix), element.name)
        }
        if let last, last.namespace == namespace { return ElementName(last.module, element.name) }
        if let module = known[namespace] {
            last = (namespace, module)
            return ElementName(module, element.name)
        }
        let module = FeedModule(namespace: namespace, prefix: element.prefix)
        known[namespace] = module
        last = (namespace, module)
        return ElementName(module, element.name)
    }
}
