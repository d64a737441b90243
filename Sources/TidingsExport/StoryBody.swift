import TidingsModel

/// What an export shows as the body of one story, worked out once so all three formats agree.
struct StoryBody {
    /// The story's HTML with the "Also in" paragraph appended. When the story has no HTML but other
    /// sources need crediting, its summary (escaped, in a paragraph) stands in for the HTML.
    /// Nil when there is neither HTML nor anyone to credit.
    let html: String?
    /// The plain-text summary, when the story has a non-blank one.
    let summary: String?

    init(_ story: ExportStory) {
        let summary = story.summary.flatMap { $0.trimmingWhitespace.isEmpty ? nil : $0 }
        let attribution = SourceAttribution.alsoInParagraph(for: story)
        self.summary = summary
        if let html = story.html {
            self.html = html + (attribution ?? "")
        } else if let attribution {
            self.html = (summary.map { "<p>\(XMLEscaper.text($0))</p>" } ?? "") + attribution
        } else {
            self.html = nil
        }
    }
}
