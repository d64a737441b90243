import TidingsModel

/// The children of the channel's small containers, read as they close and turned into values when
/// the container closes: `image`, `textInput` (RSS 1.0: `textinput`), `skipHours`, `skipDays` and
/// `<redirect><newLocation>`.
struct RSSNestedFields {
    private var image: [RSSField: String] = [:]
    private var textInput: [RSSField: String] = [:]

    mutating func read(_ field: RSSField, in container: RSSField, _ element: SAXElement, text: String,
                       into info: inout FeedInfo) {
        switch container {
        case .image:
            let value = [.url, .link].contains(field) ? FeedValues.url(text, base: element.base) : TextValue.clean(text)
            if image[field] == nil { image[field] = value }
        case .textInput:
            let value = field == .link ? FeedValues.url(text, base: element.base) : TextValue.clean(text)
            if textInput[field] == nil { textInput[field] = value }
        case .skipHours where field == .hour:
            // Hours run 0–23; some feeds count 1–24, so 24 means midnight.
            guard let hour = FeedValues.wholeNumber(text), (0...24).contains(hour) else { return }
            let normalised = hour % 24
            if !info.refreshHints.skipHours.contains(normalised) {
                info.refreshHints.skipHours = (info.refreshHints.skipHours + [normalised]).sorted()
            }
        case .skipDays where field == .day:
            guard let day = Self.weekday(text), !info.refreshHints.skipDays.contains(day) else { return }
            info.refreshHints.skipDays = (info.refreshHints.skipDays + [day]).sorted()
        case .redirect where field == .newLocation:
            info.newLocation = info.newLocation ?? FeedValues.url(text, base: element.base)
        default: break
        }
    }

    /// The container closed: the first `image` with a URL and the first non-empty `textInput` are
    /// kept. RSS 1.0's channel holds only `<image rdf:resource="…"/>`, a pointer with no children;
    /// the real image follows the channel.
    mutating func close(_ container: RSSField, into info: inout FeedInfo) {
        switch container {
        case .image:
            if info.image == nil, let url = image[.url] {
                info.image = FeedImage(url: url, title: image[.title], link: image[.link],
                                       width: image[.width].flatMap(FeedValues.wholeNumber),
                                       height: image[.height].flatMap(FeedValues.wholeNumber),
                                       description: image[.description])
            }
            image = [:]
        case .textInput:
            let input = TextInput(title: textInput[.title], description: textInput[.description],
                                  name: textInput[.name], link: textInput[.link])
            if info.textInput == nil, input != TextInput() { info.textInput = input }
            textInput = [:]
        default: break
        }
    }

    /// `Monday`, `monday`, `Mon`: the English day names `skipDays` uses.
    private static func weekday(_ text: String) -> Weekday? {
        guard let word = TextValue.clean(text)?.lowercased(), word.count >= 3 else { return nil }
        return Weekday.allCases.first { $0.name.lowercased().hasPrefix(word) || word.hasPrefix($0.name.lowercased()) }
    }
}
