/// URL checks for attributes inside HTML content: resolved against the content's base, and kept only
/// with an allowed scheme (`SanitizerPolicy`).
///
/// The check runs on the value exactly as a browser will read it: libxml2 has already decoded
/// character references (`&#106;avascript:`), and the output escapes every `&`, so nothing decodes a
/// second time. Browsers also ignore leading and trailing C0 controls and spaces and remove tabs and
/// line breaks anywhere (`jav&#x09;ascript:`); so does this.
enum SafeURL {
    /// Where a URL is used, which decides the schemes it may have.
    enum Use {
        /// `href`, `cite`: http, https, mailto, tel.
        case link
        /// `src`, `srcset`, `poster`: http, https, and `data:` images other than SVG.
        case media
    }

    /// The URL made absolute against `base`, or nil when it is empty or its scheme is not allowed.
    /// Without a base, a relative URL is kept relative (it has no scheme, so it cannot run script).
    static func clean(_ value: String, for use: Use, base: String?) -> String? {
        guard let url = browserForm(value) else { return nil }
        if URLResolver.hasScheme(url) { return isAllowed(url, for: use) ? url : nil }
        guard let base else { return url }
        let resolved = URLResolver.resolve(url, against: base)
        // The base comes from the feed (`xml:base`) and could itself be `javascript:`.
        if URLResolver.hasScheme(resolved) { return isAllowed(resolved, for: use) ? resolved : nil }
        return resolved
    }

    /// An `iframe` source on an allowed video player, as https, or nil. Protocol-relative and http
    /// player URLs (common in older posts) are upgraded; any other host, or userinfo (`@`), is refused.
    static func player(_ value: String) -> String? {
        guard var url = browserForm(value) else { return nil }
        if url.hasPrefix("//") { url = "https:" + url }
        guard URLResolver.hasScheme(url), let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon].lowercased()
        let rest = url[url.index(after: colon)...]
        guard scheme == "https" || scheme == "http", rest.hasPrefix("//") else { return nil }
        let authority = rest.dropFirst(2)
        let hostEnd = authority.firstIndex { $0 == "/" || $0 == "\\" || $0 == "?" || $0 == "#" } ?? authority.endIndex
        var host = authority[..<hostEnd].lowercased()
        if host.hasSuffix(":443") { host.removeLast(4) }
        guard SanitizerPolicy.videoPlayerHosts.contains(host) else { return nil }
        return "https://" + host + authority[hostEnd...]
    }

    /// The value as a browser's URL parser sees it, or nil when empty or holding other controls.
    private static func browserForm(_ value: String) -> String? {
        guard value.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else { return value.isEmpty ? nil : value }
        let scalars = value.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.value > 0x20 }),
              let last = scalars.lastIndex(where: { $0.value > 0x20 }) else { return nil }
        var kept = String.UnicodeScalarView()
        for scalar in scalars[first...last] {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: continue
            // No browser reads a control character as part of a scheme; refuse rather than guess.
            case 0..<0x20, 0x7F: return nil
            default: kept.append(scalar)
            }
        }
        return String(kept)
    }

    private static func isAllowed(_ url: String, for use: Use) -> Bool {
        if let allowed = isAllowedOnBytes(url, for: use) { return allowed }
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon].lowercased()
        switch use {
        case .link:
            return SanitizerPolicy.linkSchemes.contains(scheme)
        case .media:
            if scheme == "data" { return isAllowedImageData(url[url.index(after: colon)...]) }
            return SanitizerPolicy.mediaSchemes.contains(scheme)
        }
    }

    /// `isAllowed` for the usual URL, read as bytes: its scheme is ASCII (it has one, `hasScheme` said
    /// so) and the byte after the colon is ASCII too, so the colon is a character of its own and the
    /// first `:` character is the first `:` byte. Nil for anything else (a combining mark after the
    /// colon, a `data:` URL), which the character-wise reading decides.
    private static func isAllowedOnBytes(_ url: String, for use: Use) -> Bool? {
        var scheme: (UInt64, Int) = (0, 0)
        var afterColon: UInt8?
        for byte in url.utf8 {
            if let _ = afterColon { break }
            if byte == UInt8(ascii: ":") {
                afterColon = 0
                continue
            }
            guard byte < 0x80, scheme.1 < 8 else { return nil }
            scheme.0 |= UInt64(ASCII.lowercased(byte)) << (8 * UInt64(scheme.1))
            scheme.1 += 1
        }
        guard afterColon != nil else { return nil }
        // The byte after the colon, when there is one, must be ASCII.
        if let after = url.utf8.dropFirst(scheme.1 + 1).first, after >= 0x80 { return nil }
        let isHTTP = scheme == (packed("http"), 4) || scheme == (packed("https"), 5)
        switch use {
        case .link:
            return isHTTP || scheme == (packed("mailto"), 6) || scheme == (packed("tel"), 3)
        case .media:
            return scheme == (packed("data"), 4) ? nil : isHTTP
        }
    }

    /// An ASCII word of at most eight letters packed as `isAllowedOnBytes` packs a scheme.
    private static func packed(_ word: StaticString) -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<word.utf8CodeUnitCount { value |= UInt64(word.utf8Start[index]) << (8 * UInt64(index)) }
        return value
    }

    /// `data:image/png;base64,…` and the like; `image/svg+xml` can carry script and is refused.
    private static func isAllowedImageData(_ afterScheme: Substring) -> Bool {
        var mediaType = Substring(afterScheme.prefix { $0 != ";" && $0 != "," }.lowercased())
        while mediaType.first == " " { mediaType = mediaType.dropFirst() }
        while mediaType.last == " " { mediaType = mediaType.dropLast() }
        return SanitizerPolicy.dataImageTypes.contains(String(mediaType))
    }
}
