import TidingsModel

/// One word as dedup sees it, read straight from UTF-8 bytes.
struct Token {
    /// FNV-1a 64 of the folded, lowercased word ("said" and "says" hash as "say").
    var hash: UInt64
    /// A stopword: too common to make a shingle evidence on its own.
    var isStopword: Bool
    /// Names something (`Words.names`): a number of two or more digits, or a capitalised word that
    /// is not a common one.
    var isName: Bool
    /// The digits alone ("1,500" → "1500", "94m" → "94") when there are two or more, or the word
    /// itself for a day of the week; else nil.
    var numberHash: UInt64?
}

/// Reads words from text without building a `String` per word: ASCII is classified and lowercased
/// by byte, other scalars through their Unicode properties. Words are runs of letters and digits;
/// an apostrophe inside a word is dropped ("don't" → "dont"); "1,500" and "3.5" stay one number.
/// Copy edits outlets make are folded: said/says/told/tells → say, "per cent"/pct → percent, and
/// the honorifics Mr/Mrs/Ms/Dr are dropped.
struct WordScanner {
    private var word: [UInt8] = []
    private var digits: [UInt8] = []
    private var capitalised = false
    private var sentenceStart = true
    private var wordStartsSentence = true
    /// "per" waits to see whether "cent" follows.
    private var heldPer: Token?

    static func scan(_ text: String, _ body: (Token) -> Void) {
        var scanner = WordScanner()
        var text = text
        text.withUTF8 { bytes in scanner.run(bytes) { token, _ in body(token) } }
    }

    /// The folded, lowercased words as strings (headlines, tests).
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var scanner = WordScanner()
        var text = text
        text.withUTF8 { bytes in
            scanner.run(bytes) { token, spelling in
                result.append(Self.foldedSpelling[token.hash] ?? String(decoding: spelling, as: UTF8.self))
            }
        }
        return result
    }

    /// Calls `body` with each token and the word as read (lowercased, before folding).
    private mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Token, [UInt8]) -> Void) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte >= 0x61 && byte <= 0x7A || byte >= 0x30 && byte <= 0x39 {
                    startWordIfNeeded(capital: false)
                    word.append(byte)
                    if byte <= 0x39 { digits.append(byte) }
                } else if byte >= 0x41 && byte <= 0x5A {
                    startWordIfNeeded(capital: true)
                    word.append(byte + 32)
                } else if (byte == 0x2C || byte == 0x2E), !word.isEmpty, word.last! <= 0x39, word.last! >= 0x30,
                          index + 1 < count, bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39 {
                    // A thousands separator or decimal point inside a number.
                } else if byte == 0x27, !word.isEmpty, index + 1 < count, Self.isLetterByte(bytes[index + 1]) {
                    // An apostrophe inside a word.
                } else {
                    finishWord(body)
                    if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3A { sentenceStart = true }
                }
                index += 1
                continue
            }
            // A multi-byte scalar: decode it.
            let (scalar, length) = Self.decode(bytes, at: index)
            if scalar == "\u{2019}", !word.isEmpty, index + length < count, Self.isLetterByte(bytes[index + length]) {
                index += length
                continue
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                startWordIfNeeded(capital: scalar.properties.isUppercase)
                if scalar.properties.isUppercase {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { word.append(contentsOf: Array(String(lower).utf8)) }
                } else {
                    word.append(contentsOf: bytes[index..<(index + length)])
                }
            } else {
                finishWord(body)
            }
            index += length
        }
        finishWord(body)
        if let held = heldPer {
            body(held, Array("per".utf8))
            heldPer = nil
        }
    }

    private mutating func startWordIfNeeded(capital: Bool) {
        guard word.isEmpty else { return }
        capitalised = capital
        wordStartsSentence = sentenceStart
        sentenceStart = false
    }

    private mutating func finishWord(_ body: (Token, [UInt8]) -> Void) {
        guard !word.isEmpty else { return }
        defer {
            word.removeAll(keepingCapacity: true)
            digits.removeAll(keepingCapacity: true)
        }
        var hash = StableHash.value(of: word)
        if let folded = Self.folds[hash] {
            guard let folded else { return }  // an honorific: dropped
            hash = folded
        }
        let isStopword = Self.stopwords.contains(hash)
        let isName = digits.count >= 2
            || (capitalised && digits.isEmpty && !Self.commonCapitalised.contains(hash)
                && !(wordStartsSentence && (isStopword || Self.sentenceStarters.contains(hash))))
        // Days of the week are facts like numbers: a copy keeps "Tuesday", another story has its own.
        let numberHash = digits.count >= 2 ? StableHash.value(of: digits) : Self.weekdays.contains(hash) ? hash : nil
        let token = Token(hash: hash, isStopword: isStopword, isName: isName, numberHash: numberHash)
        // "per cent" → "percent".
        if let held = heldPer {
            heldPer = nil
            if hash == Self.centHash {
                body(Token(hash: Self.percentHash, isStopword: false, isName: false, numberHash: nil), word)
                return
            }
            body(held, Array("per".utf8))
        }
        if hash == Self.perHash {
            heldPer = token
            return
        }
        body(token, word)
    }

    private static func isLetterByte(_ byte: UInt8) -> Bool {
        byte >= 0x61 && byte <= 0x7A || byte >= 0x41 && byte <= 0x5A || byte >= 0x80
    }

    /// The scalar starting at `index` and its length; invalid bytes read as U+FFFD, one byte long.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    // MARK: - word lists, by hash

    private static func hash(_ word: String) -> UInt64 { StableHash.value(of: word) }

    private static let perHash = hash("per")
    private static let centHash = hash("cent")
    private static let percentHash = hash("percent")

    /// How folded words are spelled.
    private static let foldedSpelling: [UInt64: String] = [hash("say"): "say", hash("percent"): "percent"]

    /// Word → its folded form; nil drops the word.
    private static let folds: [UInt64: UInt64?] = {
        var table: [UInt64: UInt64?] = [:]
        for word in ["said", "says", "told", "tells"] { table[hash(word)] = hash("say") }
        table[hash("pct")] = hash("percent")
        for word in ["mr", "mrs", "ms", "dr"] { table[hash(word)] = .some(nil) }
        return table
    }()

    static let stopwordList = [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "is", "was", "are", "were", "be", "been", "it", "its", "this", "that", "these", "those", "he", "she",
        "they", "we", "i", "his", "her", "their", "our", "say", "has", "have", "had", "will", "would", "not",
        "after", "over", "into", "than", "more", "also", "who", "which", "there", "about", "up", "out",
    ]
    private static let stopwords = Set(stopwordList.map(hash))

    private static let weekdays = Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        .map(hash))

    /// Capitalised words that name nothing in particular.
    private static let commonCapitalised = Set([
        "i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "the", "a", "an",
    ].map(hash))

    /// Common words that start sentences in news copy.
    private static let sentenceStarters = Set([
        "however", "meanwhile", "officials", "police", "authorities", "critics", "supporters", "analysts", "residents",
        "researchers", "scientists", "experts", "if", "when", "while", "although", "since", "despite", "according",
        "last", "earlier", "later", "on", "in", "at", "after", "before", "during", "some", "many", "most", "both",
        "one", "two", "three", "several", "no", "all", "its", "his", "her", "their", "our", "you", "your", "what",
        "why", "how", "where", "more", "other", "another", "such", "so", "yet", "still", "now", "then", "here",
        "asked", "speaking", "under", "with", "without", "as", "for", "by", "to", "from", "about", "because",
    ].map(hash))
}
