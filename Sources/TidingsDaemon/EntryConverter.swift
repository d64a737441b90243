import Foundation
import TidingsDedup
import TidingsModel
import TidingsParse
import TidingsStore

/// Turns parsed entries into items ready to store: identity within the feed, the story keys they may
/// join, and the fields the store keeps. Pure: no I/O, no clock.
package enum EntryConverter {
    /// The prefix of every story's export ID (a `tag:` URI, RFC 4151).
    package static let storyTagPrefix = "tag:tidings.invalid,2026:story/"

    package static func items(from feed: ParsedFeed, feedURL: String) -> [IncomingItem] {
        var seen = Set<String>()
        var items: [IncomingItem] = []
        for entry in feed.entries {
            let itemID = ItemIdentity.itemID(for: entry)
            // A feed that lists the same item twice keeps the first copy.
            guard seen.insert(itemID.rawValue).inserted else { continue }
            items.append(item(from: entry, id: itemID, feedURL: feedURL))
        }
        return items
    }

    static func item(from entry: ParsedEntry, id: ItemID, feedURL: String) -> IncomingItem {
        let canonical = entry.link.flatMap(CanonicalURL.canonicalize)
        let key = ExactMatcher.key(forLink: entry.link, feedURL: feedURL, itemID: id.rawValue)
        return IncomingItem(
            itemKey: id.rawValue,
            storyKeys: [key.rawValue],
            storyUID: storyTagPrefix + StableHash.hex(of: key.rawValue),
            guid: entry.id,
            link: entry.link,
            canonicalURL: canonical,
            title: entry.title.map(plainText),
            summary: entry.summary.map(\.value),
            content: entry.content.first.map(\.text.value),
            author: entry.authors.compactMap(\.displayName).first,
            publishedAt: entry.published?.instant ?? entry.updated?.instant,
            publishedRaw: (entry.published ?? entry.updated)?.raw,
            updatedAt: entry.updated?.instant)
    }

    /// Titles are shown and exported as plain text.
    static func plainText(_ text: FeedText) -> String {
        text.isMarkup ? PlainText.fromHTML(text.value) : text.value
    }
}
