import Foundation
import TidingsModel

/// A story as listed: its headline copy and every copy the feeds carried.
package struct StoryListing: Sendable, Hashable {
    package var id: StoryID
    package var uid: String
    package var title: String?
    package var link: String?
    package var published: Date?
    package var firstSeen: Date
    package var read: Bool
    package var starred: Bool
    /// Every copy, the one that started the story first.
    package var copies: [StoryCopy]

    package init(id: StoryID, uid: String, title: String?, link: String?, published: Date?, firstSeen: Date,
                 read: Bool, starred: Bool, copies: [StoryCopy]) {
        self.id = id
        self.uid = uid
        self.title = title
        self.link = link
        self.published = published
        self.firstSeen = firstSeen
        self.read = read
        self.starred = starred
        self.copies = copies
    }
}

/// One feed's copy of a story.
package struct StoryCopy: Sendable, Hashable {
    package var id: Int64
    package var feedID: Int64
    package var feedURL: String
    package var feedTitle: String
    package var siteURL: String?
    package var guid: String?
    package var link: String?
    package var title: String?
    package var published: Date?
    package var summary: String?
    package var content: String?
    package var author: String?

    package init(id: Int64, feedID: Int64, feedURL: String, feedTitle: String, siteURL: String?, guid: String?,
                 link: String?, title: String?, published: Date?, summary: String?, content: String?,
                 author: String?) {
        self.id = id
        self.feedID = feedID
        self.feedURL = feedURL
        self.feedTitle = feedTitle
        self.siteURL = siteURL
        self.guid = guid
        self.link = link
        self.title = title
        self.published = published
        self.summary = summary
        self.content = content
        self.author = author
    }
}

/// Which stories to list.
package struct StoryQuery: Sendable, Hashable {
    package var unreadOnly: Bool
    package var starredOnly: Bool
    /// Only stories with a copy in this feed.
    package var feedID: Int64?
    package var limit: Int?

    package init(unreadOnly: Bool = true, starredOnly: Bool = false, feedID: Int64? = nil, limit: Int? = nil) {
        self.unreadOnly = unreadOnly
        self.starredOnly = starredOnly
        self.feedID = feedID
        self.limit = limit
    }
}
