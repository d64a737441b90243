/// Blocks outlets add around a wire story: video and photo blurbs, credits, bylines, share and
/// subscribe lines, aggregator footers. They differ between copies of one story and repeat across
/// unrelated stories of one outlet, so they are evidence of nothing.
enum Boilerplate {
    static func isBoilerplate(_ block: String) -> Bool {
        var block = block
        return block.withUTF8 { bytes in
            // Words, roughly: runs of letters or digits (enough to tell a caption from a paragraph).
            var words = 0
            var inWord = false
            for byte in bytes {
                let isWordByte = byte >= 0x30 && byte <= 0x39 || byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A || byte >= 0x80
                if isWordByte, !inWord { words += 1 }
                inWord = isWordByte
                if words > 30 { break }
            }
            // "(Anneke Vos/Reuters)", "Advertisement", "Photo: AP": too short to be a paragraph of news.
            if words <= 3 { return true }
            // The start of the block, lowercased, from its first letter, digit or ©.
            var start: [UInt8] = []
            var index = 0
            while index < bytes.count, start.isEmpty {
                let byte = bytes[index]
                if byte >= 0x30 && byte <= 0x39 || byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A || byte == 0xC2 { break }
                index += 1
            }
            while index < bytes.count, start.count < 48 {
                let byte = bytes[index]
                start.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
                index += 1
            }
            if words <= 8, start.starts(with: [0x62, 0x79, 0x20]) { return true }  // "by …": a byline
            if prefixBytes.contains(where: { start.starts(with: $0) }) { return true }
            guard words <= 30 else { return false }
            let whole = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
            return fragmentBytes.contains { fragment in Self.contains(whole, fragment) }
        }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return false }
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    private static let prefixBytes = prefixes.map { Array($0.utf8) }
    private static let fragmentBytes = fragments.map { Array($0.utf8) }

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
        var block = block
        guard let cut = block.withUTF8({ separator(in: $0) }) else { return block }
        let utf8 = block.utf8
        let prefix = Substring(utf8[utf8.startIndex..<utf8.index(utf8.startIndex, offsetBy: cut.start)])
        let words = prefix.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, words.count <= 10 else { return block }
        let hasAgencyTag = prefix.contains("(") && prefix.contains(")")
        let letters = prefix.filter(\.isLetter)
        let upper = letters.filter(\.isUppercase).count
        // A dateline is the agency tag or a place in capitals: "ISTANBUL", "SAN JOSE, Calif.".
        let firstWordUpper = words.first.map { word in word.filter(\.isLetter).allSatisfy(\.isUppercase) } ?? false
        guard hasAgencyTag || (firstWordUpper && upper * 2 >= letters.count) || (firstWordUpper && words.count <= 4)
        else { return block }
        return String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: cut.end)...]))
    }

    /// The first dash that may end a dateline, within the first 120 bytes: where it starts and where
    /// the text after it (and its spaces) begins.
    private static func separator(in bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int)? {
        let limit = min(bytes.count, 120)
        var index = 0
        while index < limit {
            let byte = bytes[index]
            var length = 0
            if byte == 0x2D, index > 0, bytes[index - 1] == 0x20, index + 1 < bytes.count,
               bytes[index + 1] == 0x20 || bytes[index + 1] == 0x2D {
                length = bytes[index + 1] == 0x2D ? 2 : 1   // " - " or " -- "
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0x94 || bytes[index + 2] == 0x93 {
                length = 3   // an em or en dash, spaced or not
            }
            if length > 0 {
                var start = index
                while start > 0, bytes[start - 1] == 0x20 { start -= 1 }
                var end = index + length
                while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x2D { end += 1 }
                return (start, end)
            }
            index += 1
        }
        return nil
    }
}
