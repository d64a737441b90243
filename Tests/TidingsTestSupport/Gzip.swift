/// A gzip encoder small enough to read in one sitting: the deflate stream uses stored
/// (uncompressed) blocks only, which every inflater must accept (RFC 1951 §3.2.4). No zlib is
/// needed in the test process, and the client still runs its real gzip decoder.
package enum Gzip {
    /// `bytes` as one gzip member (RFC 1952).
    package static func stored(_ bytes: [UInt8]) -> [UInt8] {
        // ID1 ID2, CM = 8 (deflate), FLG = 0, MTIME = 0, XFL = 0, OS = 255 (unknown).
        var output: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]
        let blockSize = 65_535  // the most a stored block's 16-bit LEN can say
        var start = 0
        repeat {
            let end = min(bytes.count, start + blockSize)
            let length = UInt16(end - start)
            // BFINAL in bit 0, BTYPE 00 (stored); the rest of the byte is padding.
            output.append(end == bytes.count ? 1 : 0)
            output += littleEndian(length) + littleEndian(~length)
            output += bytes[start..<end]
            start = end
        } while start < bytes.count
        output += littleEndian(crc32(bytes)) + littleEndian(UInt32(truncatingIfNeeded: bytes.count))
        return output
    }

    /// CRC-32 as gzip defines it (reflected polynomial 0xEDB88320).
    package static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xffff_ffff
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xff)] ^ (crc >> 8)
        }
        return ~crc
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xedb8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }

    private static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        (0..<T.bitWidth / 8).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }
}
