import CLibXML2

/// Resolves relative references (RFC 3986) for `xml:base`, links and enclosure URLs.
enum URLResolver {
    /// `reference` made absolute against `base`; unchanged when it already is absolute, when there is
    /// no base, or when the pair cannot be resolved (a feed's odd URL is kept rather than dropped).
    static func resolve(_ reference: String, against base: String?) -> String {
        guard let base, !base.isEmpty, !hasScheme(reference) else { return reference }
        // Spaces are common in sloppy feeds and make libxml2's URI parser give up.
        let escapedReference = reference.replacingSpaces
        let escapedBase = base.replacingSpaces
        let built = LibXML.withXMLString(escapedReference) { referencePointer in
            LibXML.withXMLString(escapedBase) { basePointer in xmlBuildURI(referencePointer, basePointer) }
        }
        guard let built else { return reference }
        defer { tidings_xml_free(built) }
        return LibXML.string(built) ?? reference
    }

    /// True when `text` starts with a URI scheme (`http:`, `mailto:`, `tag:`).
    static func hasScheme(_ text: String) -> Bool {
        var sawLetter = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                sawLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if !sawLetter { return false }
            case UInt8(ascii: ":"):
                return sawLetter
            default:
                return false
            }
        }
        return false
    }
}

private extension String {
    var replacingSpaces: String {
        // A byte scan: String.contains(String) goes through Foundation and cost 2% of a parse.
        utf8.contains(UInt8(ascii: " ")) ? split(separator: " ", omittingEmptySubsequences: false).joined(separator: "%20") : self
    }
}
