import Testing
@testable import TidingsParse

/// `ByteScan.first` against a byte-by-byte search: the vector blocks must find exactly the first
/// special byte, wherever it falls in a block, at a buffer's edges and in the tail shorter than a block.
@Suite struct ByteScanTests {
    /// The sanitiser input's classes: controls, DEL, `<`, `&`, `>`, and 0xEF.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0x3C || byte == 0x26 || byte == 0x3E || byte == 0xEF
    }

    private static func scan(_ bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            ByteScan.first(in: buffer, from: start, to: buffer.count, block: { block in
                ByteScan.below(block, 0x20) | ByteScan.equal(block, 0x7F) | ByteScan.equal(block, 0x3C)
                    | ByteScan.equal(block, 0x26) | ByteScan.equal(block, 0x3E) | ByteScan.equal(block, 0xEF)
            }, byte: isSpecial)
        }
    }

    @Test func findsTheFirstSpecialByteAtEveryPosition() {
        for length in 0...70 {
            for position in 0..<max(length, 1) {
                for special: UInt8 in [0x00, 0x1F, 0x7F, 0x3C, 0x26, 0x3E, 0xEF] {
                    // Plain bytes around it, including ones just outside each class.
                    var bytes = (0..<length).map { UInt8(truncatingIfNeeded: [0x20, 0x61, 0x80, 0xEE, 0xF0, 0x3D, 0x7E][$0 % 7]) }
                    if length > 0 { bytes[position] = special }
                    for start in [0, 1, 7, 15, 16, 17].filter({ $0 <= length }) {
                        let expected = bytes[start...].firstIndex(where: Self.isSpecial) ?? length
                        #expect(Self.scan(bytes, from: start) == expected, "length \(length) special at \(position) from \(start)")
                    }
                }
            }
        }
    }

    @Test func agreesWithAByteLoopOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...200, using: &generator)).map { _ in
                Int.random(in: 0..<20, using: &generator) == 0 ? UInt8.random(in: 0...255, using: &generator)
                    : UInt8.random(in: 0x61...0x7A, using: &generator)
            }
            var index = 0
            while index < bytes.count {
                let expected = bytes[index...].firstIndex(where: Self.isSpecial) ?? bytes.count
                #expect(Self.scan(bytes, from: index) == expected)
                index = expected + 1
            }
        }
    }
}
