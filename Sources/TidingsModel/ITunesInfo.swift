/// Apple's podcast tags (`itunes:*`) on a feed or an episode.
package struct ITunesInfo: Sendable, Hashable {
    package var author: String?
    package var subtitle: String?
    package var summary: String?
    /// `itunes:block`: true only for `yes` or `Yes`.
    package var block: Bool?
    /// `itunes:explicit`: true for `yes`/`true`, false for `no`/`clean`/`false`, nil for anything else.
    package var explicit: Bool?
    /// `itunes:duration` as written (`3:00`, `180`).
    package var duration: String?
    /// `itunes:image href`.
    package var image: String?
    package var keywords: [String] = []
    package var categories: [ITunesCategory] = []
    package var owner: Person?

    package init() {}

    /// True when no tag was read.
    package var isEmpty: Bool { self == ITunesInfo() }
}

/// An `itunes:category` with the subcategories nested inside it.
package struct ITunesCategory: Sendable, Hashable {
    package var term: String
    package var subcategories: [String]

    package init(term: String, subcategories: [String] = []) {
        self.term = term
        self.subcategories = subcategories
    }
}
