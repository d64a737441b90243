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
        let raw = Self.rawBlocks(summaryHTML: summaryHTML, contentHTML: contentHTML)
        self.init(rawBlocks: raw, hashes: boilerplate.isEmpty ? nil : raw.map(Self.blockHash), boilerplate: boilerplate)
    }

    /// From the blocks `rawBlocks` gave (and their `blockHash`es when `boilerplate` is not empty).
    package init(rawBlocks: [String], hashes: [UInt64]?, boilerplate: Set<UInt64>) {
        var kept: [String] = []
        for (index, block) in rawBlocks.enumerated() {
            if !boilerplate.isEmpty, let hashes, boilerplate.contains(hashes[index]) { continue }
            if Boilerplate.isBoilerplate(block) { continue }
            kept.append(kept.isEmpty ? Dateline.stripped(block) : block)
        }
        blocks = kept.filter { !$0.isEmpty }
    }

    /// The blocks of the longer of summary and content, before anything is dropped.
    package static func rawBlocks(summaryHTML: String?, contentHTML: String?) -> [String] {
        let content = contentHTML.map(HTMLBlocks.split) ?? []
        let summary = summaryHTML.map(HTMLBlocks.split) ?? []
        return length(content) >= length(summary) ? content : summary
    }

    /// The hash a block is known by when one feed repeats it across its items (`repeatedBlocks`).
    package static func blockHash(_ block: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        WordScanner.scan(block) { token in hash = (hash ^ token.hash) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// Blocks that appear in at least `minimumShare` of one feed's items (and in at least 3): a
    /// standard footer, a newsletter plug, a "Source link" line. They are never evidence. `items`
    /// holds each item's block hashes.
    package static func repeatedBlocks(hashes items: [[UInt64]], minimumShare: Double = 0.3) -> Set<UInt64> {
        guard items.count >= 3 else { return [] }
        var counts: [UInt64: Int] = [:]
        for item in items {
            for hash in Set(item) { counts[hash, default: 0] += 1 }
        }
        let needed = max(3, Int((Double(items.count) * minimumShare).rounded(.up)))
        return Set(counts.filter { $0.value >= needed }.keys)
    }

    /// The same, from each item's summary and content.
    package static func repeatedBlocks(_ items: [(summary: String?, content: String?)],
                                       minimumShare: Double = 0.3) -> Set<UInt64> {
        repeatedBlocks(hashes: items.map { rawBlocks(summaryHTML: $0.summary, contentHTML: $0.content).map(blockHash) },
                       minimumShare: minimumShare)
    }

    private static func length(_ blocks: [String]) -> Int {
        blocks.reduce(0) { $0 + $1.utf8.count }
    }
}

/// Cuts HTML into blocks of plain text at block-level tags; `figure` and `figcaption` content (photo
/// captions and credits) is dropped, as is `script` and `style` should unsanitised input arrive.
/// Works on UTF-8 bytes: entities are decoded and whitespace collapsed on the way.
enum HTMLBlocks {
    static func split(_ html: String) -> [String] {
        var html = html
        return html.withUTF8(split)
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var blocks: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(512)
        var pendingSpace = false
        var hiddenDepth = 0
        func flush() {
            if !current.isEmpty { blocks.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        func append(_ byte: UInt8) {
            if pendingSpace, !current.isEmpty { current.append(0x20) }
            pendingSpace = false
            current.append(byte)
        }
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x3C, let tag = tag(in: bytes, at: index) {
                if hiding.contains(tag.name) {
                    hiddenDepth = max(0, hiddenDepth + (tag.isEnd ? -1 : 1))
                    flush()
                } else if blockNames.contains(tag.name) {
                    flush()
                } else if hiddenDepth == 0 {
                    pendingSpace = true
                }
                index = tag.end
                continue
            }
            index += 1
            guard hiddenDepth == 0 else { continue }
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                pendingSpace = true
            case 0xC2 where index < count && bytes[index] == 0xA0:  // no-break space
                pendingSpace = true
                index += 1
            case 0x26:
                if let (scalar, end) = reference(in: bytes, at: index - 1) {
                    if scalar == " " || scalar == "\u{A0}" {
                        pendingSpace = true
                    } else {
                        for unit in String(scalar).utf8 { append(unit) }
                    }
                    index = end
                } else {
                    append(byte)
                }
            default:
                append(byte)
            }
        }
        flush()
        return blocks
    }

    /// The lowercased name of the tag starting at `index` (a `<`), whether it is an end tag, and
    /// where it ends; nil when the `<` starts no tag.
    private static func tag(in bytes: UnsafeBufferPointer<UInt8>, at index: Int)
        -> (name: String, isEnd: Bool, end: Int)? {
        var cursor = index + 1
        let isEnd = cursor < bytes.count && bytes[cursor] == 0x2F
        if isEnd { cursor += 1 }
        var name: [UInt8] = []
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte >= 0x61 && byte <= 0x7A || byte >= 0x30 && byte <= 0x39 && !name.isEmpty {
                name.append(byte)
            } else if byte >= 0x41 && byte <= 0x5A {
                name.append(byte + 32)
            } else {
                break
            }
            cursor += 1
        }
        guard !name.isEmpty else { return nil }
        while cursor < bytes.count, bytes[cursor] != 0x3E { cursor += 1 }
        return (String(decoding: name, as: UTF8.self), isEnd, min(cursor + 1, bytes.count))
    }

    /// The character reference at `index` (an `&`) and where it ends; nil for anything else.
    private static func reference(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        var cursor = index + 1
        var name: [UInt8] = []
        while cursor < bytes.count, cursor - index <= 10, bytes[cursor] != 0x3B {
            name.append(bytes[cursor])
            cursor += 1
        }
        guard cursor < bytes.count, bytes[cursor] == 0x3B, !name.isEmpty else { return nil }
        let text = String(decoding: name, as: UTF8.self)
        let scalar: Unicode.Scalar?
        switch text {
        case "amp": scalar = "&"
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        case "nbsp": scalar = " "
        default:
            guard text.first == "#" else { return nil }
            let digits = text.dropFirst()
            let number = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            scalar = number.flatMap(Unicode.Scalar.init)
        }
        return scalar.map { ($0, cursor + 1) }
    }

    private static let hiding: Set<String> = ["figure", "figcaption", "script", "style", "noscript"]
    private static let blockNames: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "br", "hr",
        "tr", "td", "th", "table", "section", "article", "header", "footer", "aside", "dd", "dt", "dl",
        "details", "summary", "picture", "video", "audio",
    ]
}
