import TidingsModel

/// Dublin Core (`dc:*`) and DCMI terms (`dcterms:*`) on a channel or an item.
///
/// They are fallbacks: a feed carrying both `<title>` and `<dc:title>`, or `<pubDate>` and
/// `dcterms:issued`, means the core element. So values are collected while the container is read and
/// merged when it closes, whatever order they came in. People and subjects add to the core lists.
struct DublinCore {
    private var title: FeedText?
    private var description: FeedText?
    private var rights: FeedText?
    private var language: String?
    private var creators: [Person] = []
    private var contributors: [Person] = []
    private var publisher: Person?
    private var subjects: [Category] = []
    /// `dc:date` and `dcterms:modified`, the first given.
    private var updated: FeedDate?
    private var issued: FeedDate?
    private var created: FeedDate?

    /// Reads one direct child of the channel or item in the `dc` or `dcterms` module. DCMI terms
    /// repeat the fifteen `dc` elements, so both modules share one table.
    mutating func read(_ module: ModuleElement) {
        guard module.isDirectChild else { return }
        let element = module.element
        var text: String { module.text }
        switch module.name.local {
        case "title": title = title ?? FeedValues.text(module.content, type: "text", at: element)
        case "description", "abstract":
            // RSS 1.0 feeds put the same escaped HTML here as RSS 2.0 puts in `description`.
            description = description ?? FeedValues.text(module.content, type: "html", at: element)
        case "rights": rights = rights ?? FeedValues.text(module.content, type: "text", at: element)
        case "language": language = language ?? TextValue.clean(text)
        case "creator", "author": FeedValues.person(text).map { creators.append($0) }
        case "contributor": FeedValues.person(text).map { contributors.append($0) }
        case "publisher": publisher = publisher ?? FeedValues.person(text)
        case "subject": FeedValues.category(term: text, scheme: nil).map { subjects.append($0) }
        case "date", "modified": updated = updated ?? FeedValues.date(text)
        case "issued": issued = issued ?? FeedValues.date(text)
        case "created": created = created ?? FeedValues.date(text)
        default: break
        }
    }

    /// Fills what the item's core elements left empty.
    func merge(into entry: inout ParsedEntry) {
        entry.title = entry.title ?? title
        entry.summary = entry.summary ?? description
        entry.rights = entry.rights ?? rights
        entry.language = entry.language ?? language
        entry.authors = FeedValues.appending(creators, to: entry.authors)
        entry.contributors = FeedValues.appending(contributors, to: entry.contributors)
        entry.publisher = entry.publisher ?? publisher
        entry.categories += subjects
        entry.updated = entry.updated ?? updated
        entry.published = entry.published ?? issued
        entry.created = entry.created ?? created
    }

    /// Fills what the channel's core elements left empty. `language` is left to the caller (see
    /// `declaredLanguage`): it ranks below the core `<language>` but above the root's `xml:lang`.
    func merge(into info: inout FeedInfo) {
        info.title = info.title ?? title
        info.subtitle = info.subtitle ?? description
        info.rights = info.rights ?? rights
        info.authors = FeedValues.appending(creators, to: info.authors)
        info.contributors = FeedValues.appending(contributors, to: info.contributors)
        info.publisher = info.publisher ?? publisher
        info.categories += subjects
        info.updated = info.updated ?? updated
        info.published = info.published ?? issued
        info.created = info.created ?? created
    }

    /// `dc:language`, for the caller to rank against the core element and `xml:lang`.
    var declaredLanguage: String? { language }
}
