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

    /// The words that name things: numbers of two or more digits, and capitalised words that do not
    /// start a sentence (people, places, companies), lowercased. Two copies of one article name the
    /// same things; two stories written from one template (two earnings reports, two court rulings)
    /// do not, however many sentences they share.
    static func names(_ text: String) -> [String] {
        var names: [String] = []
        var current = ""
        var sentenceStart = true
        var startsSentence = true
        func finish() {
            guard !current.isEmpty else { return }
            let digits = current.unicodeScalars.filter { $0.properties.numericType != nil }.count
            let first = current.unicodeScalars.first!
            // A capitalised word that starts a sentence may be a name ("Helix Biotech said…") or just
            // the first word ("Officials said…"): kept unless it is a common word.
            let lower = current.lowercased()
            if digits >= 2 || (digits == 0 && first.properties.isUppercase && !commonCapitalised.contains(current)
                                && !(startsSentence && (stopwords.contains(lower) || sentenceStarters.contains(lower)))) {
                names.append(lower)
            }
            current = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if current.isEmpty { startsSentence = sentenceStart }
                current.unicodeScalars.append(scalar)
                sentenceStart = false
            } else if (scalar == "'" || scalar == "\u{2019}" || scalar == "," || scalar == "."), !current.isEmpty,
                      current.unicodeScalars.last!.properties.numericType != nil || scalar == "'" || scalar == "\u{2019}" {
                // "1,500" and "3.5" stay one number; "don't" one word. A full stop after a word ends it.
                if scalar == "." , current.unicodeScalars.last!.properties.numericType == nil {
                    finish()
                    sentenceStart = true
                }
                continue
            } else {
                finish()
                if scalar == "." || scalar == "!" || scalar == "?" || scalar == ":" { sentenceStart = true }
            }
        }
        finish()
        return names
    }

    /// The numbers a text gives (two digits or more), digits only: "1,500", "1500" and "$1,500m" are
    /// one number. A wire copy keeps its numbers; a story from the same template changes them.
    static func numbers(_ text: String) -> [String] {
        var numbers: [String] = []
        var current = ""
        var inToken = false
        func finish() {
            if current.count >= 2 { numbers.append(current) }
            current = ""
        }
        for scalar in text.unicodeScalars {
            if let value = scalar.properties.numericType != nil ? scalar.properties.numericValue : nil,
               scalar.isASCII, value >= 0 {
                current.unicodeScalars.append(scalar)
                inToken = true
            } else if inToken, scalar == "," || scalar == "." , !current.isEmpty {
                continue
            } else if inToken, scalar.properties.isAlphabetic {
                continue  // "94m", "2nd": the digits are the number
            } else {
                finish()
                inToken = false
            }
        }
        finish()
        return numbers
    }

    /// Capitalised words that name nothing in particular.
    private static let commonCapitalised: Set<String> = [
        "I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Mr", "Mrs", "Ms", "Dr", "The", "A", "An",
    ]

    /// Common words that start sentences in news copy.
    private static let sentenceStarters: Set<String> = [
        "however", "meanwhile", "officials", "police", "authorities", "critics", "supporters", "analysts", "residents",
        "researchers", "scientists", "experts", "if", "when", "while", "although", "since", "despite", "according",
        "last", "earlier", "later", "on", "in", "at", "after", "before", "during", "some", "many", "most", "both",
        "one", "two", "three", "several", "no", "all", "its", "his", "her", "their", "our", "you", "your", "what",
        "why", "how", "where", "more", "other", "another", "such", "so", "yet", "still", "now", "then", "here",
        "asked", "speaking", "under", "with", "without", "as", "for", "by", "to", "from", "about", "because",
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
