import Foundation
import CLibXML2

/// The raw arguments of libxml2's `startElementNs` callback, turned into a `SAXElement` once the
/// parent's base and language are known.
struct SAXElementParts {
    let localName: UnsafePointer<xmlChar>?
    let prefix: UnsafePointer<xmlChar>?
    let uri: UnsafePointer<xmlChar>?
    /// `2 * namespaceCount` pointers: prefix, URI.
    let namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let namespaceCount: Int
    /// `5 * attributeCount` pointers: local name, prefix, URI, value start, value end.
    let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let attributeCount: Int

    /// The element, its names taken from `names` (one string per name per document).
    func build(parentBase: String?, parentHasExplicitBase: Bool, parentLanguage: String?,
               names: inout XMLNameCache) -> SAXElement {
        let prefixText = names.string(prefix)
        // An undeclared but well-known prefix (`dc:` without `xmlns:dc`) still means what it always does.
        let namespace = names.string(uri) ?? prefixText.flatMap(XMLNamespace.forUndeclaredPrefix)
        var attributeList: [SAXAttribute] = []
        var xmlBase: String?
        var ownLanguage: String?
        if let attributes {
            attributeList.reserveCapacity(attributeCount)
            for index in 0..<attributeCount {
                let fields = attributes + index * 5
                let attributePrefix = names.string(fields[1])
                let declaredNamespace = names.string(fields[2])
                let attributeNamespace = declaredNamespace ?? (attributePrefix == "xml"
                    ? XMLNamespace.xml : attributePrefix.flatMap(XMLNamespace.forUndeclaredPrefix))
                let attribute = SAXAttribute(
                    namespace: attributeNamespace, name: names.string(fields[0]) ?? "", prefix: attributePrefix,
                    value: Self.attributeValue(from: fields[3], to: fields[4]))
                // The first `xml:base` and `xml:lang` count, as a search from the front finds them.
                if attributeNamespace == XMLNamespace.xml {
                    if xmlBase == nil, attribute.name == "base" { xmlBase = attribute.value }
                    if ownLanguage == nil, attribute.name == "lang" { ownLanguage = attribute.value }
                }
                attributeList.append(attribute)
            }
        }
        var declarations: [(prefix: String?, uri: String)] = []
        if let namespaces, namespaceCount > 0 {
            declarations.reserveCapacity(namespaceCount)
            for index in 0..<namespaceCount {
                let prefix = names.string(namespaces[index * 2])
                declarations.append((prefix, names.string(namespaces[index * 2 + 1]) ?? ""))
            }
        }
        let base = xmlBase.map { URLResolver.resolve(TextValue.trim($0), against: parentBase) } ?? parentBase
        return SAXElement(
            namespace: namespace, name: names.string(localName) ?? "", prefix: prefixText,
            attributes: attributeList, declarations: declarations, base: base,
            hasExplicitBase: parentHasExplicitBase || xmlBase != nil,
            // `xml:lang=""` explicitly means "no language", so it does not fall back to the parent's.
            language: ownLanguage.map { TextValue.clean($0) } ?? parentLanguage,
            ownLanguage: TextValue.clean(ownLanguage))
    }

    /// An attribute value as SAX2 hands it over, `[start, end)`. libxml2 without entity substitution
    /// hands every `&` in it over as `&#38;` (for a DOM builder to re-parse later); a SAX reader must
    /// turn it back. Any other reference has already been decoded.
    private static func attributeValue(from start: UnsafePointer<xmlChar>?, to end: UnsafePointer<xmlChar>?) -> String {
        guard let start, let end, end > start else { return "" }
        let value = UnsafeBufferPointer(start: start, count: end - start)
        guard value.contains(UInt8(ascii: "&")) else { return String(decoding: value, as: UTF8.self) }
        return unescapingAmpersands(value) ?? foundationUnescaped(String(decoding: value, as: UTF8.self))
    }

    /// Every `&#38;` turned back into `&`, working on bytes; nil when one of them touches a non-ASCII
    /// byte, where Foundation's search (which the value was always read with) declines matches that
    /// would split a composed character (`&#38;` followed by a combining accent stays as it is).
    private static func unescapingAmpersands(_ value: UnsafeBufferPointer<UInt8>) -> String? {
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(value.count)
        var index = 0
        while index < value.count {
            let byte = value[index]
            if byte == UInt8(ascii: "&"), index + 5 <= value.count, value[index + 1] == UInt8(ascii: "#"),
               value[index + 2] == UInt8(ascii: "3"), value[index + 3] == UInt8(ascii: "8"),
               value[index + 4] == UInt8(ascii: ";") {
                if index > 0, value[index - 1] >= 0x80 { return nil }
                if index + 5 < value.count, value[index + 5] >= 0x80 { return nil }
                unescaped.append(UInt8(ascii: "&"))
                index += 5
            } else {
                unescaped.append(byte)
                index += 1
            }
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// The original reading, kept for values where the byte loop above cannot be sure to agree.
    private static func foundationUnescaped(_ value: String) -> String {
        value.contains("&#38;") ? value.replacingOccurrences(of: "&#38;", with: "&") : value
    }
}
