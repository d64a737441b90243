// TidingsDedup: which story does a new item join? Pure and deterministic: no I/O, no clock.
//
// Public surface: `ExactMatcher.key(forLink:feedURL:itemID:)` → `StoryKey`, and `CanonicalURL`.
// Near-duplicate matching: `StoryText`, `Fingerprint`, `NearMatcher`, `DedupRules` (Docs/dedup.md).

/// Exact deduplication: items whose links canonicalise to the same URL are one story.
package enum ExactMatcher {
    /// The story key for one item.
    ///
    /// `url:` plus the canonical link when the item has an http(s) link that names an article.
    /// Otherwise a key no other feed can produce: `item:`, the feed URL, a space, and the item ID —
    /// so an item without a usable link is a story of its own. Spaces in the feed URL are written
    /// `%20`, which keeps the first space an unambiguous separator.
    ///
    /// A link is not used when it is the bare home page of a site (`https://example.com/`) or the
    /// feed's own address: feeds that put one of those in every item would otherwise merge all their
    /// items, and everyone else's pointing there, into one story.
    package static func key(forLink link: String?, feedURL: String, itemID: String) -> StoryKey {
        key(canonicalLink: link.flatMap(CanonicalURL.canonicalize), canonicalFeedURL: CanonicalURL.canonicalize(feedURL),
            feedURL: feedURL, itemID: itemID)
    }

    /// The same from links already canonicalised (a feed's items share one `canonicalFeedURL`).
    package static func key(canonicalLink: String?, canonicalFeedURL: String?, feedURL: String,
                            itemID: String) -> StoryKey {
        if let canonical = canonicalLink, !isSiteRoot(canonical), canonical != canonicalFeedURL {
            return StoryKey(rawValue: StoryKey.urlPrefix + canonical)
        }
        let feed = feedURL.replacingSpaces
        return StoryKey(rawValue: StoryKey.itemPrefix + feed + " " + itemID)
    }

    /// True for `scheme://host[:port]/` with no path and no query.
    private static func isSiteRoot(_ canonical: String) -> Bool {
        // A canonical URL always starts `http://` or `https://`.
        let authorityAndRest = canonical.drop { $0 != ":" }.dropFirst(3)
        return authorityAndRest.drop { $0 != "/" } == "/"
    }
}

private extension String {
    var replacingSpaces: String {
        guard contains(" ") else { return self }
        return split(separator: " ", omittingEmptySubsequences: false).joined(separator: "%20")
    }
}
