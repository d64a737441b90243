/// Finds the next byte that needs attention in a run of text, sixteen bytes at a time: the parser's
/// passes over text (`EntityRewriter`, and the sanitiser's `SanitizerInput`, `FastFragmentReader`,
/// `HTMLOutput`) mostly see plain letters.
///
/// A block of sixteen bytes is compared lane by lane (`equal`, `below`), which the compiler turns
/// into a few vector instructions; the lanes that match give the first special byte's index
/// directly. Only the last few bytes of a buffer are tested one at a time. (The lane masks are
/// combined as plain integer vectors: operators on `SIMDMask` are not reliably compiled to vector
/// code.)
enum ByteScan {
    /// One lane per byte: all bits set where the byte is special, zero elsewhere.
    typealias LaneMask = SIMD16<Int8>

    /// Lanes equal to `byte`.
    @inline(__always) static func equal(_ block: SIMD16<UInt8>, _ byte: UInt8) -> LaneMask {
        unsafeBitCast(block .== SIMD16<UInt8>(repeating: byte), to: LaneMask.self)
    }

    /// Lanes below `limit`.
    @inline(__always) static func below(_ block: SIMD16<UInt8>, _ limit: UInt8) -> LaneMask {
        unsafeBitCast(block .< SIMD16<UInt8>(repeating: limit), to: LaneMask.self)
    }

    /// Lanes of 0x80 or more: bytes that are not ASCII.
    @inline(__always) static func nonASCII(_ block: SIMD16<UInt8>) -> LaneMask {
        unsafeBitCast(unsafeBitCast(block, to: SIMD16<Int8>.self) .< SIMD16<Int8>(repeating: 0), to: LaneMask.self)
    }

    /// The index of the first byte in `start..<end` for which `isSpecial` holds (`end` if none).
    /// `specialLanes` must mark exactly the bytes of a block for which `isSpecial` holds.
    @inline(__always)
    static func first(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                      block specialLanes: (SIMD16<UInt8>) -> LaneMask, byte isSpecial: (UInt8) -> Bool) -> Int {
        var index = start
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 16 <= end {
                let lanes = specialLanes(raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self))
                // Lane 0 is the first byte of the first half, its lowest once read as little-endian.
                let halves = unsafeBitCast(lanes, to: (UInt64, UInt64).self)
                if halves.0 != 0 { return index + halves.0.littleEndian.trailingZeroBitCount >> 3 }
                if halves.1 != 0 { return index + 8 + halves.1.littleEndian.trailingZeroBitCount >> 3 }
                index += 16
            }
        }
        while index < end, !isSpecial(buffer[index]) { index += 1 }
        return index
    }
}
