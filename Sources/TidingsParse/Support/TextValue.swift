/// The normal form of every value the parsers keep (DESIGN convention 3): trimmed, empty is nil.
enum TextValue {
    /// `text` without leading and trailing whitespace (spaces, tabs, line breaks, NBSP).
    static func trim<S: StringProtocol>(_ text: S) -> String {
        // Most values start and end with a visible ASCII character: nothing to trim and nothing to
        // copy. (An ASCII letter or sign can neither be whitespace nor end a character that starts
        // with whitespace, so the answer is the same as the character-wise search below.)
        let edges = text.utf8.withContiguousStorageIfAvailable { utf8 in
            utf8.isEmpty ? false : isVisibleASCII(utf8[0]) && isVisibleASCII(utf8[utf8.count - 1])
        }
        if edges == true { return String(text) }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    @inline(__always) private static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// `trim` on UTF-8 bytes, when it can be done on bytes: the range without leading and trailing
    /// ASCII blanks (empty when nothing else is there), or nil when the first or last other byte is
    /// not ASCII, where only the character-wise search of `trim` knows the answer.
    static func trimmedASCIIEdges(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        var start = 0
        while start < bytes.count, isASCIIBlank(bytes[start]) { start += 1 }
        guard start < bytes.count else { return bytes[bytes.count...] }
        var end = bytes.count
        while isASCIIBlank(bytes[end - 1]) { end -= 1 }
        guard bytes[start] < 0x80, bytes[end - 1] < 0x80 else { return nil }
        return bytes[start..<end]
    }

    /// The ASCII characters `Character.isWhitespace` holds for: tab, line feed, vertical tab, form
    /// feed, carriage return and space.
    @inline(__always) private static func isASCIIBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Trimmed, or nil when nothing is left.
    static func clean<S: StringProtocol>(_ text: S?) -> String? {
        guard let text else { return nil }
        let trimmed = trim(text)
        return trimmed.isEmpty ? nil : trimmed
    }
}
