import TidingsModel

/// The namespaced modules inside one RSS item or Atom entry, whichever format carries them: content,
/// Dublin Core, Media RSS, iTunes, Slash, Well-Formed Web, FeedBurner, GeoRSS, Creative Commons, and
/// `atom:link` inside RSS.
struct EntryModules {
    private var dublinCore = DublinCore()
    private var media = MediaRSSReader()
    private var itunes = ITunesReader()
    /// `feedburner:origLink`: the article's real URL behind FeedBurner's tracking redirect.
    private var originalLink: String?

    /// Reads one closed element of a non-core module somewhere inside the entry.
    mutating func read(_ module: ModuleElement, into entry: inout ParsedEntry) {
        switch module.name.module {
        case .dublinCore, .dublinCoreTerms: dublinCore.read(module)
        case .media: media.read(module)
        case .itunes: itunes.read(module)
        case _ where !module.isDirectChild: break
        case .content where module.name.local == "encoded":
            // An empty `content:encoded` (WordPress writes them) is no content.
            if let text = FeedValues.text(module.content, type: "html", at: module.element) {
                entry.content.append(FeedContent(text: text))
            }
        case .xhtml where module.name.local == "body":
            if let text = FeedValues.text(module.content, type: "xhtml", at: module.element) {
                entry.content.append(FeedContent(text: text))
            }
        case .slash where module.name.local == "comments":
            entry.commentCount = FeedValues.wholeNumber(module.text) ?? entry.commentCount
        case .wellFormedWeb where module.name.local.lowercased() == "commentrss":
            // Written `commentRss` by the spec and `commentRSS` by many feeds.
            entry.commentsFeed = entry.commentsFeed ?? module.url(module.text)
        case .feedburner where module.name.local == "origLink":
            originalLink = originalLink ?? module.url(module.text)
        case .geoRSS:
            entry.location = entry.location ?? GeoRSS.location(module)
        case .creativeCommons where module.name.local == "license":
            entry.license = entry.license ?? FeedValues.resource(module.element, text: module.text,
                                                                 base: module.linkBase)
        case .atom10 where module.name.local == "link", .atom03 where module.name.local == "link":
            guard let link = FeedValues.link(from: module.element) else { break }
            entry.links.append(link)
            if link.rel == "enclosure" {
                entry.enclosures.append(Enclosure(url: link.href, type: link.type,
                                                  length: FeedValues.integer(link.length)))
            }
        default: break
        }
    }

    /// Merges what was collected once the entry has closed.
    func finish(_ entry: inout ParsedEntry) {
        dublinCore.merge(into: &entry)
        entry.media = media.result
        // Media RSS titles and descriptions stand in for missing core ones (YouTube's Atom feed has
        // its video descriptions only in `media:group`).
        entry.title = entry.title ?? entry.media.lazy.compactMap(\.title).first
        entry.summary = entry.summary ?? entry.media.lazy.compactMap(\.description).first
        entry.itunes = itunes.result
        if let originalLink {
            // The FeedBurner proxy link is kept in `links` so nothing is lost.
            if let proxy = entry.link, proxy != originalLink, !entry.links.contains(where: { $0.href == proxy }) {
                entry.links.append(Link(href: proxy))
            }
            entry.link = originalLink
        }
    }
}
