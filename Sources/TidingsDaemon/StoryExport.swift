import Foundation
import TidingsModel
import TidingsStore

/// Builds the aggregated feed's content from stored stories: one entry per story, the copy that
/// started it as the primary source, every other copy attributed.
package enum StoryExport {
    package static func document(from stories: [StoryListing], title: String, selfURL: String?,
                                 generated: Date) -> ExportDocument {
        ExportDocument(
            title: title, id: "tag:tidings.invalid,2026:export", selfURL: selfURL, generated: generated,
            stories: stories.map(story(from:)))
    }

    static func story(from listing: StoryListing) -> ExportStory {
        let primary = listing.copies.first
        // The richest copy's body: full content beats a summary.
        let body = listing.copies.lazy.compactMap { $0.content }.first
            ?? listing.copies.lazy.compactMap { $0.summary }.first
        let updated = listing.copies.compactMap(\.published).max()
        return ExportStory(
            id: listing.uid,
            title: listing.title ?? primary?.title ?? "(untitled)",
            link: listing.link ?? primary?.link,
            published: listing.published,
            updated: updated.flatMap { $0 > (listing.published ?? .distantPast) ? $0 : nil },
            html: body,
            summary: nil,
            authors: primary?.author.map { [$0] } ?? [],
            sources: listing.copies.map { copy in
                ExportSource(feedTitle: copy.feedTitle, feedURL: copy.feedURL, siteURL: copy.siteURL,
                             itemLink: copy.link, itemTitle: copy.title)
            })
    }
}
