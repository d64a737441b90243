import TidingsModel

/// The words of an item that say what its story is, without what each outlet wraps around wire copy.
///
/// Input is the sanitised HTML the parser stores (only `&amp;`, `&lt;`, `&gt;`, `&quot;` and numeric
/// references appear in it, but other input is read leniently). The HTML is cut into blocks
/// (paragraphs, list items, headings…); figures and their captions are dropped whole; then each block
/// is checked against `Boilerplate`, the first one loses its dateline, and what is left is the text.
package struct StoryText: Sendable, Hashable {
    /// The kept blocks, in order, as plain text (original case).
    package var blocks: [String]

    package init(blocks: [String]) {
        self.blocks = blocks
    }

    /// `title` is not part of the text; `summary` is used only when there is no `content`, or when the
    /// content is shorter (some feeds put a teaser in content and the article in the summary).
    package init(summaryHTML: String?, contentHTML: String?, boilerplate: Set<UInt64> = []) {
        let content = contentHTML.map(HTMLBlocks.split) ?? []
        let summary = summaryHTML.map(HTMLBlocks.split) ?? []
        let chosen = Self.length(content) >= Self.length(summary) ? content : summary
        var kept: [String] = []
        for block in chosen {
            if boilerplate.contains(Self.blockHash(block)) || Boilerplate.isBoilerplate(block) { continue }
            kept.append(kept.isEmpty ? Dateline.stripped(block) : block)
        }
        blocks = kept.filter { !$0.isEmpty }
    }

    /// The hash a block is known by when one feed repeats it across its items (`repeatedBlocks`).
    package static func blockHash(_ block: String) -> UInt64 {
        var folded = ""
        for word in Words.split(block) { folded += word; folded += " " }
        return StableHash.value(of: folded)
    }

    /// Blocks that appear in at least `minimumShare` of one feed's items (and in at least 3): a
    /// standard footer, a newsletter plug, a "Source link" line. They are never evidence.
    package static func repeatedBlocks(_ items: [(summary: String?, content: String?)],
                                       minimumShare: Double = 0.3) -> Set<UInt64> {
        guard items.count >= 3 else { return [] }
        var counts: [UInt64: Int] = [:]
        for item in items {
            var seen = Set<UInt64>()
            for html in [item.summary, item.content].compactMap({ $0 }) {
                for block in HTMLBlocks.split(html) { seen.insert(blockHash(block)) }
            }
            for hash in seen { counts[hash, default: 0] += 1 }
        }
        let needed = max(3, Int((Double(items.count) * minimumShare).rounded(.up)))
        return Set(counts.filter { $0.value >= needed }.keys)
    }

    private static func length(_ blocks: [String]) -> Int {
        blocks.reduce(0) { $0 + $1.utf8.count }
    }
}

/// Cuts HTML into blocks of plain text at block-level tags; `figure` and `figcaption` content (photo
/// captions and credits) is dropped, as is `script` and `style` should unsanitised input arrive.
enum HTMLBlocks {
    static func split(_ html: String) -> [String] {
        var blocks: [String] = []
        var current = ""
        var hiddenDepth = 0
        var index = html.startIndex
        func flush() {
            let text = collapse(current)
            if !text.isEmpty { blocks.append(text) }
            current = ""
        }
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">"),
               let name = tagName(html[html.index(after: index)..<close]) {
                let isEnd = html[html.index(after: index)] == "/"
                if hiding.contains(name.lowercased()) {
                    hiddenDepth = max(0, hiddenDepth + (isEnd ? -1 : 1))
                    flush()
                } else if blockNames.contains(name.lowercased()) {
                    flush()
                } else if hiddenDepth == 0 {
                    current += " "
                }
                index = html.index(after: close)
                continue
            }
            if hiddenDepth == 0 { current.append(character) }
            index = html.index(after: index)
        }
        flush()
        return blocks.map(CharacterReferences.decode)
    }

    private static func tagName(_ inside: Substring) -> String? {
        let body = inside.first == "/" ? inside.dropFirst() : inside
        let name = body.prefix { $0.isLetter || $0.isNumber }
        guard let first = name.first, first.isLetter else { return nil }
        return String(name)
    }

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static let hiding: Set<String> = ["figure", "figcaption", "script", "style", "noscript"]
    private static let blockNames: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "br", "hr",
        "tr", "td", "th", "table", "section", "article", "header", "footer", "aside", "dd", "dt", "dl",
        "details", "summary", "picture", "video", "audio",
    ]
}

/// The few references sanitised HTML contains, and numeric ones; anything else stays as written.
enum CharacterReferences {
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[amp...]
            if let semicolon = tail.prefix(12).firstIndex(of: ";") {
                let name = tail[tail.index(after: amp)..<semicolon]
                if let decoded = value(of: name) {
                    out += decoded
                    rest = tail[tail.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = tail.dropFirst()
        }
        out += rest
        return out
    }

    private static func value(of name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            guard name.first == "#" else { return nil }
            let digits = name.dropFirst()
            let number = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return number.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
