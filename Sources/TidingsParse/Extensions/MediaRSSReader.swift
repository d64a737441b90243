import TidingsModel

/// Media RSS (`media:*`, Yahoo's module that YouTube, Flickr and podcast hosts use) inside one item.
///
/// Elements may sit directly in the item, in a `media:group` (renditions of one object) or in a
/// `media:content`; those inside a content element describe it, and are folded into the item's or
/// the group's `MediaInfo`, which is the shape `parse --json` reports.
struct MediaRSSReader {
    /// Finished values in document order: one per group, and one for loose elements.
    private var values: [MediaInfo] = []
    /// Where the item's loose elements go in `values`, once there was one.
    private var looseIndex: Int?
    /// The `media:group` being read.
    private var group: MediaInfo?

    /// The Media RSS default for a `media:category` without a scheme.
    static let defaultCategoryScheme = "http://search.yahoo.com/mrss/category_schema"

    mutating func read(_ module: ModuleElement) {
        if module.name.local == "group" {
            if let group, !group.isEmpty { values.append(group) }
            group = nil
            return
        }
        if module.isInside("group", of: .media) {
            // Filled in place: a copy stored back would copy the group's arrays on every element.
            if group == nil { group = MediaInfo() }
            Self.apply(module, to: &group!)
        } else {
            let index = looseIndex ?? values.count
            if looseIndex == nil {
                looseIndex = index
                values.append(MediaInfo())
            }
            Self.apply(module, to: &values[index])
        }
    }

    /// Everything read, a group left open by a truncated document included.
    var result: [MediaInfo] {
        var finished = values.filter { !$0.isEmpty }
        if let group, !group.isEmpty { finished.append(group) }
        return finished
    }

    private static func apply(_ module: ModuleElement, to media: inout MediaInfo) {
        var text: String { module.text }
        switch module.name.local {
        case "content":
            let content = MediaElements.content(module)
            if content != MediaContent() { media.contents.append(content) }
        case "thumbnail":
            if let url = module.url(module.attribute("url")) {
                media.thumbnails.append(MediaThumbnail(
                    url: url, width: FeedValues.wholeNumber(module.attribute("width")),
                    height: FeedValues.wholeNumber(module.attribute("height")), time: module.attribute("time")))
            }
        case "title": media.title = media.title ?? MediaElements.text(module)
        case "description": media.description = media.description ?? MediaElements.text(module)
        case "credit":
            if let name = TextValue.clean(text) {
                media.credits.append(MediaCredit(role: module.attribute("role"), scheme: module.attribute("scheme"),
                                                 name: name))
            }
        case "category":
            let scheme = module.attribute("scheme") ?? defaultCategoryScheme
            if let category = FeedValues.category(term: text, scheme: scheme, label: module.attribute("label")) {
                media.categories.append(category)
            }
        case "keywords": media.keywords += FeedValues.commaList(text)
        case "player":
            if media.player == nil, let url = module.url(module.attribute("url")) {
                media.player = MediaPlayer(url: url, width: FeedValues.wholeNumber(module.attribute("width")),
                                           height: FeedValues.wholeNumber(module.attribute("height")))
            }
        case "rating":
            if media.rating == nil, let value = TextValue.clean(text) {
                media.rating = MediaRating(scheme: module.attribute("scheme"), value: value)
            }
        case "restriction":
            media.restriction = media.restriction ?? MediaRestriction(
                relationship: module.attribute("relationship"), type: module.attribute("type"),
                values: text.split(whereSeparator: \.isWhitespace).map(String.init))
        case "license":
            let license = MediaLicense(type: module.attribute("type"), href: module.url(module.attribute("href")),
                                       value: TextValue.clean(text))
            if media.license == nil, license != MediaLicense() { media.license = license }
        default: break
        }
    }
}
