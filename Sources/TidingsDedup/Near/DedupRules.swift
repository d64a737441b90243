/// Every threshold near-duplicate matching uses, in one place. The defaults were tuned on the
/// labelled corpus in `Tests/TidingsDedupTests/Corpus` (`bench/dedup`), precision first; each can be
/// changed with `tidings dedup --set NAME=VALUE` (stored in the database, read by daemon and CLI).
package struct DedupRules: Sendable, Hashable {
    /// Strong content match: share of the smaller copy's anchors found in the other…
    package var containment = 0.85
    /// …when the smaller copy has at least this many anchors (one per 8 shingles, about 8 words).
    package var minimumAnchors = 8
    /// Content match helped by the lede: a lower containment is enough…
    package var ledeContainment = 0.60
    /// …when this share of the smaller lede's shingles is in the other lede.
    package var lede = 0.75
    /// Lede match: wire copies keep the first paragraph, follow-ups and other agencies' stories do
    /// not. This share of the smaller lede, of at least `minimumLedeShingles` shingles…
    package var ledeOnly = 0.85
    package var minimumLedeShingles = 15
    /// …unless both have `titleContradictionAnchors` anchors and share less than this.
    package var ledeContradiction = 0.15
    /// Same normalised headline (at least 4 words), published within this many hours…
    package var titleWindowHours = 48.0
    /// …unless both copies have this many anchors and share less than `titleContradiction`.
    package var titleContradictionAnchors = 4
    package var titleContradiction = 0.30
    /// …and unless both ledes are long enough to compare and share less than this.
    package var titleLede = 0.30
    /// Near-identical headline (word overlap over the union) when one copy has no text to compare.
    package var titleOnly = 0.75
    /// Teasers: a text of fewer than `teaser-size` shingles joins when this share of its names and
    /// numbers (at least `minimum-facts` of them) is in the other text, its headline shares at least
    /// `teaser-title` of the words, within the headline window. Off by default (0): on the labelled
    /// corpus it folded 6 more teasers and title-only copies but also 3 of 80 hard negatives (previews
    /// and follow-ups name the same people), which precision first does not allow.
    package var facts = 0.0
    package var minimumFacts = 4
    package var teaserSize = 40
    package var teaserTitle = 0.15
    /// Containment at which two texts count as the same whatever numbers differ (a copy edit).
    package var identical = 0.95
    /// Below this share of names in common (`Words.names`, lede against text), nothing joins.
    package var names = 0.6
    /// Candidates are looked for among items this many hours either side of the new one.
    package var windowHours = 72.0
    /// Feed titles (or URLs) preferred as a story's representative, first preferred most.
    package var preferredSources: [String] = []

    package init() {}

    /// The names `--set` accepts, with their current values as text.
    package var settings: [(name: String, value: String)] {
        [
            ("containment", "\(containment)"), ("minimum-anchors", "\(minimumAnchors)"),
            ("lede-containment", "\(ledeContainment)"), ("lede", "\(lede)"),
            ("lede-only", "\(ledeOnly)"), ("minimum-lede-shingles", "\(minimumLedeShingles)"),
            ("lede-contradiction", "\(ledeContradiction)"),
            ("title-window-hours", "\(titleWindowHours)"),
            ("title-contradiction-anchors", "\(titleContradictionAnchors)"),
            ("title-contradiction", "\(titleContradiction)"), ("title-lede", "\(titleLede)"),
            ("title-only", "\(titleOnly)"),
            ("facts", "\(facts)"), ("minimum-facts", "\(minimumFacts)"), ("teaser-size", "\(teaserSize)"),
            ("teaser-title", "\(teaserTitle)"), ("identical", "\(identical)"), ("names", "\(names)"), ("window-hours", "\(windowHours)"), ("preferred-sources", preferredSources.joined(separator: ",")),
        ]
    }

    /// Sets one rule from text; throws a one-sentence error for an unknown name or a bad value.
    package mutating func set(_ name: String, to value: String) throws(DedupRuleError) {
        func number() throws(DedupRuleError) -> Double {
            guard let number = Double(value), number >= 0 else { throw .badValue(name, value) }
            return number
        }
        func fraction() throws(DedupRuleError) -> Double {
            let number = try number()
            guard number <= 1 else { throw .badValue(name, value) }
            return number
        }
        func count() throws(DedupRuleError) -> Int {
            guard let number = Int(value), number >= 0 else { throw .badValue(name, value) }
            return number
        }
        switch name {
        case "containment": containment = try fraction()
        case "minimum-anchors": minimumAnchors = try count()
        case "lede-containment": ledeContainment = try fraction()
        case "lede": lede = try fraction()
        case "lede-only": ledeOnly = try fraction()
        case "minimum-lede-shingles": minimumLedeShingles = try count()
        case "lede-contradiction": ledeContradiction = try fraction()
        case "title-window-hours": titleWindowHours = try number()
        case "title-contradiction-anchors": titleContradictionAnchors = try count()
        case "title-contradiction": titleContradiction = try fraction()
        case "title-lede": titleLede = try fraction()
        case "title-only": titleOnly = try fraction()
        case "facts": facts = try fraction()
        case "minimum-facts": minimumFacts = try count()
        case "teaser-size": teaserSize = try count()
        case "teaser-title": teaserTitle = try fraction()
        case "identical": identical = try fraction()
        case "names": names = try fraction()
        case "window-hours": windowHours = try number()
        case "preferred-sources":
            preferredSources = value.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        default: throw .unknown(name)
        }
    }
}

package enum DedupRuleError: Error, Equatable, CustomStringConvertible {
    case unknown(String)
    case badValue(String, String)

    package var description: String {
        switch self {
        case .unknown(let name): "there is no dedup rule named \"\(name)\" (see `tidings dedup --show`)"
        case .badValue(let name, let value): "\"\(value)\" is not a valid value for the dedup rule \(name)"
        }
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
