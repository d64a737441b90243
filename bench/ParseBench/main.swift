import Foundation

// ParseBench: times `FeedParser.parse` on documents already held in memory; bench/parse drives it.
//
//   ParseBench [--min-seconds S] [--min-reps N] [--max-reps N] FILE...   timing, one JSON object
//   ParseBench --memory FILE                                              peak memory of one parse
//
// Only the parse calls are inside the clock: files are read before timing starts, and the results
// are folded into a checksum so the optimiser cannot drop the work.

let arguments = BenchArguments(CommandLine.arguments.dropFirst())
guard !arguments.files.isEmpty else {
    FileHandle.standardError.write(Data("usage: ParseBench [--min-seconds S] [--min-reps N] [--max-reps N] FILE...\n       ParseBench --memory FILE\n".utf8))
    exit(2)
}

let documents: [(path: String, bytes: [UInt8])] = arguments.files.map { path in
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("ParseBench: cannot read \(path)\n".utf8))
        exit(1)
    }
    return (path, [UInt8](data))
}

let report: [String: Any]
if arguments.memory {
    report = PeakMemory.measure(documents[0].bytes)
} else {
    let timer = DocumentTimer(minSeconds: arguments.minSeconds, minReps: arguments.minReps,
                              maxReps: arguments.maxReps)
    report = timer.run(documents)
}
let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
FileHandle.standardOutput.write(json + Data("\n".utf8))
