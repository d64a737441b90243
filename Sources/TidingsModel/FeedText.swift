/// A title, summary, rights line or similar: the text and how to read it.
package struct FeedText: Sendable, Hashable {
    /// `text`, `html`, `xhtml`, or another media type for Atom content.
    package var type: String
    /// Plain text for `text`; markup for `html` and `xhtml` (already decoded once).
    package var value: String
    /// The effective `xml:lang`.
    package var language: String?
    /// The effective `xml:base`, absolute.
    package var base: String?

    package init(type: String = "text", value: String, language: String? = nil, base: String? = nil) {
        self.type = type
        self.value = value
        self.language = language
        self.base = base
    }

    package static func plain(_ value: String) -> FeedText { FeedText(type: "text", value: value) }
    package static func html(_ value: String) -> FeedText { FeedText(type: "html", value: value) }

    /// True when `value` is markup rather than plain text.
    package var isMarkup: Bool { type == "html" || type == "xhtml" || type.hasSuffix("html") }
}

/// Entry content: a text construct, or a pointer to content held elsewhere (Atom `src`).
package struct FeedContent: Sendable, Hashable {
    package var text: FeedText
    package var src: String?

    package init(text: FeedText, src: String? = nil) {
        self.text = text
        self.src = src
    }
}
