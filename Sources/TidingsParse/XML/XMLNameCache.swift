import CLibXML2
import Foundation

/// The Swift strings for the names libxml2 hands to the SAX callbacks (element and attribute names,
/// prefixes, namespace URIs), made once per document instead of once per element.
///
/// libxml2 keeps every name in its parser dictionary, so the same name comes back as the same
/// pointer: the cache is a small hash table keyed by address (open addressing, linear probing). A hit
/// is still checked against the bytes it was made from, so a pointer that was reused for other text
/// (nothing libxml2 2.9 does for names, but nothing here depends on it) only costs a fresh string.
/// A document with an absurd number of distinct names stops filling the table at `maximumEntries`.
struct XMLNameCache {
    private struct Entry {
        var pointer: UnsafePointer<xmlChar>?
        var bytes: [UInt8]
        var string: String
    }

    private static let maximumEntries = 4096
    private var slots = [Entry](repeating: Entry(pointer: nil, bytes: [], string: ""), count: 128)
    private var used = 0

    /// The string for a NUL-terminated name, or nil for a nil pointer.
    mutating func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        let length = Int(xmlStrlen(pointer))
        let text = UnsafeBufferPointer(start: pointer, count: length)
        let mask = slots.count - 1
        var slot = Self.hash(pointer) & mask
        while let occupant = slots[slot].pointer {
            if occupant == pointer {
                if slots[slot].bytes.count == length, length == 0
                    || slots[slot].bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, pointer, length) }) == 0 {
                    return slots[slot].string
                }
                let string = String(decoding: text, as: UTF8.self)
                slots[slot] = Entry(pointer: pointer, bytes: Array(text), string: string)
                return string
            }
            slot = (slot + 1) & mask
        }
        let string = String(decoding: text, as: UTF8.self)
        guard used < Self.maximumEntries else { return string }
        slots[slot] = Entry(pointer: pointer, bytes: Array(text), string: string)
        used += 1
        if used * 2 > slots.count { grow() }
        return string
    }

    /// Fibonacci hashing of the address: neighbouring names in libxml2's pools land far apart.
    private static func hash(_ pointer: UnsafePointer<xmlChar>) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: pointer)) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    private mutating func grow() {
        let old = slots
        slots = [Entry](repeating: Entry(pointer: nil, bytes: [], string: ""), count: old.count * 2)
        let mask = slots.count - 1
        for entry in old {
            guard let pointer = entry.pointer else { continue }
            var slot = Self.hash(pointer) & mask
            while slots[slot].pointer != nil { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
