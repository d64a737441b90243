import TidingsModel
import TidingsParse

/// Times each document's parse on its own and keeps the median, so a stray slow run (the other
/// core busy, a page fault storm) does not move the result.
struct DocumentTimer {
    var minSeconds: Double
    var minReps: Int
    var maxReps: Int

    /// Per document: bytes, repetitions and the median in microseconds; for the whole corpus: total
    /// bytes over the sum of the medians (MB/s, 10^6 bytes) and the mean median per document.
    func run(_ documents: [(path: String, bytes: [UInt8])]) -> [String: Any] {
        var checksum = 0
        var rows: [[String: Any]] = []
        var totalSeconds = 0.0
        var totalBytes = 0
        for document in documents {
            checksum &+= digest(parse(document.bytes))  // warm-up: first-touch and lazy initialisation
            var samples: [Double] = []
            var spent = 0.0
            while samples.count < maxReps && (samples.count < minReps || spent < minSeconds) {
                let start = ContinuousClock.now
                let feed = parse(document.bytes)
                let seconds = Self.seconds(ContinuousClock.now - start)
                checksum &+= digest(feed)
                samples.append(seconds)
                spent += seconds
            }
            let median = Self.median(samples)
            totalSeconds += median
            totalBytes += document.bytes.count
            rows.append(["path": document.path, "bytes": document.bytes.count, "reps": samples.count,
                         "median_us": median * 1e6])
        }
        return ["documents": documents.count, "bytes": totalBytes, "seconds": totalSeconds,
                "mb_per_s": Double(totalBytes) / totalSeconds / 1e6,
                "us_per_doc": totalSeconds / Double(max(documents.count, 1)) * 1e6,
                "checksum": checksum, "per_document": rows]
    }

    private func parse(_ bytes: [UInt8]) -> ParsedFeed {
        FeedParser.parse(bytes, url: "https://bench.example/feed", contentType: nil)
    }

    private func digest(_ feed: ParsedFeed) -> Int {
        feed.entries.count &+ (feed.bozo ? 1 : 0) &+ (feed.info.title?.value.utf8.count ?? 0)
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }

    private static func median(_ samples: [Double]) -> Double {
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
