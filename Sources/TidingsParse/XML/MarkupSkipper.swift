import Foundation

/// Finds the end of the parts of an XML document whose bytes must pass through untouched: CDATA
/// sections, comments, processing instructions and the DOCTYPE (with its internal subset).
enum MarkupSkipper {
    /// If a verbatim section starts at `input[start]` (a `<`), the index just after it (or the end of
    /// input when it is never closed); nil for an ordinary tag.
    static func endOfVerbatimSection(in input: [UInt8], at start: Int) -> Int? {
        input.withUnsafeBufferPointer { endOfVerbatimSection(in: $0, at: start) }
    }

    static func endOfVerbatimSection(in input: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        if hasPrefix(input, at: start, "<![CDATA[") {
            return end(of: "]]>", in: input, from: start + 9)
        }
        if hasPrefix(input, at: start, "<!--") {
            return end(of: "-->", in: input, from: start + 4)
        }
        if hasPrefix(input, at: start, "<?") {
            return end(of: "?>", in: input, from: start + 2)
        }
        if hasPrefix(input, at: start, "<!DOCTYPE", caseInsensitive: true) {
            return endOfDoctype(in: input, from: start + 9)
        }
        return nil
    }

    /// The DOCTYPE ends at the first `>` outside quotes, comments and the `[...]` internal subset.
    private static func endOfDoctype(in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        var bracketDepth = 0
        var quote: UInt8?
        while index < input.count {
            let byte = input[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if hasPrefix(input, at: index, "<!--") {
                index = end(of: "-->", in: input, from: index + 4)
                continue
            } else {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                case UInt8(ascii: "["): bracketDepth += 1
                case UInt8(ascii: "]"): bracketDepth = max(0, bracketDepth - 1)
                case UInt8(ascii: ">") where bracketDepth == 0: return index + 1
                default: break
                }
            }
            index += 1
        }
        return input.count
    }

    /// The index just after the first `terminator` at or after `start`, or the end of input. Long
    /// sections (CDATA holding a whole article) are crossed with `memchr` on the terminator's first byte.
    private static func end(of terminator: StaticString, in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = input.baseAddress else { return input.count }
        let first = Int32(terminator.utf8Start.pointee)
        var index = start
        while index < input.count {
            guard let found = memchr(base + index, first, input.count - index) else { return input.count }
            index = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            if hasPrefix(input, at: index, terminator) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        return input.count
    }

    static func hasPrefix(_ input: [UInt8], at start: Int, _ prefix: StaticString,
                          caseInsensitive: Bool = false) -> Bool {
        input.withUnsafeBufferPointer { hasPrefix($0, at: start, prefix, caseInsensitive: caseInsensitive) }
    }

    static func hasPrefix(_ input: UnsafeBufferPointer<UInt8>, at start: Int, _ prefix: StaticString,
                          caseInsensitive: Bool = false) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard start >= 0, start + count <= input.count else { return false }
        let expected = prefix.utf8Start
        for offset in 0..<count {
            let actual = input[start + offset]
            let wanted = expected[offset]
            if actual == wanted { continue }
            if caseInsensitive, ASCII.isLetter(actual), (actual | 0x20) == (wanted | 0x20) { continue }
            return false
        }
        return true
    }
}
