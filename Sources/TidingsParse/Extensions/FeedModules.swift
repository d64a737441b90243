import TidingsModel

/// The namespaced modules on a channel or an Atom feed: Dublin Core, iTunes, the syndication module's
/// refresh hints, FeedBurner, GeoRSS, Creative Commons, `admin:generatorAgent`, and `atom:link`
/// inside RSS (`self`, `hub`, `next`).
struct FeedModules {
    private var dublinCore = DublinCore()
    private var itunes = ITunesReader()

    /// Reads one closed element of a non-core module somewhere inside the channel or feed.
    mutating func read(_ module: ModuleElement, into info: inout FeedInfo) {
        switch module.name.module {
        case .dublinCore, .dublinCoreTerms: dublinCore.read(module)
        case .itunes: itunes.read(module)
        case _ where !module.isDirectChild: break
        case .syndication: Self.readSyndication(module, into: &info.refreshHints)
        case .feedburner where module.name.local == "browserFriendly":
            info.info = info.info ?? FeedValues.text(module.text, type: "text", at: module.element)
        case .geoRSS:
            info.location = info.location ?? GeoRSS.location(module)
        case .creativeCommons where module.name.local == "license":
            info.license = info.license ?? FeedValues.resource(module.element, text: module.text,
                                                               base: module.linkBase)
        case .admin where module.name.local == "generatorAgent":
            if info.generatorInfo == nil,
               let uri = FeedValues.resource(module.element, text: "", base: module.linkBase) {
                info.generatorInfo = Generator(uri: uri)
            }
        case .atom10 where module.name.local == "link", .atom03 where module.name.local == "link":
            if let link = FeedValues.link(from: module.element) { info.links.append(link) }
        default: break
        }
    }

    /// `sy:updatePeriod`, `sy:updateFrequency` and `sy:updateBase` (RSS 1.0's syndication module).
    private static func readSyndication(_ module: ModuleElement, into hints: inout RefreshHints) {
        switch module.name.local {
        case "updatePeriod":
            hints.updatePeriod = TextValue.clean(module.text).flatMap { UpdatePeriod(rawValue: $0.lowercased()) }
                ?? hints.updatePeriod
        case "updateFrequency":
            // A frequency below 1 means nothing; the scheduler would divide by it.
            if let frequency = FeedValues.wholeNumber(module.text), frequency > 0 { hints.updateFrequency = frequency }
        case "updateBase":
            hints.updateBase = FeedValues.date(module.text) ?? hints.updateBase
        default: break
        }
    }

    /// Merges what was collected. `rootLanguage` (the `xml:lang` of the root or channel element)
    /// ranks below the core `<language>` and `dc:language`.
    func finish(_ info: inout FeedInfo, rootLanguage: String?) {
        dublinCore.merge(into: &info)
        info.language = info.language ?? dublinCore.declaredLanguage ?? rootLanguage
        info.itunes = itunes.result
        info.newLocation = info.newLocation ?? itunes.newFeedURL
    }
}
