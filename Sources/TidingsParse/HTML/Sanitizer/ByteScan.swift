/// Finds the next byte that needs attention in a run of text, eight bytes at a time: the sanitiser's
/// passes over text (`SanitizerInput`, `FastFragmentReader`, `HTMLOutput`) mostly see plain letters.
///
/// The word tests are the usual exact "has a byte" tricks: they never miss a byte, so a word they pass
/// is skipped whole, and the byte test alone decides where the run ends.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word` equals `byte`.
    @inline(__always) static func has(_ word: UInt64, _ byte: UInt8) -> Bool {
        let probe = word ^ (ones &* UInt64(byte))
        return (probe &- ones) & ~probe & highBits != 0
    }

    /// Whether a byte of `word` is below `limit` (at most 128).
    @inline(__always) static func hasBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// The index of the first byte in `start..<end` for which `isSpecial` holds (`end` if none),
    /// skipping whole words for which `mayHoldSpecial` is false.
    @inline(__always)
    static func first(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                      word mayHoldSpecial: (UInt64) -> Bool, byte isSpecial: (UInt8) -> Bool) -> Int {
        var index = start
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= end {
                if mayHoldSpecial(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))) { break }
                index += 8
            }
        }
        while index < end, !isSpecial(buffer[index]) { index += 1 }
        return index
    }
}
