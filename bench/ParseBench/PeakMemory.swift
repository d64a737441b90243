import Foundation
import TidingsParse

/// Peak resident memory of one parse, read from `/proc/self/status`.
///
/// The document is loaded first; writing `5` to `/proc/self/clear_refs` then resets the
/// high-water mark (`VmHWM`) to the current resident size, so the peak afterwards is the parse's
/// own, with the process and the input already counted in the baseline.
enum PeakMemory {
    static func measure(_ bytes: [UInt8]) -> [String: Any] {
        let clearRefs = FileHandle(forWritingAtPath: "/proc/self/clear_refs")
        let resetWorked = (try? clearRefs?.write(contentsOf: Data("5".utf8))) != nil
        try? clearRefs?.close()
        let before = field("VmRSS")
        let feed = FeedParser.parse(bytes, url: "https://bench.example/feed", contentType: nil)
        let peak = field("VmHWM")
        return ["bytes": bytes.count, "rss_before_kb": before, "hwm_kb": peak,
                "hwm_reset": resetWorked, "entries": feed.entries.count]
    }

    /// A `kB` field of `/proc/self/status`, or -1 when it cannot be read.
    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let digits = line.dropFirst(name.count + 1).filter(\.isNumber)
            return Int(digits) ?? -1
        }
        return -1
    }
}
