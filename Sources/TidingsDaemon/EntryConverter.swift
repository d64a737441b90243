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
        // Each entry's text blocks are cut once; what this feed repeats in its items (a footer, a
        // plug) is no evidence of sameness.
        let raw = feed.entries.map {
            StoryText.rawBlocks(summaryHTML: $0.summary?.value, contentHTML: $0.content.first?.text.value)
        }
        let hashes = feed.entries.count >= 3 ? raw.map { $0.map(StoryText.blockHash) } : nil
        let canonicalFeedURL = CanonicalURL.canonicalize(feedURL)
        let boilerplate = hashes.map { StoryText.repeatedBlocks(hashes: $0) } ?? []
        for (index, entry) in feed.entries.enumerated() {
            let itemID = ItemIdentity.itemID(for: entry)
            // A feed that lists the same item twice keeps the first copy.
            guard seen.insert(itemID.rawValue).inserted else { continue }
            let text = StoryText(rawBlocks: raw[index], hashes: hashes?[index], boilerplate: boilerplate)
            items.append(item(from: entry, id: itemID, feedURL: feedURL, canonicalFeedURL: canonicalFeedURL, text: text))
        }
        return items
    }

    static func item(from entry: ParsedEntry, id: ItemID, feedURL: String, canonicalFeedURL: String?? = nil,
                     text: StoryText? = nil) -> IncomingItem {
        // Each link is canonicalised once; the feed's own address once per feed.
        let canonical = entry.link.flatMap(CanonicalURL.canonicalize)
        let feedCanonical = canonicalFeedURL ?? CanonicalURL.canonicalize(feedURL)
        let key = ExactMatcher.key(canonicalLink: canonical, canonicalFeedURL: feedCanonical, feedURL: feedURL,
                                   itemID: id.rawValue)
        let title = entry.title.map(plainText)
        let summary = entry.summary.map(\.value)
        let content = entry.content.first.map(\.text.value)
        let text = text ?? StoryText(summaryHTML: summary, contentHTML: content)
        // A permalink guid that names another page than the link (a FeedBurner proxy link, an
        // outlet's own URL for a wire story) is a second way to recognise the same article.
        var storyKeys = [key.rawValue]
        if entry.idIsPermalink == true, let guid = entry.id, guid.hasPrefix("http") {
            let guidKey = ExactMatcher.key(canonicalLink: CanonicalURL.canonicalize(guid), canonicalFeedURL: feedCanonical,
                                           feedURL: feedURL, itemID: id.rawValue)
            if guidKey.isURLKey, !storyKeys.contains(guidKey.rawValue) { storyKeys.append(guidKey.rawValue) }
        }
        return IncomingItem(
            itemKey: id.rawValue,
            storyKeys: storyKeys,
            storyUID: storyTagPrefix + StableHash.hex(of: key.rawValue),
            guid: entry.id,
            link: entry.link,
            canonicalURL: canonical,
            title: title,
            summary: summary,
            content: content,
            author: entry.authors.compactMap(\.displayName).first,
            publishedAt: entry.published?.instant ?? entry.updated?.instant,
            publishedRaw: (entry.published ?? entry.updated)?.raw,
            updatedAt: entry.updated?.instant,
            fingerprint: Fingerprint(title: title, text: text))
    }

    /// A stored item as ingest would have made it, for `tidings dedup --rebuild`: the same story keys,
    /// story ID and fingerprint (title, summary and content are stored already converted).
    package static func item(from stored: StoredItemText, boilerplate: Set<UInt64>) -> IncomingItem {
        let key = ExactMatcher.key(forLink: stored.link, feedURL: stored.feedURL, itemID: stored.itemKey)
        let text = StoryText(summaryHTML: stored.summary, contentHTML: stored.content, boilerplate: boilerplate)
        return IncomingItem(
            itemKey: stored.itemKey, storyKeys: [key.rawValue],
            storyUID: storyTagPrefix + StableHash.hex(of: key.rawValue), link: stored.link,
            title: stored.title, summary: stored.summary, content: stored.content,
            publishedAt: stored.published.map { Date(timeIntervalSince1970: $0) },
            fingerprint: Fingerprint(title: stored.title, text: text))
    }

    /// Titles are shown and exported as plain text.
    static func plainText(_ text: FeedText) -> String {
        text.isMarkup ? PlainText.fromHTML(text.value) : text.value
    }
}
