import Testing

/// Reads sanitised output back as tags, to check it against the allowlist independently of the code
/// that wrote it. Every `<` in sanitised output starts a tag (text escapes `<`), and a tag ends at the
/// first `>` (attribute values escape `>`).
enum HTMLSanitizerOutput {
    typealias Tag = (name: String, attributes: [(name: String, value: String)])

    static let elements: Set<String> = [
        "a", "abbr", "acronym", "address", "article", "aside", "audio", "b", "bdi", "bdo", "big", "blockquote",
        "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "iframe", "img",
        "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section",
        "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
        "th", "thead", "time", "tr", "track", "tt", "u", "ul", "var", "video", "wbr",
    ]

    static let attributes: Set<String> = [
        "lang", "dir", "title", "href", "rel", "src", "srcset", "sizes", "alt", "width", "height", "type", "media",
        "cite", "datetime", "colspan", "rowspan", "headers", "scope", "span", "start", "reversed", "value",
        "controls", "preload", "loop", "muted", "poster", "kind", "srclang", "label", "default", "open",
        "allowfullscreen", "sandbox",
    ]

    static func tags(in html: String) -> [Tag] {
        var tags: [Tag] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            let close = rest[open...].firstIndex(of: ">") ?? rest.endIndex
            var body = rest[rest.index(after: open)..<close]
            rest = close < rest.endIndex ? rest[rest.index(after: close)...] : ""
            if body.first == "/" { body = body.dropFirst() }
            let name = body.prefix { $0 != " " }
            var attributes: [(name: String, value: String)] = []
            var text = body.dropFirst(name.count)
            while let start = text.firstIndex(where: { $0 != " " }) {
                text = text[start...]
                let attributeName = text.prefix { $0 != "=" && $0 != " " }
                text = text.dropFirst(attributeName.count)
                var value: Substring = ""
                if text.hasPrefix("=\"") {
                    text = text.dropFirst(2)
                    value = text.prefix { $0 != "\"" }
                    text = text.dropFirst(value.count + 1)
                }
                attributes.append((String(attributeName), String(value)))
            }
            tags.append((String(name), attributes))
        }
        return tags
    }

    /// Elements and attributes outside the allowlist, and script-running URL values, as readable lines.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        for tag in tags(in: html) {
            if !elements.contains(tag.name) { problems.append("element <\(tag.name)>") }
            for attribute in tag.attributes {
                if !attributes.contains(attribute.name) { problems.append("attribute \(attribute.name)") }
                let value = attribute.value.lowercased()
                for scheme in ["javascript:", "vbscript:", "data:text", "data:image/svg"] where value.hasPrefix(scheme) {
                    problems.append("\(attribute.name)=\(attribute.value)")
                }
            }
        }
        return problems
    }

    /// Attribute values that mention `text`.
    static func mentions(_ text: String, in html: String) -> [String] {
        tags(in: html).flatMap(\.attributes).filter { $0.value.contains(text) }.map { "\($0.name)=\($0.value)" }
    }
}

@Suite struct HTMLSanitizerOutputTests {
    @Test func theTagReaderSeesEveryTag() {
        let tags = HTMLSanitizerOutput.tags(in: "<a href=\"x\" rel=\"y z\">t &lt;b&gt;</a><br><video controls>")
        #expect(tags.map(\.name) == ["a", "a", "br", "video"])
        #expect(tags[0].attributes.map(\.name) == ["href", "rel"] && tags[0].attributes[1].value == "y z")
        #expect(tags[3].attributes.map(\.name) == ["controls"])
    }

    @Test func theCheckFindsWhatItLooksFor() {
        let problems = HTMLSanitizerOutput.problems(in: "<script><a onclick=\"x\" href=\"JavaScript:y\">")
        #expect(problems == ["element <script>", "attribute onclick", "href=JavaScript:y"])
    }
}
