import Foundation

/// ParseBench's command line: a few options, then the documents.
struct BenchArguments {
    /// Keep repeating a document until this much time has been spent on it…
    var minSeconds = 0.3
    /// …and it has been parsed at least this many times…
    var minReps = 5
    /// …but never more than this many (tiny fixtures would otherwise repeat for ever).
    var maxReps = 2000
    /// Measure peak memory of one parse instead of timing.
    var memory = false
    var files: [String] = []

    init<Arguments: Sequence<String>>(_ arguments: Arguments) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--min-seconds": minSeconds = iterator.next().flatMap(Double.init) ?? minSeconds
            case "--min-reps": minReps = iterator.next().flatMap(Int.init) ?? minReps
            case "--max-reps": maxReps = iterator.next().flatMap(Int.init) ?? maxReps
            case "--memory": memory = true
            default: files.append(argument)
            }
        }
    }
}
