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
    /// Anchors sampled this sparsely go into the candidate index; lede shingles at `anchorModulus`.
    package static let indexModulus: UInt32 = 32
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
        // Headline numbers count as the lede's: "services down for 30 hours" against "for 20 hours".
        let titleNumbers = (title.map(Words.numbers) ?? []).map(Self.hash)
        var allNumbers = Set<UInt32>(titleNumbers)
        var ledeNumberSet = Set<UInt32>(titleNumbers)
        for (index, block) in text.blocks.enumerated() {
            let shingles = Self.shingles(Words.split(block))
            all.formUnion(shingles)
            let named = Words.names(block).map(Self.hash)
            allNames.formUnion(named)
            let numbered = Words.numbers(block).map(Self.hash)
            allNumbers.formUnion(numbered)
            if index == 0 || ledeSet.count < 12 {
                ledeSet.formUnion(shingles)
                ledeNameSet.formUnion(named)
                ledeNumberSet.formUnion(numbered)
            }
        }
        names = Array(allNames.sorted().prefix(Self.nameLimit))
        ledeNames = Array(ledeNameSet.sorted().prefix(Self.nameLimit))
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
        for shingle in lede where shingle % Self.anchorModulus == 0 { keys.insert(Int64(shingle)) }
        if let titleKey { keys.insert(Int64(titleKey) | (1 << 32)) }
        return keys.sorted()
    }

    static func hash(_ word: String) -> UInt32 {
        let value = StableHash.value(of: word)
        return UInt32(truncatingIfNeeded: value ^ (value >> 32))
    }

    private static func shingles(_ words: [String]) -> [UInt32] {
        guard words.count >= shingleLength else { return [] }
        let hashes = words.map { StableHash.value(of: $0) }
        let content = words.map { !Words.stopwords.contains($0) }
        var result: [UInt32] = []
        result.reserveCapacity(words.count)
        for start in 0...(words.count - shingleLength) {
            var meaningful = 0
            var hash: UInt64 = 0x9e37_79b9_7f4a_7c15
            for offset in 0..<shingleLength {
                if content[start + offset] { meaningful += 1 }
                hash = (hash ^ hashes[start + offset]) &* 0xff51_afd7_ed55_8ccd
                hash ^= hash >> 29
            }
            if meaningful >= 2 { result.append(UInt32(truncatingIfNeeded: hash ^ (hash >> 32))) }
        }
        return result
    }
}

extension Fingerprint {
    /// Bytes for `items.fingerprint`: version (3; 1 had no names, 2 no numbers), the size, then each list as
    /// a count and little-endian 32-bit values.
    package var encoded: [UInt8] {
        var bytes: [UInt8] = [3]
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
        guard let version = bytes.first, (1...3).contains(version) else { return nil }
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
        for _ in 0..<(version == 3 ? 4 : version == 2 ? 2 : 0) {
            guard let values = list() else { return nil }
            extra.append(values)
        }
        while extra.count < 4 { extra.append([]) }
        guard offset == bytes.count else { return nil }
        self.init(anchors: anchors, lede: lede, title: title, size: Int(size), names: extra[0], ledeNames: extra[1],
                  numbers: extra[2], ledeNumbers: extra[3])
    }
}
