#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts legacy charsets (KOI8-R, Big5, Shift_JIS, GB18030…) and UTF-16/32 to UTF-8 with the C
/// library's iconv, which Debian ships with every converter. Bytes invalid in the source charset
/// become U+FFFD and are counted, never dropped silently or passed on.
enum Iconv {
    struct Converted {
        var utf8: [UInt8]
        /// How many invalid or truncated sequences were replaced.
        var invalidCount = 0
        /// Offset in `utf8` of the first replacement, when there was one.
        var firstInvalidOffset: Int?
    }

    /// `bytes` decoded from the iconv charset `name`, or nil when this C library has no such converter.
    /// `unit` is how far to step past an invalid sequence (2 for UTF-16, so the rest stays aligned).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, from name: String, unit: Int) -> Converted? {
        guard let converter = iconv_open("UTF-8", name), Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var result = Converted(utf8: [])
        result.utf8.reserveCapacity(bytes.count + bytes.count / 2 + 16)
        guard let base = bytes.baseAddress else { return result }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        chunk.withUnsafeMutableBufferPointer { out in
            let outBase = UnsafeMutableRawPointer(out.baseAddress!).assumingMemoryBound(to: CChar.self)
            var input: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
                .assumingMemoryBound(to: CChar.self)
            var inputLeft = bytes.count
            var flushing = false
            while true {
                var output: UnsafeMutablePointer<CChar>? = outBase
                var outputLeft = out.count
                // A last call with no input flushes a converter that holds a character back (Big5-HKSCS
                // combining pairs) or must return to its initial shift state (ISO-2022-JP).
                let status = flushing ? iconv(converter, nil, nil, &output, &outputLeft)
                    : iconv(converter, &input, &inputLeft, &output, &outputLeft)
                let failure = status == -1 ? errno : 0
                result.utf8.append(contentsOf: out[0..<(out.count - outputLeft)])
                if flushing { break }
                switch failure {
                case 0:
                    flushing = true
                case E2BIG:
                    continue
                case EILSEQ, EINVAL:
                    // EILSEQ: an invalid sequence; EINVAL: one cut off by the end of the document.
                    if result.firstInvalidOffset == nil { result.firstInvalidOffset = result.utf8.count }
                    result.invalidCount += 1
                    result.utf8.append(contentsOf: UTF8Output.replacement)
                    let skip = failure == EINVAL ? inputLeft : min(unit, inputLeft)
                    input = input.map { $0 + skip }
                    inputLeft -= skip
                    if inputLeft == 0 { flushing = true }
                default:
                    flushing = true
                }
            }
        }
        return result
    }
}
