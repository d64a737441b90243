/// The exact-match key the store looks stories up by: two items with equal keys are one story.
///
/// Stored as text, so the spelling is part of the database format: changing how keys are built
/// splits stories that were joined before. Built only by `ExactMatcher`.
package struct StoryKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The stored text: `url:<canonical URL>` or `item:<feed URL> <item ID>`.
    package let rawValue: String

    /// Wraps a key read back from the store.
    package init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// True for a key built from the item's link, which other feeds' items can share.
    package var isURLKey: Bool { rawValue.hasPrefix(Self.urlPrefix) }

    package var description: String { rawValue }

    package static func < (lhs: StoryKey, rhs: StoryKey) -> Bool { lhs.rawValue < rhs.rawValue }

    static let urlPrefix = "url:"
    static let itemPrefix = "item:"
}
