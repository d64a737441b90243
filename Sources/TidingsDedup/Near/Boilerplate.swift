/// Blocks outlets add around a wire story: video and photo blurbs, credits, bylines, share and
/// subscribe lines, aggregator footers. They differ between copies of one story and repeat across
/// unrelated stories of one outlet, so they are evidence of nothing.
enum Boilerplate {
    static func isBoilerplate(_ block: String) -> Bool {
        let words = Words.split(block)
        // "(Anneke Vos/Reuters)", "Advertisement", "Photo: AP": too short to be a paragraph of news.
        if words.count <= 3 { return true }
        let lower = block.lowercased()
        let start = lower.drop { !$0.isLetter && !$0.isNumber && $0 != "©" }
        if prefixes.contains(where: { start.hasPrefix($0) }) { return true }
        if words.count <= 8, words.first == "by" { return true }  // a byline
        return fragments.contains { lower.contains($0) } && words.count <= 30
    }

    /// How boilerplate blocks begin (lowercased, after leading punctuation).
    private static let prefixes: [String] = [
        "watch", "video:", "video |", "listen", "read more", "read also", "related", "more:", "see also",
        "source link", "leave a reply", "advertisement", "subscribe", "sign up", "share this", "share on",
        "follow us", "with files from", "©", "copyright", "photo:", "photo credit", "image:", "file photo",
        "reporting by", "editing by", "additional reporting", "writing by", "have a story tip",
        "click here", "story continues below", "continue reading", "this story has been updated",
        "this is a developing story", "developing story", "breaking news", "recommended", "trending",
        "download our app", "get the latest", "click to share", "filed under",
    ]

    /// Phrases that mark a short block as a footer wherever they appear in it.
    private static let fragments: [String] = [
        "all rights reserved", "appeared first on", "the post ", "newsletter", "sign up for",
        "subscribe to", "follow us on", "story tip", "(reporting by", "editing by",
    ]
}

/// The dateline wire copy starts with: `ROTTERDAM, Netherlands (Reuters) -`, `(AP) —`,
/// `WASHINGTON —`. Outlets keep, cut or drop it, so it is removed before comparing.
enum Dateline {
    static func stripped(_ block: String) -> String {
        let separators: [String] = [" - ", " — ", " – ", " -- ", "—", "–"]
        let head = block.prefix(120)
        var cut: String.Index?
        var index = head.startIndex
        search: while index < head.endIndex {
            for separator in separators where head[index...].hasPrefix(separator) {
                cut = index
                break search
            }
            index = head.index(after: index)
        }
        guard let cut else { return block }
        let prefix = block[..<cut]
        let words = prefix.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, words.count <= 10 else { return block }
        let hasAgencyTag = prefix.contains("(") && prefix.contains(")")
        let letters = prefix.filter(\.isLetter)
        let upper = letters.filter(\.isUppercase).count
        // A dateline is the agency tag or a place in capitals: "ISTANBUL", "SAN JOSE, Calif.".
        let firstWordUpper = words.first.map { word in word.filter(\.isLetter).allSatisfy(\.isUppercase) } ?? false
        guard hasAgencyTag || (firstWordUpper && upper * 2 >= letters.count) || (firstWordUpper && words.count <= 4)
        else { return block }
        let rest = block[cut...].drop { $0 == " " || $0 == "-" || $0 == "—" || $0 == "–" }
        return String(rest)
    }
}
