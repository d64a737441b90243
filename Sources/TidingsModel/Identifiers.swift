/// An item's identity within its feed. Derived in exactly one place (`ItemIdentity` in
/// TidingsParse); changing the derivation re-keys every stored item.
package struct ItemID: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var rawValue: String
    package init(_ rawValue: String) { self.rawValue = rawValue }
    package var description: String { rawValue }
    package static func < (lhs: ItemID, rhs: ItemID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A story: one article however many feeds carried it. Decided by Dedup, stored by Store; never an
/// item's primary key.
package struct StoryID: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var rawValue: Int64
    package init(_ rawValue: Int64) { self.rawValue = rawValue }
    package var description: String { String(rawValue) }
    package static func < (lhs: StoryID, rhs: StoryID) -> Bool { lhs.rawValue < rhs.rawValue }
}
