import TidingsModel

/// Collects one RSS `<item>` while its children arrive.
struct RSSItemBuilder {
    /// The depth of the `<item>` element; its fields are one level below.
    let depth: Int
    private var entry = ParsedEntry()
    /// `dc:date`/`dcterms:issued`, used only when the item has no `pubDate`.
    private var fallbackPublished: FeedDate?

    init(item: SAXElement, depth: Int) {
        self.depth = depth
        // RSS 1.0 names each item with rdf:about, usually its link.
        entry.id = TextValue.clean(item.attribute("about", namespace: XMLNamespace.rdf))
        entry.language = item.ownLanguage
    }

    /// Reads one direct child of the item. `linkBase` is what relative links resolve against.
    mutating func apply(_ field: RSSField, _ element: SAXElement, text: String, linkBase: String?) {
        switch field {
        case .title: entry.title = entry.title ?? FeedValues.text(text, type: "text", at: element)
        case .dcTitle: entry.title = entry.title ?? FeedValues.text(text, type: "text", at: element)
        case .link: entry.link = entry.link ?? FeedValues.url(text, base: linkBase)
        case .description: entry.summary = FeedValues.text(text, type: "html", at: element) ?? entry.summary
        case .dcDescription: entry.summary = entry.summary ?? FeedValues.text(text, type: "html", at: element)
        case .contentEncoded, .xhtmlBody:
            // An empty `content:encoded` (common in WordPress feeds) is no content.
            let type = field == .xhtmlBody ? "xhtml" : "html"
            if let content = FeedValues.text(text, type: type, at: element) {
                entry.content.append(FeedContent(text: content))
            }
        case .guid:
            entry.id = TextValue.clean(text) ?? entry.id
            let permalink = TextValue.clean(element.attribute("isPermaLink"))?.lowercased()
            entry.idIsPermalink = permalink == nil || permalink == "true"
        case .author, .dcCreator:
            if let person = RSSPerson.parse(text) { entry.authors.append(person) }
        case .pubDate: entry.published = FeedValues.date(text) ?? entry.published
        case .dcDate, .termsIssued: fallbackPublished = fallbackPublished ?? FeedValues.date(text)
        case .termsModified: entry.updated = FeedValues.date(text) ?? entry.updated
        case .category:
            if let category = FeedValues.category(term: text, scheme: element.attribute("domain")) {
                entry.categories.append(category)
            }
        case .dcSubject:
            if let category = FeedValues.category(term: text, scheme: nil) { entry.categories.append(category) }
        case .enclosure:
            if let url = FeedValues.url(element.attribute("url"), base: linkBase) {
                entry.enclosures.append(Enclosure(url: url, type: TextValue.clean(element.attribute("type")),
                                                  length: FeedValues.integer(element.attribute("length"))))
            }
        case .comments: entry.comments = FeedValues.url(text, base: linkBase)
        case .source:
            entry.source = EntrySource(url: FeedValues.url(element.attribute("url"), base: element.base),
                                       title: TextValue.clean(text))
        case .atomLink:
            if let link = FeedValues.link(from: element) { entry.links.append(link) }
        case .language, .dcLanguage: entry.language = TextValue.clean(text) ?? entry.language
        case .copyright, .dcRights: entry.rights = FeedValues.text(text, type: "text", at: element) ?? entry.rights
        case .lastBuildDate, .ttl, .managingEditor, .generator, .channel, .item: break
        }
    }

    /// The finished entry. A permalink guid stands in for a missing `<link>` (only when it is an
    /// absolute URL: `isPermaLink` is often left at its default on guids like `post-123`).
    func finish(linkBase: String?) -> ParsedEntry {
        var finished = entry
        finished.published = finished.published ?? fallbackPublished
        if finished.link == nil, finished.idIsPermalink == true, let guid = finished.id,
           URLResolver.hasScheme(guid), guid.contains("://") {
            finished.link = URLResolver.resolve(guid, against: linkBase)
        }
        return finished
    }
}
