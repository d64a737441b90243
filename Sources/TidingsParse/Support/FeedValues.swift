import TidingsModel

/// Model values built from an element and its text, normalised once (DESIGN convention 3): trimmed,
/// empty is nil, URLs absolute, dates parsed.
enum FeedValues {
    /// A text construct carrying the element's effective `xml:lang` and `xml:base`.
    static func text(_ value: String, type: String, at element: SAXElement) -> FeedText? {
        // Plain text that still holds character references was escaped twice (`&amp;amp;`,
        // `&amp;lt;b&amp;gt;`, `<![CDATA[Don&#8217;t]]>`): the author meant the characters, so they are
        // decoded once more and the title reads `&`, `<b>`, `’`.
        let value = type == "text" ? HTMLEntities.decode(value) : value
        guard let cleaned = TextValue.clean(value) else { return nil }
        return markup(cleaned, type: type, language: element.language, base: element.base)
    }

    /// The same for an element's text as the SAX reader hands it over. Captured markup of an HTML type
    /// goes to the sanitiser as the bytes it is, without a `String` in between, whenever trimming it
    /// on bytes is sure to agree with `TextValue` (its first and last non-blank bytes are ASCII) and it
    /// is valid UTF-8 (so the string would have been those very bytes; the sanitiser checks as it
    /// reads).
    static func text(_ value: ElementText, type: String, at element: SAXElement) -> FeedText? {
        guard isMarkup(type), let utf8 = value.capturedUTF8 else {
            return text(value.string, type: type, at: element)
        }
        let sanitized: String?? = utf8.withUnsafeBufferPointer { bytes in
            guard let trimmed = TextValue.trimmedASCIIEdges(bytes) else { return .some(nil) }
            guard !trimmed.isEmpty else { return nil }
            return .some(HTMLSanitizer.sanitize(utf8: UnsafeBufferPointer(rebasing: trimmed), baseURL: element.base))
        }
        switch sanitized {
        case nil:
            // Nothing but blanks.
            return nil
        case .some(nil):
            return text(value.string, type: type, at: element)
        case .some(let html?):
            return html.isEmpty ? nil : FeedText(type: type, value: html, language: element.language, base: element.base)
        }
    }

    /// The types whose value is markup for the sanitiser.
    private static func isMarkup(_ type: String) -> Bool {
        type == "html" || type == "xhtml" || type.hasSuffix("html")
    }

    /// A text construct whose markup, if any, is sanitised on ingest (scripts, handlers and unsafe
    /// URLs removed, relative URLs made absolute against `base`), so nothing stored or exported
    /// can run script in a reader. Markup that sanitises to nothing is no text at all.
    static func markup(_ value: String, type: String, language: String?, base: String?) -> FeedText? {
        var value = value
        if isMarkup(type) {
            value = HTMLSanitizer.sanitize(value, baseURL: base)
            if value.isEmpty { return nil }
        }
        return FeedText(type: type, value: value, language: language, base: base)
    }

    /// A date as written, with the instant when it can be read.
    static func date(_ value: String) -> FeedDate? {
        guard let raw = TextValue.clean(value) else { return nil }
        return DateParser.feedDate(raw)
    }

    /// A URL made absolute against `base`.
    static func url(_ value: String?, base: String?) -> String? {
        guard let cleaned = TextValue.clean(value) else { return nil }
        return URLResolver.resolve(cleaned, against: base)
    }

    /// A whole number, or nil for anything else (`ttl`, `length`).
    static func integer(_ value: String?) -> Int64? {
        TextValue.clean(value).flatMap { Int64($0) }
    }

    /// An Atom-style `<link href rel type title hreflang length>`; `rel` defaults to `alternate`.
    static func link(from element: SAXElement) -> Link? {
        guard let href = url(element.attribute("href"), base: element.base) else { return nil }
        return Link(href: href, rel: TextValue.clean(element.attribute("rel")) ?? "alternate",
                    type: TextValue.clean(element.attribute("type")),
                    title: TextValue.clean(element.attribute("title")),
                    hreflang: TextValue.clean(element.attribute("hreflang")),
                    length: TextValue.clean(element.attribute("length")))
    }

    /// A category from a term (element text or attribute) and an optional scheme and label.
    static func category(term: String?, scheme: String?, label: String? = nil) -> Category? {
        guard let term = TextValue.clean(term) else { return nil }
        return Category(term: term, scheme: TextValue.clean(scheme), label: TextValue.clean(label))
    }
}
