import TidingsModel

/// Words as dedup compares them (`WordScanner`): lowercased runs of letters and digits, with the
/// copy edits outlets make folded together.
enum Words {
    static func split(_ text: String) -> [String] {
        WordScanner.words(text)
    }

    /// The words that name things: numbers of two or more digits, and capitalised words that are not
    /// common ones (a capitalised word that starts a sentence counts unless it is a stopword or a usual
    /// sentence opener: "Helix Biotech said…" names Helix, "Officials said…" names nothing), lowercased.
    /// Two copies of one article name the same things; two stories written from one template (two
    /// earnings reports, two court rulings) do not, however many sentences they share.
    static func names(_ text: String) -> [String] {
        var names: [String] = []
        var index = 0
        let words = split(text)
        WordScanner.scan(text) { token in
            if token.isName, index < words.count { names.append(words[index]) }
            index += 1
        }
        return names
    }

    /// The numbers a text gives (two digits or more), digits only: "1,500", "1500" and "$1,500m" are
    /// one number. A wire copy keeps its numbers; a story from the same template changes them.
    static func numbers(_ text: String) -> [String] {
        split(text).compactMap { word in
            let digits = word.filter { $0.isASCII && $0.isNumber }
            return digits.count >= 2 ? digits : nil
        }
    }

    static var stopwords: Set<String> { Set(WordScanner.stopwordList) }
}

/// Headlines as dedup compares them: outlet decorations removed (`BREAKING:`, `| Site`, `- Outlet`,
/// `(Reuters)`), then folded into words.
package enum Headline {
    package static func words(_ title: String) -> [String] {
        var words = Words.split(withoutOutlet(title))
        while let first = words.first, decorations.contains(first), words.count > 3 { words.removeFirst() }
        while let last = words.last, agencies.contains(last), words.count > 3 { words.removeLast() }
        return words
    }

    /// "Headline - Outlet Name" / "Headline | Site" / "Headline — Site" without the outlet: the
    /// part after the last separator goes when it is short (an outlet name, not half a headline).
    static func withoutOutlet(_ title: String) -> String {
        var text = title
        for separator in [" | ", " - ", " — ", " – ", " :: "] {
            guard let start = lastRange(of: separator, in: text) else { continue }
            let tail = text.utf8[text.utf8.index(start, offsetBy: separator.utf8.count)...]
            let words = tail.split(separator: UInt8(ascii: " ")).count
            if words <= 4 { text = String(Substring(text.utf8[..<start])) }
        }
        return text
    }

    /// Where the last `needle` starts in `text`, by UTF-8 bytes.
    private static func lastRange(of needle: String, in text: String) -> String.Index? {
        let bytes = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return nil }
        var offset = bytes.count - pattern.count
        while offset >= 0 {
            if bytes[offset] == pattern[0], bytes[offset..<(offset + pattern.count)].elementsEqual(pattern) {
                return text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            }
            offset -= 1
        }
        return nil
    }

    /// A headline word that labels rather than names (`BREAKING`, `Watch`) or an agency tag.
    static func isDecoration(_ token: Token) -> Bool {
        decorationHashes.contains(token.hash)
    }

    private static let decorationHashes = Set((decorations.union(agencies)).map { StableHash.value(of: $0) })

    /// Leading labels outlets put on headlines.
    private static let decorations: Set<String> = [
        "breaking", "update", "updated", "exclusive", "watch", "video", "live", "just", "in", "news", "analysis",
    ]

    /// Trailing agency tags: "… (Reuters)", "… (AP)".
    private static let agencies: Set<String> = [
        "reuters", "ap", "afp", "bloomberg", "cp", "pa", "dpa", "ansa", "kyodo", "aap", "gns",
    ]
}
