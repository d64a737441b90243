/// The one spelling of a web page's address used to tell whether two feed items link to the same
/// article.
///
/// Written by hand rather than with `URLComponents`, whose parsing of odd input differs between
/// Foundation on Linux and on macOS; here every rule is visible and pinned by tests.
package enum CanonicalURL {
    /// The canonical form of an http or https URL, or nil for any other scheme, a relative
    /// reference or an unparseable address.
    ///
    /// Normalises: surrounding whitespace and embedded tabs/line breaks removed (feeds wrap long
    /// links); scheme and host lower-cased; default port dropped; fragment dropped; `%XX` escapes of
    /// unreserved characters decoded and others upper-cased; unsafe characters percent-encoded;
    /// `.`/`..` path segments resolved; an empty path becomes `/`; tracking parameters
    /// (`TrackingParameters`) and empty `&&` parameters dropped, the others kept in their order;
    /// an empty query removed. The path keeps its case.
    package static func canonicalize(_ url: String) -> String? {
        let cleaned = url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let text = Substring(String(String.UnicodeScalarView(cleaned))).trimmingC0AndSpace
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let afterScheme = text[text.index(after: colon)...]
        guard afterScheme.hasPrefix("//") else { return nil }

        var rest = afterScheme.dropFirst(2)
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let query: Substring?
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        } else {
            query = nil
        }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        guard let authority = URLAuthority(rest[..<slash], scheme: scheme) else { return nil }

        let path = normalizedPath(rest[slash...])
        let keptQuery = query.map(normalizedQuery) ?? ""
        return scheme + "://" + authority.text + path + (keptQuery.isEmpty ? "" : "?" + keptQuery)
    }

    /// Percent-normalised with dot segments removed; `/` when empty.
    private static func normalizedPath(_ raw: Substring) -> String {
        guard !raw.isEmpty else { return "/" }
        let encoded = PercentEncoding.normalize(raw, allowed: PercentEncoding.isPathOrQueryCharacter)
        return removingDotSegments(encoded)
    }

    /// RFC 3986 §5.2.4 for an absolute path: `/a/./b/../c` → `/a/c`. Runs after percent
    /// normalisation so that `%2E%2E` counts as `..`, as the RFC orders it.
    private static func removingDotSegments(_ path: String) -> String {
        let segments = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        var output: [Substring] = []
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        return "/" + output.joined(separator: "/")
    }

    /// The query without tracking and empty parameters, each percent-normalised, order kept.
    private static func normalizedQuery(_ raw: Substring) -> String {
        raw.split(separator: "&")
            .map { PercentEncoding.normalize($0, allowed: PercentEncoding.isPathOrQueryCharacter) }
            .filter { !TrackingParameters.isTracking($0.prefix { $0 != "=" }) }
            .joined(separator: "&")
    }
}

private extension Substring {
    /// Without leading and trailing C0 controls and spaces, as the WHATWG URL parser strips them.
    var trimmingC0AndSpace: Substring {
        let isTrimmed: (Character) -> Bool = { $0.unicodeScalars.allSatisfy { $0.value <= 0x20 } }
        guard let first = firstIndex(where: { !isTrimmed($0) }),
              let last = lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return self[first...last]
    }
}
