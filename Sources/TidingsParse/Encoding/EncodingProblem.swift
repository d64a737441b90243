/// Something wrong with how a document is encoded or labelled, for `bozo_message`.
struct EncodingProblem: Equatable {
    /// One line, starting `encoding: `.
    let message: String
    /// The 1-based line of the UTF-8 document where it shows.
    let line: Int

    init(_ description: String, line: Int) {
        message = "encoding: \(description) (line \(line))"
        self.line = line
    }

    /// The problem nearest the start; the first reported among equals.
    static func earliest(_ problems: [EncodingProblem]) -> EncodingProblem? {
        problems.min { $0.line < $1.line }
    }
}
