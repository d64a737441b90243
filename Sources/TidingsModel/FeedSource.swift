import Foundation

/// A subscription as `feeds.opml` lists it.
package struct FeedSource: Sendable, Hashable {
    /// The feed's URL (http, https or file).
    package var url: String
    package var title: String?
    /// The site's home page (`htmlUrl`).
    package var htmlURL: String?
    /// The outline folder path the feed sits in, outermost first; empty at top level.
    package var folder: [String]
    /// The user's fixed interval between checks (the outline's `refreshEvery`, e.g. `30m`), which
    /// wins over every schedule hint; nil lets the schedule decide.
    package var checkEvery: TimeInterval?

    package init(url: String, title: String? = nil, htmlURL: String? = nil, folder: [String] = [],
                 checkEvery: TimeInterval? = nil) {
        self.url = url
        self.title = title
        self.htmlURL = htmlURL
        self.folder = folder
        self.checkEvery = checkEvery
    }

    /// The outline attribute that holds `checkEvery`.
    package static let checkEveryAttribute = "refreshEvery"
}
