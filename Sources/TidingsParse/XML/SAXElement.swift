/// One attribute as the SAX reader hands it over: namespace URI (nil when unprefixed), local name, value.
struct SAXAttribute {
    let namespace: String?
    let name: String
    let prefix: String?
    let value: String
}

/// An element start as the format parsers see it: names matched by namespace URI, never by prefix,
/// with the `xml:base` and `xml:lang` in effect already worked out.
struct SAXElement {
    /// The namespace URI, or nil for an element in no namespace (plain RSS 2.0).
    let namespace: String?
    let name: String
    let prefix: String?
    let attributes: [SAXAttribute]
    /// Namespace declarations made on this element, as (prefix, URI); prefix nil for the default.
    let declarations: [(prefix: String?, uri: String)]
    /// The effective base URL: the nearest `xml:base` resolved against its parents and the document URL.
    let base: String?
    /// True when an `xml:base` on this element or an ancestor contributed to `base`.
    let hasExplicitBase: Bool
    /// The effective `xml:lang`, inherited from ancestors.
    let language: String?
    /// The `xml:lang` written on this element itself, if any.
    let ownLanguage: String?

    /// The value of an attribute in no namespace, or in `namespace`. Unprefixed names fall back to a
    /// case-insensitive match because feeds write `ispermalink` and `isPermaLink` alike.
    func attribute(_ name: String, namespace: String? = nil) -> String? {
        if let exact = attributes.first(where: { $0.namespace == namespace && $0.name == name }) {
            return exact.value
        }
        guard namespace == nil else { return nil }
        let lowered = name.lowercased()
        return attributes.first { $0.namespace == nil && Self.lowercases($0.name, to: lowered) }?.value
    }

    /// `name.lowercased() == lowered`, on bytes when `name` is ASCII (where lowercasing is byte by
    /// byte), without making the lowercased string.
    private static func lowercases(_ name: String, to lowered: String) -> Bool {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.lowercased() == lowered }
        return name.utf8.elementsEqual(lowered.utf8) { ASCII.lowercased($0) == $1 }
    }

    /// True for the element `name` in namespace `namespace`.
    func isNamed(_ name: String, in namespace: String?) -> Bool {
        self.name == name && self.namespace == namespace
    }
}
