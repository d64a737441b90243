/// The `srcset` attribute of `img` and `source`: a comma-separated list of image candidates, each a
/// URL and optional descriptors (`480w`, `2x`). Every URL is checked and resolved like a `src`.
///
/// Read as the HTML standard reads it: a URL is a run of non-space characters (it may contain commas,
/// as image-CDN URLs do), and a URL ending in a comma has no descriptors.
enum Srcset {
    /// The candidates that survive, written as `url descriptors, url descriptors`, or nil if none do.
    static func clean(_ value: String, base: String?) -> String? {
        var candidates: [String] = []
        var rest = Substring(value)
        while true {
            rest = rest.drop { isSpace($0) || $0 == "," }
            guard !rest.isEmpty else { break }
            var url = rest.prefix { !isSpace($0) }
            rest = rest[url.endIndex...]
            var descriptors: Substring = ""
            if url.last == "," {
                while url.last == "," { url = url.dropLast() }
            } else {
                let end = rest.firstIndex(of: ",") ?? rest.endIndex
                descriptors = rest[..<end]
                rest = rest[end...]
            }
            // A candidate with a bad URL or descriptor is skipped, as a browser skips it.
            guard let clean = SafeURL.clean(String(url), for: .media, base: base),
                  let written = checked(descriptors) else { continue }
            candidates.append(written.isEmpty ? clean : clean + " " + written)
        }
        return candidates.isEmpty ? nil : candidates.joined(separator: ", ")
    }

    /// The descriptors separated by single spaces, or nil when one is not a number with `w`, `x` or `h`.
    private static func checked(_ descriptors: Substring) -> String? {
        let tokens = descriptors.split(whereSeparator: isSpace)
        for token in tokens {
            guard let unit = token.last, unit == "w" || unit == "x" || unit == "h", token.count > 1,
                  token.dropLast().allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) })
            else { return nil }
        }
        return tokens.joined(separator: " ")
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n"
            || character == "\u{0C}"
    }
}
