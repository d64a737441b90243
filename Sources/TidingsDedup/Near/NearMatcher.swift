/// The decision "is this item another copy of that one?", as a pure function of two fingerprints,
/// their dates and the rules. Every decision carries its scores so that `tidings story --explain`
/// can show why.
package enum NearMatcher {
    /// Which signal joined an item to a story.
    package enum Signal: String, Sendable, Hashable {
        case content, lede, title
    }

    /// The measures between a new copy and a story's representative.
    package struct Scores: Sendable, Hashable {
        /// Shared anchors over the smaller copy's anchors (0 when either has none).
        package var containment: Double
        package var sharedAnchors: Int
        package var smallerAnchors: Int
        /// Shared lede shingles over the smaller lede.
        package var lede: Double
        package var smallerLede: Int
        /// Shared headline words over all headline words of both.
        package var title: Double
        package var sameTitle: Bool
        /// Hours between the two copies' dates.
        package var hoursApart: Double
        /// Share of the names in one lede that the other text also names (the better direction);
        /// nil when neither lede names enough things to judge.
        package var names: Double?
        /// Each lede gives a number (or day) the other text does not ("$480 million" against
        /// "£240 million"), or the two texts share under half of their numbers.
        package var numbersDisagree: Bool

        /// `containment 0.92 (23/25 anchors), lede 1.00 (41), title 0.45, 3.2 h apart`
        package var summary: String {
            "containment \(Self.format(containment)) (\(sharedAnchors)/\(smallerAnchors) anchors), lede "
                + "\(Self.format(lede)) (\(smallerLede)), title \(Self.format(title))\(sameTitle ? " (same)" : ""), "
                + "\(Self.format(hoursApart, digits: 1)) h apart"
                + (names.map { ", names \(Self.format($0))" } ?? "") + (numbersDisagree ? ", numbers differ" : "")
        }

        static func format(_ value: Double, digits: Int = 2) -> String {
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            let rounded = (value * scale).rounded() / scale
            var text = "\(rounded)"
            let decimals = text.split(separator: ".").last?.count ?? 0
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
            return text
        }
    }

    /// A decision: the signal that joins, or nil for "a different story".
    package struct Decision: Sendable, Hashable {
        package var signal: Signal?
        package var scores: Scores
    }

    package static func scores(_ item: Fingerprint, at itemDate: Double, _ other: Fingerprint,
                               at otherDate: Double) -> Scores {
        let shared = intersectionCount(item.anchors, other.anchors)
        let smaller = min(item.anchors.count, other.anchors.count)
        let sharedLede = intersectionCount(item.lede, other.lede)
        let smallerLede = min(item.lede.count, other.lede.count)
        let sharedTitle = intersectionCount(item.title, other.title)
        let unionTitle = item.title.count + other.title.count - sharedTitle
        return Scores(
            containment: smaller > 0 ? Double(shared) / Double(smaller) : 0,
            sharedAnchors: shared, smallerAnchors: smaller,
            lede: smallerLede > 0 ? Double(sharedLede) / Double(smallerLede) : 0, smallerLede: smallerLede,
            title: unionTitle > 0 ? Double(sharedTitle) / Double(unionTitle) : 0,
            sameTitle: item.titleKey != nil && item.titleKey == other.titleKey,
            hoursApart: abs(itemDate - otherDate) / 3600,
            names: nameAgreement(item, other),
            numbersDisagree: (hasOwnNumber(item, other) && hasOwnNumber(other, item))
                || numberContainment(item, other).map { $0 < 0.5 } ?? false)
    }

    /// Whether `item` (dated `itemDate`, Unix seconds) is a copy of `other`.
    package static func decide(_ item: Fingerprint, at itemDate: Double, against other: Fingerprint,
                               at otherDate: Double, rules: DedupRules) -> Decision {
        let scores = scores(item, at: itemDate, other, at: otherDate)
        return Decision(signal: signal(scores, item, other, rules), scores: scores)
    }

    /// The better of: how much of `a`'s lede names `b` names, and the other way round. Nil unless
    /// both ledes name at least `minimumNames` things.
    static func nameAgreement(_ a: Fingerprint, _ b: Fingerprint, minimumNames: Int = 1) -> Double? {
        guard a.ledeNames.count >= minimumNames, b.ledeNames.count >= minimumNames else { return nil }
        let forward = Double(intersectionCount(a.ledeNames, b.names)) / Double(a.ledeNames.count)
        let backward = Double(intersectionCount(b.ledeNames, a.names)) / Double(b.ledeNames.count)
        return max(forward, backward)
    }

    /// Shared numbers over the smaller text's numbers, when both give at least three: a trimmed copy
    /// keeps the figures of what it kept; a story from the same template draws its own.
    static func numberContainment(_ a: Fingerprint, _ b: Fingerprint) -> Double? {
        let smaller = min(a.numbers.count, b.numbers.count)
        guard smaller >= 3 else { return nil }
        return Double(intersectionCount(a.numbers, b.numbers)) / Double(smaller)
    }

    /// The shorter text's names and numbers (headline included): how many, and the share of them the
    /// other text also gives.
    static func factContainment(_ a: Fingerprint, _ b: Fingerprint) -> (share: Double, count: Int)? {
        let (short, long) = a.size <= b.size ? (a, b) : (b, a)
        let count = short.names.count + short.numbers.count
        guard count > 0 else { return nil }
        let shared = intersectionCount(short.names, long.names) + intersectionCount(short.numbers, long.numbers)
        return (Double(shared) / Double(count), count)
    }

    /// Whether `a`'s lede gives a number that `b` nowhere gives.
    static func hasOwnNumber(_ a: Fingerprint, _ b: Fingerprint) -> Bool {
        !b.numbers.isEmpty && intersectionCount(a.ledeNumbers, b.numbers) < a.ledeNumbers.count
    }

    private static func signal(_ s: Scores, _ item: Fingerprint, _ other: Fingerprint, _ rules: DedupRules) -> Signal? {
        let bothFull = s.smallerAnchors >= rules.titleContradictionAnchors
        // Stories written from one template share sentences but not the people, places and numbers.
        // Between two full texts one differing name is evidence; a short teaser names too little to
        // judge unless its lede names several things.
        if let names = s.names, names < rules.names, bothFull || min(item.ledeNames.count, other.ledeNames.count) >= 3 {
            return nil
        }
        // …unless nearly every sentence is shared: then a changed number is a copy edit (a currency
        // converted, a toll updated), not another story.
        let nearlyIdentical = s.smallerAnchors >= rules.minimumAnchors && s.containment >= rules.identical
        if s.numbersDisagree, !nearlyIdentical { return nil }
        if s.smallerAnchors >= rules.minimumAnchors, s.containment >= rules.containment { return .content }
        if s.smallerLede >= rules.minimumLedeShingles, s.lede >= rules.lede, s.containment >= rules.ledeContainment,
           s.smallerAnchors >= rules.minimumAnchors / 2 { return .content }
        if s.smallerLede >= rules.minimumLedeShingles, s.lede >= rules.ledeOnly,
           !(bothFull && s.containment < rules.ledeContradiction) { return .lede }
        // Two full texts that share little are different articles, whatever their headlines say.
        if bothFull, s.containment < rules.titleContradiction { return nil }
        // The same headline over two different first paragraphs is a headline two outlets chose, not
        // one article: copies keep the lede.
        let ledesDiffer = bothFull && s.smallerLede >= rules.minimumLedeShingles && s.lede < rules.titleLede
        if s.sameTitle, s.hoursApart <= rules.titleWindowHours, !ledesDiffer { return .title }
        // A teaser (a hand-written summary under a new headline) shares few words with the article
        // but names the same things: every name and number it gives is in the other text.
        if rules.facts > 0, min(item.size, other.size) < rules.teaserSize,
           s.hoursApart <= rules.titleWindowHours, s.title >= rules.teaserTitle,
           let facts = factContainment(item, other), facts.share >= rules.facts, facts.count >= rules.minimumFacts {
            return .lede
        }
        // A headline and nothing else: fold only on a near-identical headline.
        let titleOnly = item.size == 0 || other.size == 0
        if titleOnly, min(item.title.count, other.title.count) >= 5, s.title >= rules.titleOnly,
           s.hoursApart <= rules.titleWindowHours { return .title }
        return nil
    }

    /// Elements common to two sorted arrays.
    static func intersectionCount(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }
}
