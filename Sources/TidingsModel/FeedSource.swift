/// A subscription as `feeds.opml` lists it.
package struct FeedSource: Sendable, Hashable {
    /// The feed's URL (http, https or file).
    package var url: String
    package var title: String?
    /// The site's home page (`htmlUrl`).
    package var htmlURL: String?
    /// The outline folder path the feed sits in, outermost first; empty at top level.
    package var folder: [String]

    package init(url: String, title: String? = nil, htmlURL: String? = nil, folder: [String] = []) {
        self.url = url
        self.title = title
        self.htmlURL = htmlURL
        self.folder = folder
    }
}
