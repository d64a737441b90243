import FlyingSocks

/// A response body that arrives in pieces with pauses between them, like a slow or stalling
/// server. FlyingFox writes each buffer it gets to the socket as it gets it.
struct TrickleSequence: AsyncBufferedSequence {
    typealias Element = UInt8

    private let pieces: [[UInt8]]
    private let interval: Duration

    init(pieces: [[UInt8]], interval: Duration) {
        self.pieces = pieces.filter { !$0.isEmpty }
        self.interval = interval
    }

    func makeAsyncIterator() -> Iterator {
        Iterator(pieces: pieces, interval: interval)
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        let pieces: [[UInt8]]
        let interval: Duration
        private var index = 0
        private var offset = 0

        init(pieces: [[UInt8]], interval: Duration) {
            self.pieces = pieces
            self.interval = interval
        }

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        /// The rest of the current piece (at most `count` bytes), pausing before each new piece
        /// after the first. The pause throws on cancellation, which ends the response when the
        /// server stops.
        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard index < pieces.count else { return nil }
            if offset == 0, index > 0 { try await Task.sleep(for: interval) }
            let piece = pieces[index]
            let end = Swift.min(piece.count, offset + Swift.max(1, count))
            let chunk = Array(piece[offset..<end])
            if end == piece.count {
                index += 1
                offset = 0
            } else {
                offset = end
            }
            return chunk
        }
    }
}
