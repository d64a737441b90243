import Foundation
import TidingsDedup
import TidingsModel
import TidingsStore

// DedupBench: how fast items are ingested with near-duplicate matching as the store grows.
//
//     swift build -c release --product DedupBench
//     .build/release/DedupBench [--sizes 10000,100000,1000000] [--batch 5000] [--per-day 3000] [--dir DIR]
//
// One database grows through the checkpoints; at each one the next `--batch` items (a fifth of them
// wire copies of recent stories, the rest new stories) are ingested and timed. Items arrive in
// feeds of 50, one `FeedStore.apply` (one transaction) per feed, as the daemon does; `--per-day`
// items a day spread the history, so the candidate window (±72 h) holds as many items at 1M
// as a busy reader's store would. Prints one JSON object per checkpoint.

struct Options {
    var sizes = [10_000, 100_000, 1_000_000]
    var batch = 5_000
    var perDay = 3_000
    var directory: String?
    /// Store without fingerprints: the cost of the store alone, for comparison.
    var noDedup = false

    init(_ arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--sizes": sizes = iterator.next()?.split(separator: ",").compactMap { Int($0) } ?? sizes
            case "--batch": batch = iterator.next().flatMap(Int.init) ?? batch
            case "--per-day": perDay = iterator.next().flatMap(Int.init) ?? perDay
            case "--dir": directory = iterator.next()
            case "--no-dedup": noDedup = true
            default: FileHandle.standardError.write(Data("DedupBench: unknown argument \(argument)\n".utf8)); exit(2)
            }
        }
    }
}

/// Deterministic news-shaped text: a pseudo-word vocabulary, capitalised names, numbers.
struct TextMaker {
    private var state: UInt64
    private let words: [String]
    private let names: [String]
    private let common: [String]

    init(seed: UInt64) {
        state = seed
        let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "an", "el", "or", "ist", "ber", "dan", "gol",
                         "har", "pen", "ques", "ri", "tor", "ul", "wen", "zo", "cha", "fri", "mon", "pra", "sle"]
        var generator = SplitMix(state: seed ^ 0x5eed)
        words = (0..<3000).map { _ in
            (0..<(2 + Int(generator.next() % 2))).map { _ in syllables[Int(generator.next() % UInt64(syllables.count))] }.joined()
        } + ["the", "a", "of", "to", "in", "and", "said", "on", "for", "with", "was", "is", "at", "by"]
        common = Array(words.suffix(14))
        names = (0..<800).map { _ in
            let name = (0..<2).map { _ in syllables[Int(generator.next() % UInt64(syllables.count))] }.joined()
            return name.prefix(1).uppercased() + name.dropFirst()
        }
    }

    mutating func next() -> UInt64 {
        var generator = SplitMix(state: state)
        let value = generator.next()
        state = generator.state
        return value
    }

    mutating func pick<T>(_ list: [T]) -> T { list[Int(next() % UInt64(list.count))] }

    mutating func sentence() -> String {
        var parts: [String] = [pick(names)]
        for index in 0..<(10 + Int(next() % 14)) {
            switch next() % 12 {
            case 0: parts.append(pick(names))
            case 1: parts.append(String(10 + next() % 9_000))
            default: parts.append(index % 5 == 4 ? pick(common) : pick(words))
            }
        }
        return parts.joined(separator: " ") + "."
    }

    mutating func paragraphs(_ count: Int) -> [String] {
        (0..<count).map { _ in (0..<(2 + Int(next() % 2))).map { _ in sentence() }.joined(separator: " ") }
    }
}

struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// Items in arrival order, a fifth of them copies of a story from the last day.
struct Stream {
    var maker = TextMaker(seed: 42)
    var recent: [(title: String, paragraphs: [String])] = []
    var counter = 0

    mutating func item(at date: Date, fingerprint: Bool = true) -> IncomingItem {
        counter += 1
        let title: String
        var paragraphs: [String]
        if !recent.isEmpty, maker.next() % 5 == 0 {
            let original = maker.pick(recent)
            title = "Update: " + original.title
            paragraphs = Array(original.paragraphs.prefix(3 + Int(maker.next() % 3)))
            paragraphs.insert("WATCH | " + maker.sentence(), at: 1)
        } else {
            title = maker.sentence().split(separator: " ").prefix(9).joined(separator: " ")
            paragraphs = maker.paragraphs(5 + Int(maker.next() % 4))
            recent.append((title, paragraphs))
            if recent.count > 300 { recent.removeFirst(100) }
        }
        let html = paragraphs.map { "<p>\($0)</p>" }.joined()
        let link = "https://news\(counter % 97).example/\(counter)"
        return IncomingItem(
            itemKey: "guid:\(counter)", storyKeys: ["url:" + link], storyUID: "tag:bench,2026:story/\(counter)",
            guid: String(counter), link: link, canonicalURL: link, title: title, content: html, publishedAt: date,
            fingerprint: fingerprint ? Fingerprint(title: title, text: StoryText(summaryHTML: nil, contentHTML: html)) : nil)
    }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let directory = options.directory ?? NSTemporaryDirectory() + "tidings-dedupbench-\(getpid())"
try? FileManager.default.removeItem(atPath: directory)
try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
let store = try FeedStore(path: directory + "/bench.sqlite")
let feedsCount = 200
var feeds: [Int64] = []
let start = Date(timeIntervalSince1970: 1_780_000_000)
for index in 0..<feedsCount {
    let status = try await store.addFeed(FeedSource(url: "https://feed\(index).example/rss", title: "Feed \(index)"),
                                         checkInterval: 3600, now: start)
    feeds.append(status.id)
}
/// Where the synthetic history stands: the stream of items and the clock they are dated by.
final class History: @unchecked Sendable {
    var stream = Stream()
    var clock: Date
    let secondsPerItem: Double
    init(start: Date, perDay: Int) {
        clock = start
        secondsPerItem = 86_400 / Double(perDay)
    }
}

/// Makes `count` items in feeds of 50, the fingerprints computed on every core as the daemon's
/// parse tasks do; returns the feeds and the seconds that took.
func make(_ count: Int, history: History) async -> ([[IncomingItem]], Double) {
    var texts: [(Date, Int)] = []
    for index in 0..<count {
        history.clock = history.clock.addingTimeInterval(history.secondsPerItem)
        texts.append((history.clock, index))
    }
    // The text itself is made serially (deterministic), the fingerprints in parallel.
    var drafts: [IncomingItem] = []
    for (date, _) in texts { drafts.append(history.stream.item(at: date, fingerprint: false)) }
    let started = Date()
    let chunks = stride(from: 0, to: drafts.count, by: 50).map { Array(drafts[$0..<min($0 + 50, drafts.count)]) }
    let feeds = await withTaskGroup(of: (Int, [IncomingItem]).self) { group in
        for (index, chunk) in chunks.enumerated() {
            group.addTask {
                (index, chunk.map { item in
                    var item = item
                    item.fingerprint = Fingerprint(title: item.title, text: StoryText(summaryHTML: nil, contentHTML: item.content))
                    if options.noDedup { item.fingerprint = nil }
                    return item
                })
            }
        }
        var done: [(Int, [IncomingItem])] = []
        for await result in group { done.append(result) }
        return done.sorted { $0.0 < $1.0 }.map(\.1)
    }
    return (feeds, Date().timeIntervalSince(started))
}

/// Applies the feeds one transaction each, as the daemon's writer does; returns seconds and joins.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
}

nonisolated(unsafe) var lastApplyCPU = 0.0

func apply(_ feeds: [[IncomingItem]], store: FeedStore, feedIDs: [Int64]) async throws -> (Double, Int) {
    let started = Date()
    let cpu = cpuSeconds()
    defer { lastApplyCPU = cpuSeconds() - cpu }
    var joined = 0
    for (index, items) in feeds.enumerated() {
        let at = items.last?.publishedAt ?? Date()
        let outcome = try await store.apply(FeedRefresh(feedID: feedIDs[index % feedIDs.count], fetchedAt: at,
                                                        status: 200, items: items, nextCheckAt: at.addingTimeInterval(3600)))
        joined += outcome.joinedItems
    }
    return (Date().timeIntervalSince(started), joined)
}

let history = History(start: start, perDay: options.perDay)
var stored = 0

for size in options.sizes.sorted() {
    while size > stored {
        let step = min(50_000, size - stored)
        let (feedsMade, _) = await make(step, history: history)
        _ = try await apply(feedsMade, store: store, feedIDs: feeds)
        // As the daemon does after each pass.
        try await store.pruneCandidateIndex(now: history.clock)
        stored += step
    }
    FileHandle.standardError.write(Data("DedupBench: \(size) items stored\n".utf8))
    let (batch, fingerprintSeconds) = await make(options.batch, history: history)
    let (applySeconds, joined) = try await apply(batch, store: store, feedIDs: feeds)
    stored += options.batch
    let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/bench.sqlite")
    let result: [String: Any] = [
        "stored_items": size, "batch": options.batch, "joined": joined,
        "apply_items_per_s": Double(options.batch) / applySeconds,
        "apply_cpu_us_per_item": lastApplyCPU / Double(options.batch) * 1_000_000,
        "fingerprint_items_per_s": Double(options.batch) / fingerprintSeconds,
        // The daemon overlaps the two: parse tasks fingerprint while the writer applies.
        "ingest_items_per_s": Double(options.batch) / max(applySeconds, fingerprintSeconds),
        "database_mb": Double((attributes[.size] as? Int) ?? 0) / 1_000_000,
    ]
    let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
    print(String(decoding: json, as: UTF8.self))
}
try? FileManager.default.removeItem(atPath: directory)
