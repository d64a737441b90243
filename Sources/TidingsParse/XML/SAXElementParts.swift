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

    func build(parentBase: String?, parentHasExplicitBase: Bool, parentLanguage: String?) -> SAXElement {
        let prefixText = LibXML.string(prefix)
        // An undeclared but well-known prefix (`dc:` without `xmlns:dc`) still means what it always does.
        let namespace = LibXML.string(uri) ?? prefixText.flatMap(XMLNamespace.forUndeclaredPrefix)
        var attributeList: [SAXAttribute] = []
        if let attributes {
            attributeList.reserveCapacity(attributeCount)
            for index in 0..<attributeCount {
                let fields = attributes + index * 5
                let attributePrefix = LibXML.string(fields[1])
                let declaredNamespace = LibXML.string(fields[2])
                let attributeNamespace = declaredNamespace ?? (attributePrefix == "xml"
                    ? XMLNamespace.xml : attributePrefix.flatMap(XMLNamespace.forUndeclaredPrefix))
                attributeList.append(SAXAttribute(
                    namespace: attributeNamespace, name: LibXML.string(fields[0]) ?? "", prefix: attributePrefix,
                    value: Self.attributeValue(LibXML.string(from: fields[3], to: fields[4]))))
            }
        }
        var declarations: [(prefix: String?, uri: String)] = []
        if let namespaces {
            for index in 0..<namespaceCount {
                let prefix = LibXML.string(namespaces[index * 2])
                declarations.append((prefix, LibXML.string(namespaces[index * 2 + 1]) ?? ""))
            }
        }
        let xmlBase = attributeList.first { $0.namespace == XMLNamespace.xml && $0.name == "base" }?.value
        let ownLanguage = attributeList.first { $0.namespace == XMLNamespace.xml && $0.name == "lang" }?.value
        let base = xmlBase.map { URLResolver.resolve(TextValue.trim($0), against: parentBase) } ?? parentBase
        return SAXElement(
            namespace: namespace, name: LibXML.string(localName) ?? "", prefix: prefixText,
            attributes: attributeList, declarations: declarations, base: base,
            hasExplicitBase: parentHasExplicitBase || xmlBase != nil,
            // `xml:lang=""` explicitly means "no language", so it does not fall back to the parent's.
            language: ownLanguage.map { TextValue.clean($0) } ?? parentLanguage,
            ownLanguage: TextValue.clean(ownLanguage))
    }

    /// libxml2 without entity substitution hands every `&` in an attribute value over as `&#38;`
    /// (for a DOM builder to re-parse later); a SAX reader must turn it back. Any other reference
    /// has already been decoded.
    private static func attributeValue(_ value: String) -> String {
        value.contains("&#38;") ? value.replacingOccurrences(of: "&#38;", with: "&") : value
    }
}
