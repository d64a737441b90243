import TidingsModel

/// How an exported story credits the feeds that carried it.
enum SourceAttribution {
    /// An HTML paragraph naming every copy after the primary one —
    /// `<p>Also in: <a href="…">Feed title</a>, …</p>` — or nil when the story had one source or none.
    ///
    /// The result is HTML, so titles and links are escaped here once; the XML writers escape the
    /// whole paragraph again as element text, as they do the rest of the content.
    static func alsoInParagraph(for story: ExportStory) -> String? {
        let others = story.sources.dropFirst()
        guard !others.isEmpty else { return nil }
        let names = others.map { source in
            let title = XMLEscaper.text(displayTitle(of: source))
            guard let href = webLink(source.itemLink) ?? webLink(source.siteURL) else { return title }
            return "<a href=\"\(XMLEscaper.attribute(href))\">\(title)</a>"
        }
        return "<p>Also in: " + names.joined(separator: ", ") + "</p>"
    }

    /// The name a reader sees for a source: its title, or its URL when the feed had no title.
    static func displayTitle(of source: ExportSource) -> String {
        let title = source.feedTitle.trimmingWhitespace
        return title.isEmpty ? source.feedURL : title
    }

    /// `link` when it is an http(s) URL, else nil.
    ///
    /// Item links come straight from other people's feeds; a `javascript:` or `data:` link copied
    /// into an exported `href` would run in whatever reader shows the export.
    static func webLink(_ link: String?) -> String? {
        guard let link = link?.trimmingWhitespace, !link.isEmpty else { return nil }
        let lowered = link.prefix(8).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") ? link : nil
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
