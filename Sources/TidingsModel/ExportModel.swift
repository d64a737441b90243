import Foundation

/// What an aggregated feed export is made of: one entry per story, with every feed that carried it.
package struct ExportDocument: Sendable, Hashable {
    package var title: String
    /// A stable URI naming this aggregated feed (Atom `id`).
    package var id: String
    /// Where the exported feed will be served, if known (Atom `rel=self`).
    package var selfURL: String?
    /// When the export was made; used as the feed's `updated`.
    package var generated: Date
    package var stories: [ExportStory]

    package init(title: String, id: String, selfURL: String? = nil, generated: Date, stories: [ExportStory]) {
        self.title = title
        self.id = id
        self.selfURL = selfURL
        self.generated = generated
        self.stories = stories
    }
}

/// One story in an export.
package struct ExportStory: Sendable, Hashable {
    /// A stable, globally unique ID (a `tag:` URI) that does not change across exports.
    package var id: String
    package var title: String
    package var link: String?
    package var published: Date?
    package var updated: Date?
    /// Sanitised HTML of the best copy's content or summary.
    package var html: String?
    /// Plain-text summary, when known.
    package var summary: String?
    package var authors: [String]
    /// Every feed that carried the story, the primary copy first.
    package var sources: [ExportSource]

    package init(id: String, title: String, link: String? = nil, published: Date? = nil,
                 updated: Date? = nil, html: String? = nil, summary: String? = nil,
                 authors: [String] = [], sources: [ExportSource] = []) {
        self.id = id
        self.title = title
        self.link = link
        self.published = published
        self.updated = updated
        self.html = html
        self.summary = summary
        self.authors = authors
        self.sources = sources
    }
}

/// One copy of a story: which feed ran it, and where.
package struct ExportSource: Sendable, Hashable {
    package var feedTitle: String
    package var feedURL: String
    /// The feed's home page, when known.
    package var siteURL: String?
    /// The copy's own link.
    package var itemLink: String?
    package var itemTitle: String?

    package init(feedTitle: String, feedURL: String, siteURL: String? = nil, itemLink: String? = nil,
                 itemTitle: String? = nil) {
        self.feedTitle = feedTitle
        self.feedURL = feedURL
        self.siteURL = siteURL
        self.itemLink = itemLink
        self.itemTitle = itemTitle
    }
}
