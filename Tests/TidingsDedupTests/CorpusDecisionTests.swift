import Foundation
import Testing
@testable import TidingsDedup

/// The decision function on the hand-made corpus (Corpus/clusters: wire stories, their copies,
/// hard negatives), each copy rebuilt here from its cluster file the way `bench/dedup/make-feeds.py`
/// renders it. The full pipeline is scored by `bench/dedup/run`; this keeps the decision honest in
/// `swift test`: no hard negative may match its wire story, and copies that keep the lede must.
@Suite struct CorpusDecisionTests {
    struct Cluster: Decodable {
        struct Wire: Decodable {
            var dateline: String
            var byline: String?
            var headline: String
            var paragraphs: [String]
        }
        struct Copy: Decodable {
            var outlet: String
            var headline: String?
            var keep_dateline: String?
            var paragraphs: [Int]?
            var replace: [[String]]?
            var lead_html: String?
            var trailer_html: String?
            var summary: String?
            var variant: String?
        }
        struct Negative: Decodable {
            var id: String
            var kind: String
            var outlet: String
            var dateline: String?
            var headline: String
            var paragraphs: [String]
        }
        var cluster: String
        var wire: Wire
        var copies: [Copy]
        var negatives: [Negative]
    }

    struct Outlet: Decodable {
        var id: String
        var body: String
    }

    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func clusters() throws -> [Cluster] {
        let folder = corpus.appendingPathComponent("clusters")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { try JSONDecoder().decode(Cluster.self, from: Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    static func outlets() throws -> [String: String] {
        let list = try JSONDecoder().decode([Outlet].self, from: Data(contentsOf: corpus.appendingPathComponent("outlets.json")))
        return Dictionary(uniqueKeysWithValues: list.map { ($0.id, $0.body) })
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    static func wireFingerprint(_ cluster: Cluster) -> Fingerprint {
        let html = cluster.wire.paragraphs.enumerated().map { index, text in
            "<p>\(escape(index == 0 ? cluster.wire.dateline + " " + text : text))</p>"
        }.joined()
        return Fingerprint(title: cluster.wire.headline, text: StoryText(summaryHTML: nil, contentHTML: html))
    }

    static func copyFingerprint(_ copy: Cluster.Copy, of cluster: Cluster, body: String) -> Fingerprint {
        let kept = copy.paragraphs ?? Array(cluster.wire.paragraphs.indices)
        var texts = kept.map { cluster.wire.paragraphs[$0] }
        for pair in copy.replace ?? [] where pair.count == 2 {
            texts = texts.map { $0.replacingOccurrences(of: pair[0], with: pair[1]) }
        }
        if let first = texts.first {
            switch copy.keep_dateline ?? "full" {
            case "full": texts[0] = cluster.wire.dateline + " " + first
            case "tag-only":
                if let open = cluster.wire.dateline.firstIndex(of: "(") {
                    texts[0] = String(cluster.wire.dateline[open...]) + " " + first
                }
            default: break
            }
        }
        let headline = copy.headline ?? cluster.wire.headline
        switch body {
        case "title":
            return Fingerprint(title: headline, text: StoryText(blocks: []))
        case "summary":
            let summary = copy.summary ?? texts.first ?? ""
            return Fingerprint(title: headline, text: StoryText(summaryHTML: escape(summary), contentHTML: nil))
        default:
            let html = (copy.lead_html ?? "") + texts.map { "<p>\(escape($0))</p>" }.joined() + (copy.trailer_html ?? "")
            return Fingerprint(title: headline, text: StoryText(summaryHTML: nil, contentHTML: html))
        }
    }

    @Test func theCorpusIsBigEnough() throws {
        let clusters = try Self.clusters()
        #expect(clusters.count >= 40)
        #expect(clusters.map(\.negatives.count).reduce(0, +) >= 40)
        #expect(clusters.allSatisfy { (3...6).contains($0.copies.count) || $0.copies.count > 6 })
    }

    @Test func noHardNegativeMatchesItsWireStory() throws {
        let outlets = try Self.outlets()
        for cluster in try Self.clusters() {
            let wire = Self.wireFingerprint(cluster)
            for negative in cluster.negatives {
                let body = outlets[negative.outlet] ?? "content"
                let texts = negative.paragraphs.enumerated().map { index, text in
                    index == 0 ? [negative.dateline, text].compactMap { $0 }.joined(separator: " ") : text
                }
                let fingerprint: Fingerprint
                switch body {
                case "title": fingerprint = Fingerprint(title: negative.headline, text: StoryText(blocks: []))
                case "summary":
                    fingerprint = Fingerprint(title: negative.headline,
                                              text: StoryText(summaryHTML: Self.escape(texts.first ?? ""), contentHTML: nil))
                default:
                    fingerprint = Fingerprint(title: negative.headline, text: StoryText(
                        summaryHTML: nil, contentHTML: texts.map { "<p>\(Self.escape($0))</p>" }.joined()))
                }
                let decision = NearMatcher.decide(fingerprint, at: 0, against: wire, at: 0, rules: DedupRules())
                #expect(decision.signal == nil, "\(negative.id) (\(negative.kind)) matched: \(decision.scores.summary)")
            }
        }
    }

    @Test func fullCopiesThatKeepTheLedeMatchTheirWireStory() throws {
        let outlets = try Self.outlets()
        var checked = 0
        for cluster in try Self.clusters() {
            let wire = Self.wireFingerprint(cluster)
            for copy in cluster.copies where outlets[copy.outlet] == "content" {
                let kept = copy.paragraphs ?? Array(cluster.wire.paragraphs.indices)
                guard kept.prefix(2) == [0, 1] else { continue }
                checked += 1
                let fingerprint = Self.copyFingerprint(copy, of: cluster, body: "content")
                let decision = NearMatcher.decide(fingerprint, at: 3600, against: wire, at: 0, rules: DedupRules())
                #expect(decision.signal != nil,
                        "\(cluster.cluster) \(copy.outlet) (\(copy.variant ?? "")): \(decision.scores.summary)")
            }
        }
        #expect(checked >= 60)
    }
}
