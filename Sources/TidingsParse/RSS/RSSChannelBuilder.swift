import TidingsModel

/// Collects the channel's header while its children arrive: direct fields, the small containers
/// (`image`, `textInput`, `skipHours`, `skipDays`, `redirect`) and the namespaced modules.
///
/// Relative URLs here resolve against `xml:base`, else the document's URL, as XML prescribes; only
/// item links fall back to the channel's link (`RSSParser.linkBase`), because the channel link may
/// come after the image or text input that would need it.
struct RSSChannelBuilder {
    private(set) var info = FeedInfo()
    private var modules = FeedModules()
    private var nested = RSSNestedFields()
    /// The channel element's own `xml:lang`.
    private var channelLanguage: String?

    /// The channel element opened: RSS 1.0 names it with `rdf:about`.
    mutating func open(_ element: SAXElement) {
        info.id = TextValue.clean(element.attribute("about", namespace: XMLNamespace.rdf))
        channelLanguage = element.ownLanguage
    }

    /// Reads one closed element inside the channel (or, for RSS 1.0's `image` and `textinput`,
    /// beside it). `ancestors` lead from the channel down to the element.
    mutating func read(_ name: ElementName, ancestors: ArraySlice<ElementName>, _ element: SAXElement,
                       text: ElementText) {
        let field = RSSField(name)
        if let parent = ancestors.last.flatMap(RSSField.init), ancestors.count == 1, let field {
            nested.read(field, in: parent, element, text: text.string, into: &info)
        } else if ancestors.isEmpty, let field {
            apply(field, element, text: text)
        } else if field == nil {
            let moduleName = RSSField.moduleName(forStray: name) ?? name
            modules.read(ModuleElement(name: moduleName, ancestors: ancestors, element: element, text: text,
                                       linkBase: element.base), into: &info)
        }
    }

    private mutating func apply(_ field: RSSField, _ element: SAXElement, text content: ElementText) {
        // Only the markup fields read `content` itself; the others want the string.
        var text: String { content.string }
        switch field {
        case .title: info.title = info.title ?? FeedValues.text(content, type: "text", at: element)
        case .link:
            info.link = info.link ?? FeedValues.url(text, base: element.base)
                ?? FeedValues.url(element.attribute("href"), base: element.base)
        case .description: info.subtitle = info.subtitle ?? FeedValues.text(content, type: "html", at: element)
        case .language: info.language = TextValue.clean(text) ?? info.language
        case .copyright: info.rights = info.rights ?? FeedValues.text(content, type: "text", at: element)
        case .pubDate: info.published = info.published ?? FeedValues.date(text)
        case .lastBuildDate: info.updated = FeedValues.date(text) ?? info.updated
        case .ttl:
            // Minutes; a negative or absurd value is no hint.
            if let minutes = FeedValues.wholeNumber(text), minutes >= 0 { info.refreshHints.ttl = minutes }
        case .managingEditor: if let person = RSSPerson.parse(text) { info.authors.append(person) }
        case .webMaster: info.publisher = info.publisher ?? RSSPerson.parse(text)
        case .generator:
            if info.generatorInfo == nil, let name = TextValue.clean(text) {
                info.generatorInfo = Generator(name: name)
            }
        case .docs: info.docs = info.docs ?? FeedValues.url(text, base: element.base)
        case .cloud: info.cloud = info.cloud ?? Self.cloud(element)
        case .category:
            if let category = FeedValues.category(term: text, scheme: element.attribute("domain")) {
                info.categories.append(category)
            }
        case .image, .textInput, .redirect: nested.close(field, into: &info)
        default: break
        }
    }

    /// `<cloud domain="rpc.example.com" port="80" path="/RPC2" registerProcedure="…" protocol="xml-rpc"/>`
    private static func cloud(_ element: SAXElement) -> FeedCloud? {
        let cloud = FeedCloud(domain: TextValue.clean(element.attribute("domain")),
                              port: FeedValues.wholeNumber(element.attribute("port")),
                              path: TextValue.clean(element.attribute("path")),
                              registerProcedure: TextValue.clean(element.attribute("registerProcedure")),
                              protocol: TextValue.clean(element.attribute("protocol")))
        return cloud == FeedCloud() ? nil : cloud
    }

    /// The header with the modules merged in. `rootLanguage` is the root element's `xml:lang`.
    func finish(rootLanguage: String?) -> FeedInfo {
        var finished = info
        modules.finish(&finished, rootLanguage: channelLanguage ?? rootLanguage)
        return finished
    }
}
