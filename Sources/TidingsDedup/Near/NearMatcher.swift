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

        /// `containment 0.92 (23/25 anchors), lede 1.00 (41), title 0.45, 3.2 h apart`
        package var summary: String {
            "containment \(Self.format(containment)) (\(sharedAnchors)/\(smallerAnchors) anchors), lede "
                + "\(Self.format(lede)) (\(smallerLede)), title \(Self.format(title))\(sameTitle ? " (same)" : ""), "
                + "\(Self.format(hoursApart, digits: 1)) h apart"
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
            hoursApart: abs(itemDate - otherDate) / 3600)
    }

    /// Whether `item` (dated `itemDate`, Unix seconds) is a copy of `other`.
    package static func decide(_ item: Fingerprint, at itemDate: Double, against other: Fingerprint,
                               at otherDate: Double, rules: DedupRules) -> Decision {
        let scores = scores(item, at: itemDate, other, at: otherDate)
        return Decision(signal: signal(scores, item, other, rules), scores: scores)
    }

    private static func signal(_ s: Scores, _ item: Fingerprint, _ other: Fingerprint, _ rules: DedupRules) -> Signal? {
        let bothFull = s.smallerAnchors >= rules.titleContradictionAnchors
        if s.smallerAnchors >= rules.minimumAnchors, s.containment >= rules.containment { return .content }
        if s.smallerLede >= rules.minimumLedeShingles, s.lede >= rules.lede, s.containment >= rules.ledeContainment,
           s.smallerAnchors >= rules.minimumAnchors / 2 { return .content }
        if s.smallerLede >= rules.minimumLedeShingles, s.lede >= rules.ledeOnly,
           !(bothFull && s.containment < rules.ledeContradiction) { return .lede }
        // Two full texts that share little are different articles, whatever their headlines say.
        if bothFull, s.containment < rules.titleContradiction { return nil }
        if s.sameTitle, s.hoursApart <= rules.titleWindowHours { return .title }
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
