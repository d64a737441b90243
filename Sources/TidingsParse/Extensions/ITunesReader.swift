import TidingsModel

/// Apple's podcast tags (`itunes:*`) on a channel or an episode.
///
/// `itunes:block` and `itunes:explicit` are matched exactly as written, case and whitespace
/// included (PARSE-JSON.md): podcast directories treat ` yes ` or `YES` as not set, so Tidings does too.
struct ITunesReader {
    private(set) var info = ITunesInfo()
    /// Subcategories read inside the `itunes:category` that has not closed yet.
    private var subcategories: [String] = []
    /// `itunes:new-feed-url`: the podcast moved.
    private(set) var newFeedURL: String?

    mutating func read(_ module: ModuleElement) {
        let text = module.text
        let ownerName = ElementName(.itunes, "owner")
        switch module.name.local {
        case "name" where module.parent == ownerName:
            var owner = info.owner ?? Person()
            owner.name = owner.name ?? TextValue.clean(text)
            info.owner = owner
        case "email" where module.parent == ownerName:
            var owner = info.owner ?? Person()
            owner.email = owner.email ?? TextValue.clean(text)
            info.owner = owner
        case "category":
            readCategory(module)
        case _ where !module.isDirectChild:
            break
        case "author": info.author = info.author ?? TextValue.clean(text)
        case "subtitle": info.subtitle = info.subtitle ?? TextValue.clean(text)
        case "summary": info.summary = info.summary ?? TextValue.clean(text)
        case "block": info.block = text == "yes" || text == "Yes"
        case "explicit":
            switch text {
            case "yes", "true": info.explicit = true
            case "no", "clean", "false": info.explicit = false
            default: info.explicit = nil
            }
        case "duration": info.duration = info.duration ?? TextValue.clean(text)
        case "image": info.image = info.image ?? module.url(module.attribute("href") ?? text)
        case "link" where module.attribute("rel") == "image":
            info.image = info.image ?? module.url(module.attribute("href"))
        case "keywords": info.keywords += FeedValues.commaList(text)
        case "new-feed-url": newFeedURL = newFeedURL ?? module.url(text)
        default: break
        }
    }

    /// `<itunes:category text="Technology"><itunes:category text="Gadgets"/></itunes:category>`: the
    /// inner element closes first, so its name waits until the outer one closes.
    private mutating func readCategory(_ module: ModuleElement) {
        guard let term = module.attribute("text") ?? TextValue.clean(module.text) else { return }
        if module.parent == ElementName(.itunes, "category") {
            subcategories.append(term)
        } else {
            info.categories.append(ITunesCategory(term: term, subcategories: subcategories))
            subcategories = []
        }
    }

    /// The tags read, or nil when there were none.
    var result: ITunesInfo? {
        info.isEmpty ? nil : info
    }
}
