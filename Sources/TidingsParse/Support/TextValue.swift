/// The normal form of every value the parsers keep (DESIGN convention 3): trimmed, empty is nil.
enum TextValue {
    /// `text` without leading and trailing whitespace (spaces, tabs, line breaks, NBSP).
    static func trim<S: StringProtocol>(_ text: S) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    /// Trimmed, or nil when nothing is left.
    static func clean<S: StringProtocol>(_ text: S?) -> String? {
        guard let text else { return nil }
        let trimmed = trim(text)
        return trimmed.isEmpty ? nil : trimmed
    }
}
