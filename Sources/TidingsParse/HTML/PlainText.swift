import Foundation

/// Plain text from an HTML fragment, for titles in listings and for comparing stories.
package enum PlainText {
    /// `html` with tags removed (and the contents of `script` and `style`), character references
    /// decoded, and runs of whitespace collapsed to one space. A `<` that does not start a tag
    /// (`a < b`) is kept as text.
    package static func fromHTML(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var pendingSpace = false
        var rest = html[...]
        func emit(_ text: Substring) {
            for character in text {
                if character.isWhitespace {
                    pendingSpace = true
                } else {
                    if pendingSpace, !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.append(character)
                }
            }
        }
        while let open = rest.firstIndex(where: { $0 == "<" }) {
            emit(Substring(HTMLEntities.decode(String(rest[..<open]))))
            let tail = rest[open...]
            guard let end = endOfTag(tail) else {
                emit("<")
                rest = rest[rest.index(after: open)...]
                continue
            }
            // Tags separate words: `<p>one</p><p>two</p>` reads "one two".
            pendingSpace = pendingSpace || isBlockBoundary(tail[..<end])
            rest = rest[end...]
            if let name = rawTextElement(tail[..<end]) {
                let closing = rest.range(of: "</" + name, options: .caseInsensitive)
                rest = closing.map { rest[$0.lowerBound...] } ?? rest[rest.endIndex...]
            }
        }
        emit(Substring(HTMLEntities.decode(String(rest))))
        return out
    }

    /// Where a tag, comment or declaration starting at `text.startIndex` ends; nil if `<` is text.
    private static func endOfTag(_ text: Substring) -> Substring.Index? {
        let afterOpen = text.index(after: text.startIndex)
        guard afterOpen < text.endIndex else { return nil }
        if text[afterOpen...].hasPrefix("!--") {
            return text.range(of: "-->").map(\.upperBound) ?? text.endIndex
        }
        let next = text[afterOpen]
        guard next.isLetter || next == "/" || next == "!" || next == "?" else { return nil }
        return text.firstIndex(of: ">").map { text.index(after: $0) } ?? text.endIndex
    }

    private static func tagName(_ tag: Substring) -> String {
        tag.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
    }

    private static func isBlockBoundary(_ tag: Substring) -> Bool {
        blockElements.contains(tagName(tag))
    }

    /// `script` and `style` hold text that is never shown.
    private static func rawTextElement(_ tag: Substring) -> String? {
        guard !tag.hasPrefix("</") else { return nil }
        let name = tagName(tag)
        return name == "script" || name == "style" ? name : nil
    }

    private static let blockElements: Set<String> = [
        "br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "blockquote", "pre", "hr", "table", "section", "article", "header", "footer", "dd", "dt",
    ]
}
