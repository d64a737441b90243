import TidingsModel

/// What dedup keeps of one item to compare it with others later: small, stored beside the item
/// (`items.fingerprint`), never needing the text again.
///
/// - `anchors`: word 4-shingles of the whole text sampled by value (`hash % anchorModulus == 0`),
///   the same shingles in every copy that contains that text, so shared anchors over the smaller
///   side estimate *containment* (a trimmed copy is contained in the original).
/// - `lede`: every shingle of the first paragraph, which wire copies keep and follow-ups do not.
/// - `title`: the headline's words, decorations removed.
/// Shingles that are only stopwords are left out; hashes are 32-bit (collisions are harmless noise).
package struct Fingerprint: Sendable, Hashable {
    package var anchors: [UInt32]
    package var lede: [UInt32]
    package var title: [UInt32]
    /// How many distinct shingles the text has: its length for choosing the fullest copy.
    package var size: Int
    /// What the text names (`Words.names`): everywhere, and in the lede alone.
    package var names: [UInt32] = []
    package var ledeNames: [UInt32] = []
    /// The numbers it gives (`Words.numbers`): everywhere, and in the lede alone.
    package var numbers: [UInt32] = []
    package var ledeNumbers: [UInt32] = []

    /// One shingle in this many is an anchor (about 30 for a 250-word story).
    package static let anchorModulus: UInt32 = 8
    /// Anchors sampled this sparsely go into the candidate index…
    package static let indexModulus: UInt32 = 64
    /// …with this many of the lede's shingles (the smallest hashes, `lede` being sorted).
    package static let ledeKeys = 5
    /// …and this many of what the lede and headline name (the smallest hashes).
    package static let nameKeys = 2
    private static let shingleLength = 4
    private static let ledeLimit = 96
    private static let nameLimit = 160

    package init(anchors: [UInt32], lede: [UInt32], title: [UInt32], size: Int, names: [UInt32] = [],
                 ledeNames: [UInt32] = [], numbers: [UInt32] = [], ledeNumbers: [UInt32] = []) {
        self.anchors = anchors
        self.lede = lede
        self.title = title
        self.size = size
        self.names = names
        self.ledeNames = ledeNames
        self.numbers = numbers
        self.ledeNumbers = ledeNumbers
    }

    package init(title: String?, text: StoryText) {
        self.title = Array(Set((title.map(Headline.words) ?? []).map(Self.hash))).sorted()
        var all = Set<UInt32>()
        var ledeSet = Set<UInt32>()
        var allNames = Set<UInt32>()
        var ledeNameSet = Set<UInt32>()
        // Headline numbers and names count as the lede's: "services down for 30 hours" against "for
        // 20 hours", "France to appeal…" against "Poland to appeal…".
        var titleNumbers: [UInt32] = []
        var titleNames: [UInt32] = []
        if let title {
            WordScanner.scan(Headline.withoutOutlet(title)) { token in
                token.numberHash.map { titleNumbers.append(Self.fold($0)) }
                if token.isName, !Headline.isDecoration(token) { titleNames.append(Self.fold(token.hash)) }
            }
        }
        var allNumbers = Set<UInt32>(titleNumbers)
        var ledeNumberSet = Set<UInt32>(titleNumbers)
        var tokens: [Token] = []
        for (index, block) in text.blocks.enumerated() {
            tokens.removeAll(keepingCapacity: true)
            WordScanner.scan(block) { tokens.append($0) }
            let shingles = Self.shingles(tokens)
            all.formUnion(shingles)
            let inLede = index == 0 || ledeSet.count < 12
            for token in tokens {
                if token.isName {
                    allNames.insert(Self.fold(token.hash))
                    if inLede { ledeNameSet.insert(Self.fold(token.hash)) }
                }
                if let number = token.numberHash {
                    allNumbers.insert(Self.fold(number))
                    if inLede { ledeNumberSet.insert(Self.fold(number)) }
                }
            }
            if inLede { ledeSet.formUnion(shingles) }
        }
        names = Array(allNames.union(titleNames).sorted().prefix(Self.nameLimit))
        ledeNames = Array(ledeNameSet.union(titleNames).sorted().prefix(Self.nameLimit))
        numbers = Array(allNumbers.sorted().prefix(Self.nameLimit))
        ledeNumbers = Array(ledeNumberSet.sorted().prefix(Self.nameLimit))
        size = all.count
        anchors = all.filter { $0 % Self.anchorModulus == 0 }.sorted()
        lede = Array(ledeSet.sorted().prefix(Self.ledeLimit))
    }

    /// The normalised headline as one hash, or nil when it is too short to identify a story.
    package var titleKey: UInt32? {
        guard title.count >= 4 else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for word in title { hash = (hash ^ UInt64(word)) &* 0x0000_0100_0000_01b3 }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// Keys under which the item is found as a candidate: content anchors, sparse lede shingles, and
    /// the title key (tagged so it never equals a shingle).
    package var indexKeys: [Int64] {
        var keys = Set(anchors.lazy.filter { $0 % Self.indexModulus == 0 }.map(Int64.init))
        // The lede's smallest shingles: copies that keep the lede share them whatever its length.
        for shingle in lede.prefix(Self.ledeKeys) { keys.insert(Int64(shingle)) }
        if let titleKey { keys.insert(Int64(titleKey) | (1 << 32)) }
        // What the lede and headline name, tagged: a teaser that shares few words with the article
        // still names the same people and places.
        for name in ledeNames.prefix(Self.nameKeys) { keys.insert(Int64(name) | (2 << 32)) }
        return keys.sorted()
    }

    static func hash(_ word: String) -> UInt32 {
        fold(StableHash.value(of: word))
    }

    static func fold(_ value: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: value ^ (value >> 32))
    }

    /// Hashes of the word 4-shingles that have at least two words that are not stopwords.
    private static func shingles(_ tokens: [Token]) -> [UInt32] {
        guard tokens.count >= shingleLength else { return [] }
        var result: [UInt32] = []
        result.reserveCapacity(tokens.count)
        for start in 0...(tokens.count - shingleLength) {
            var meaningful = 0
            var hash: UInt64 = 0x9e37_79b9_7f4a_7c15
            for offset in 0..<shingleLength {
                let token = tokens[start + offset]
                if !token.isStopword { meaningful += 1 }
                hash = (hash ^ token.hash) &* 0xff51_afd7_ed55_8ccd
                hash ^= hash >> 29
            }
            if meaningful >= 2 { result.append(fold(hash)) }
        }
        return result
    }
}

extension Fingerprint {
    /// Bytes for `items.fingerprint`: version (4), the size, then each list as
    /// a count and little-endian 32-bit values.
    package var encoded: [UInt8] {
        var bytes: [UInt8] = [4]
        func put(_ value: UInt32) {
            for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
        }
        put(UInt32(clamping: size))
        for list in [anchors, lede, title, names, ledeNames, numbers, ledeNumbers] {
            put(UInt32(list.count))
            list.forEach(put)
        }
        return bytes
    }

    package init?(encoded bytes: [UInt8]) {
        // Versions before 4 hashed words differently: they cannot be compared (`tidings dedup --rebuild`).
        guard bytes.first == 4 else { return nil }
        var offset = 1
        func take() -> UInt32? {
            guard offset + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for index in 0..<4 { value |= UInt32(bytes[offset + index]) << UInt32(8 * index) }
            offset += 4
            return value
        }
        func list() -> [UInt32]? {
            guard let count = take(), Int(count) * 4 <= bytes.count - offset else { return nil }
            var values: [UInt32] = []
            values.reserveCapacity(Int(count))
            for _ in 0..<count { guard let value = take() else { return nil }; values.append(value) }
            return values
        }
        guard let size = take(), let anchors = list(), let lede = list(), let title = list() else { return nil }
        var extra: [[UInt32]] = []
        for _ in 0..<4 {
            guard let values = list() else { return nil }
            extra.append(values)
        }
        guard offset == bytes.count else { return nil }
        self.init(anchors: anchors, lede: lede, title: title, size: Int(size), names: extra[0], ledeNames: extra[1],
                  numbers: extra[2], ledeNumbers: extra[3])
    }
}
