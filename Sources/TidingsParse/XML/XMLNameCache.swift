import CLibXML2
import Foundation

/// The Swift strings for the names libxml2 hands to the SAX callbacks (element and attribute names,
/// prefixes, namespace URIs), made once per document instead of once per element.
///
/// libxml2 keeps every name in its parser dictionary, so the same name comes back as the same
/// pointer: the cache is looked up by address, a few hundred slots, direct-mapped. A hit is still
/// checked against the bytes it was made from, so a pointer that was reused for other text (nothing
/// libxml2 2.9 does for names, but nothing here depends on it) only costs a fresh string.
struct XMLNameCache {
    private struct Entry {
        var pointer: UnsafePointer<xmlChar>?
        var bytes: [UInt8]
        var string: String
    }

    private static let slotCount = 512
    private var slots = [Entry](repeating: Entry(pointer: nil, bytes: [], string: ""), count: slotCount)

    /// The string for a NUL-terminated name, or nil for a nil pointer.
    mutating func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        let length = Int(xmlStrlen(pointer))
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: pointer) >> 3) & (Self.slotCount - 1)
        let text = UnsafeBufferPointer(start: pointer, count: length)
        return slots.withUnsafeMutableBufferPointer { slots in
            if slots[slot].pointer == pointer, slots[slot].bytes.count == length,
               length == 0 || slots[slot].bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, pointer, length) }) == 0 {
                return slots[slot].string
            }
            let string = String(decoding: text, as: UTF8.self)
            slots[slot] = Entry(pointer: pointer, bytes: Array(text), string: string)
            return string
        }
    }
}
