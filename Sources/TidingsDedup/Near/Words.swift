/// Words as dedup compares them: lowercased runs of letters and digits (apostrophes inside a word are
/// dropped, so "don't" is "dont"), with the copy edits outlets make folded together.
enum Words {
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if (scalar == "'" || scalar == "\u{2019}"), !current.isEmpty {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return fold(words)
    }

    /// `said`/`says` → `say`, `per cent` → `percent`, `Mr`/`Mrs`/`Ms` dropped: the edits that change
    /// between copies of one article and mean nothing.
    private static func fold(_ words: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "per", index + 1 < words.count, words[index + 1] == "cent" {
                out.append("percent")
                index += 2
                continue
            }
            if let replacement = synonyms[word] {
                if !replacement.isEmpty { out.append(replacement) }
            } else {
                out.append(word)
            }
            index += 1
        }
        return out
    }

    private static let synonyms: [String: String] = [
        "said": "say", "says": "say", "told": "say", "tells": "say",
        "mr": "", "mrs": "", "ms": "", "dr": "",
        "pct": "percent", "us": "us", "u": "u",
    ]

    /// Words too common to make a shingle evidence on their own.
    static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "is", "was", "are", "were", "be", "been", "it", "its", "this", "that", "these", "those", "he", "she",
        "they", "we", "i", "his", "her", "their", "our", "say", "has", "have", "had", "will", "would", "not",
        "after", "over", "into", "than", "more", "also", "who", "which", "there", "about", "up", "out",
    ]
}

/// Headlines as dedup compares them: outlet decorations removed (`BREAKING:`, `| Site`, `- Outlet`,
/// `(Reuters)`), then folded into words.
package enum Headline {
    package static func words(_ title: String) -> [String] {
        var text = title
        // "Headline - Outlet Name" / "Headline | Site" / "Headline — Site": keep the longest side
        // only when the other is short (an outlet name, not half a headline).
        for separator in [" | ", " - ", " — ", " – ", " :: "] {
            if let range = text.range(of: separator, options: .backwards) {
                let tail = text[range.upperBound...]
                if tail.split(separator: " ").count <= 4 { text = String(text[..<range.lowerBound]) }
            }
        }
        var words = Words.split(text)
        while let first = words.first, decorations.contains(first), words.count > 3 { words.removeFirst() }
        while let last = words.last, agencies.contains(last), words.count > 3 { words.removeLast() }
        return words
    }

    /// Leading labels outlets put on headlines.
    private static let decorations: Set<String> = [
        "breaking", "update", "updated", "exclusive", "watch", "video", "live", "just", "in", "news", "analysis",
    ]

    /// Trailing agency tags: "… (Reuters)", "… (AP)".
    private static let agencies: Set<String> = [
        "reuters", "ap", "afp", "bloomberg", "cp", "pa", "dpa", "ansa", "kyodo", "aap", "gns",
    ]
}
