import CLibXML2

/// Resolves relative references (RFC 3986) for `xml:base`, links and enclosure URLs.
enum URLResolver {
    /// `reference` made absolute against `base`; unchanged when it already is absolute, when there is
    /// no base, or when the pair cannot be resolved (a feed's odd URL is kept rather than dropped).
    static func resolve(_ reference: String, against base: String?) -> String {
        guard let base, !base.isEmpty, !hasScheme(reference) else { return reference }
        if let joined = joinPlainAbsolutePath(reference, base) { return joined }
        return resolveWithLibXML(reference, against: base)
    }

    /// `resolve` by libxml2 alone (`xmlBuildURI`), for a reference without a scheme and a base.
    static func resolveWithLibXML(_ reference: String, against base: String) -> String {
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

    /// The commonest relative URL, a path from the root (`/images/a.jpg`) against an `http(s)://host/…`
    /// base, joined without libxml2: nil unless both are plain enough that `xmlBuildURI` is sure to
    /// give exactly the base's scheme and host followed by the reference. The reference: `/` then
    /// letters, digits, `-._~/`, no `//` at the start and no `.` or `..` segment. The base: a
    /// lowercase scheme, `://`, a host of lowercase letters, digits, `-` and `.` (no user, no port),
    /// then nothing or `/` followed by the reference's characters and `?=&`. `URLResolverTests`
    /// checks the join against libxml2.
    static func joinPlainAbsolutePath(_ reference: String, _ base: String) -> String? {
        let isPlainReference = reference.utf8.withContiguousStorageIfAvailable { path -> Bool in
            guard path.count >= 2, path[0] == UInt8(ascii: "/"), path[1] != UInt8(ascii: "/") else { return false }
            var segmentStart = 1
            for index in 1...path.count {
                guard index == path.count || path[index] == UInt8(ascii: "/") else {
                    guard isPlainPathByte(path[index]) else { return false }
                    continue
                }
                let segment = UnsafeBufferPointer(rebasing: path[segmentStart..<index])
                // No empty segment but a last one (`/dir/`), and no `.` or `..`.
                if segment.isEmpty && index < path.count { return false }
                if segment.allSatisfy({ $0 == UInt8(ascii: ".") }) && (segment.count == 1 || segment.count == 2) {
                    return false
                }
                segmentStart = index + 1
            }
            return true
        }
        guard isPlainReference == true else { return nil }
        let originEnd = base.utf8.withContiguousStorageIfAvailable { url -> Int? in
            var index = 0
            while index < url.count, url[index] >= UInt8(ascii: "a"), url[index] <= UInt8(ascii: "z") { index += 1 }
            guard index > 0, index + 3 <= url.count, url[index] == UInt8(ascii: ":"),
                  url[index + 1] == UInt8(ascii: "/"), url[index + 2] == UInt8(ascii: "/") else { return nil }
            index += 3
            let hostStart = index
            while index < url.count, (url[index] >= UInt8(ascii: "a") && url[index] <= UInt8(ascii: "z"))
                    || ASCII.isDigit(url[index]) || url[index] == UInt8(ascii: "-") || url[index] == UInt8(ascii: ".") {
                index += 1
            }
            guard index > hostStart, index == url.count || url[index] == UInt8(ascii: "/") else { return nil }
            let originEnd = index
            while index < url.count {
                let byte = url[index]
                guard isPlainPathByte(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?")
                        || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "&") else { return nil }
                index += 1
            }
            return originEnd
        }
        guard let originEnd = originEnd ?? nil else { return nil }
        var joined = String(base.utf8.prefix(originEnd))!
        joined += reference
        return joined
    }

    /// Letters, digits and `-._~`: kept as they are by libxml2's URI writer, and never special.
    private static func isPlainPathByte(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
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
