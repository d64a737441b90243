/// FNV-1a, 64-bit: a small dependency-free hash whose value never changes between runs, machines or
/// Swift versions (unlike `Hasher`, which is seeded per process), so it can be stored and compared
/// later. Not cryptographic: use it to tell things apart, never to protect them.
package enum StableHash {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The FNV-1a 64 hash of `bytes`.
    package static func value<Bytes: Sequence>(of bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        // Contiguous bytes (every body the daemon hashes) take the buffer loop: generic code
        // called from another module is not specialised, and walked bytes one iterator call each.
        if let hash = bytes.withContiguousStorageIfAvailable(value(ofBuffer:)) { return hash }
        var hash = offsetBasis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }

    private static func value(ofBuffer buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in buffer {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }

    /// The FNV-1a 64 hash of `text`'s UTF-8 bytes.
    package static func value(of text: String) -> UInt64 {
        value(of: text.utf8)
    }

    /// The hash of `bytes` as 16 lowercase hex digits.
    package static func hex<Bytes: Sequence>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        hexDigits(value(of: bytes))
    }

    /// The hash of `text`'s UTF-8 bytes as 16 lowercase hex digits.
    package static func hex(of text: String) -> String {
        hexDigits(value(of: text.utf8))
    }

    private static func hexDigits(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
