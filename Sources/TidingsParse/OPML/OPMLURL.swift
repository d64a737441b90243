import CLibXML2
import Foundation

/// How OPML attribute values become URLs, and back.
///
/// `feeds.opml` files written by hand (and the offline examples) name feeds by paths relative to the
/// OPML file itself, like an HTML page names its images; those are resolved against the file's own URL
/// with libxml2's RFC 3986 resolver. Absolute URLs are kept exactly as written.
enum OPMLURL {
    /// `reference` made absolute against `base`; unchanged when it already has a scheme or there is
    /// no base.
    static func resolve(_ reference: String, against base: String?) -> String {
        guard let base, !hasScheme(reference) else { return reference }
        if let resolved = build(reference, base) { return resolved }
        // A hand-written path with a space or a non-ASCII letter is not a URI reference yet:
        // percent-encode what a URI cannot hold, keep the delimiters, and try again.
        guard let escapedPointer = xmlURIEscapeStr(reference, ":/?#[]@!$&'()*+,;=%~") else {
            return reference
        }
        defer { tidings_xml_free(escapedPointer) }
        return build(String(cString: escapedPointer), base) ?? reference
    }

    /// `url` written relative to the OPML file when it is a `file:` URL in the file's own directory
    /// (or below), so an edited file keeps working when the folder is moved; nil otherwise.
    static func relative(_ url: String, to base: String?) -> String? {
        guard let base, base.lowercased().hasPrefix("file:"), url.lowercased().hasPrefix("file:"),
              let slash = base.lastIndex(of: "/")
        else { return nil }
        let directory = base[...slash]
        guard url.hasPrefix(directory), url.count > directory.count else { return nil }
        let path = String(url.dropFirst(directory.count))
        // "a:b.xml" would read back as a URL with scheme "a"; only keep what resolves to itself.
        return resolve(path, against: base) == url ? path : nil
    }

    /// The name errors use for the file: the last path segment of its URL.
    static func displayName(of base: String?) -> String {
        guard let base, let segment = base.split(separator: "/").last, !segment.isEmpty else {
            return "the document"
        }
        let name = String(segment.prefix { $0 != "?" && $0 != "#" })
        return name.removingPercentEncoding ?? name
    }

    /// Trimmed text, or nil when nothing is left: how every OPML attribute is read.
    static func cleaned(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty
        else { return nil }
        return trimmed
    }

    private static func hasScheme(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":"), colon != reference.startIndex else {
            return false
        }
        let scheme = reference[..<colon]
        return scheme.first!.isASCII && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    private static func build(_ reference: String, _ base: String) -> String? {
        guard let pointer = xmlBuildURI(reference, base) else { return nil }
        defer { tidings_xml_free(pointer) }
        return String(cString: pointer)
    }
}
