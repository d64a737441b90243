import TidingsModel

/// RSS 0.90, 0.91, 0.92–0.94, 1.0 (RDF) and 2.0: the channel's and each item's elements mapped onto
/// the shared model.
///
/// Only children of `<channel>` and `<item>` count, so `<image><title>` never becomes the feed's
/// title. Items are found inside the channel (RSS 0.9x/2.0) or beside it (RSS 0.90 and 1.0, whose
/// `image` and `textinput` sit beside the channel too).
final class RSSParser: FeedFormatParser {
    // One document, one thread, one SAX event at a time, and no method calls back into another: no
    // two accesses to this state can overlap, so the run-time exclusivity checks are left out.
    @exclusivity(unchecked) private var feed: ParsedFeed
    @exclusivity(unchecked) private var path = ElementPath()
    @exclusivity(unchecked) private var channel = RSSChannelBuilder()
    @exclusivity(unchecked) private var channelDepth: Int?
    /// RSS 1.0 closes the channel before its items: only children of the open channel are channel
    /// fields.
    @exclusivity(unchecked) private var channelIsOpen = false
    @exclusivity(unchecked) private var item: RSSItemBuilder?
    /// The root's `xml:lang`, the last resort for the feed's language.
    private let rootLanguage: String?

    init?(root: SAXElement, doctypePublicID: String?, documentURL: String?) {
        let module = FeedModule(namespace: root.namespace, prefix: root.prefix)
        let format: FeedFormat
        if root.name == "rss", module.isRSSCore {
            format = RSSVersion.format(version: root.attribute("version"), doctypePublicID: doctypePublicID)
        } else if root.name == "RDF", module == .rdf {
            // RSS 0.90 is told apart by its namespace when the channel arrives.
            format = .rss10
        } else if root.name == "channel", module.isRSSCore {
            // A bare `<channel>` without its `<rss>` wrapper: RSS of no stated version.
            format = .rss
        } else {
            return nil
        }
        feed = ParsedFeed(format: format)
        rootLanguage = root.ownLanguage
    }

    var result: ParsedFeed {
        var finished = feed
        finished.info = channel.finish(rootLanguage: rootLanguage)
        // A truncated document may end inside an item: what was read of it is kept.
        if let item { finished.entries.append(item.finish(linkBase: nil)) }
        return finished
    }

    func didStart(_ element: SAXElement, depth: Int) -> ChildContent {
        let name = path.push(element, depth: depth)
        if feed.format == .rss10, element.namespace == XMLNamespace.rss090 { feed.format = .rss090 }
        let field = RSSField(name)
        if field == .channel, channelDepth == nil, item == nil {
            channelDepth = depth
            channelIsOpen = true
            channel.open(element)
        } else if field == .item, item == nil {
            item = RSSItemBuilder(item: element, depth: depth)
        }
        // Text fields anywhere below the root may hold markup; containers report their children.
        return depth > 0 && field != .channel && field != .item ? RSSField.childContent(for: name, element) : .elements
    }

    func didEnd(_ element: SAXElement, text: ElementText, depth: Int) {
        let name = path.pop(element, depth: depth)
        // The open item is changed in place: a copy taken out and stored back would copy the entry's
        // arrays on every field.
        if let itemDepth = item?.depth, depth >= itemDepth {
            if depth == itemDepth {
                feed.entries.append(item!.finish(linkBase: linkBase(for: element)))
                item = nil
            } else {
                let base = linkBase(for: element)
                item!.read(name, ancestors: path.ancestors(below: itemDepth), element, text: text, linkBase: base)
            }
        } else if channelIsOpen, let channelDepth, depth >= channelDepth {
            if depth == channelDepth {
                channelIsOpen = false
            } else {
                channel.read(name, ancestors: path.ancestors(below: channelDepth), element, text: text)
            }
        } else if depth >= 1, Self.isBesideChannel(name, ancestors: path.ancestors(below: 0)) {
            channel.read(name, ancestors: path.ancestors(below: 0), element, text: text)
        }
    }

    /// RSS 0.90 and 1.0 put the channel's `image` and `textinput` beside it, under the root.
    private static func isBesideChannel(_ name: ElementName, ancestors: ArraySlice<ElementName>) -> Bool {
        guard let container = RSSField(ancestors.first ?? name) else { return false }
        return container == .image || container == .textInput
    }

    /// Relative item links resolve against an explicit `xml:base`, else the channel's link, else the
    /// document URL.
    private func linkBase(for element: SAXElement) -> String? {
        element.hasExplicitBase ? element.base : (channel.info.link ?? element.base)
    }
}
