/// Chooses the attributes a kept element is written with: the allowed ones (`SanitizerPolicy`), each
/// value checked for its kind, then what the policy adds (`rel` on links, `sandbox` on players,
/// `controls` on media).
enum AttributeFilter {
    /// The attributes to write, in source order with the first of duplicates kept; nil when the
    /// element is not worth writing: a link without a usable `href` (its content is kept), an image
    /// without a usable source or a tracking pixel, a `source`/`track` without one, or an `iframe` that
    /// is not an allowed player.
    static func filter(_ element: String, _ raw: [(name: String, value: String?)], base: String?)
        -> [SanitizedAttribute]? {
        filter(ElementPolicy(element), raw, base: base)
    }

    /// `filter` with the element's policy already looked up.
    static func filter(_ element: ElementPolicy, _ raw: [(name: String, value: String?)], base: String?)
        -> [SanitizedAttribute]? {
        let allowed = element.attributes
        var kept: [SanitizedAttribute] = []
        // Room for what the policy may add (`rel`, `sandbox`, `controls`): one allocation.
        if !raw.isEmpty { kept.reserveCapacity(raw.count + 1) }
        for (name, value) in raw where !kept.contains(where: { $0.name == name }) {
            guard let kind = allowed?[name] ?? SanitizerPolicy.globalAttributes[name],
                  let attribute = checked(name, value, kind: kind, base: base) else { continue }
            kept.append(attribute)
        }
        func has(_ name: String) -> Bool { kept.contains { $0.name == name } }
        switch element.special {
        case .anchor:
            guard has("href") else { return nil }
            kept.append(SanitizedAttribute(name: "rel", value: SanitizerPolicy.linkRel))
        case .image:
            guard has("src") || has("srcset"), !isTrackingPixel(kept) else { return nil }
        case .source:
            guard has("src") || has("srcset") else { return nil }
        case .track:
            guard has("src") else { return nil }
        case .iframe:
            guard has("src") else { return nil }
            kept.append(SanitizedAttribute(name: "sandbox", value: SanitizerPolicy.iframeSandbox))
        case .wordBreak:
            // Written bare, so that it reads back as `<wbr/>` (see `SanitizerInput`).
            return []
        case .media:
            // Without script a reader has no other way to start playback.
            if !has("controls") { kept.append(SanitizedAttribute(name: "controls", value: nil)) }
        case .none:
            break
        }
        return kept
    }

    private static func checked(_ name: String, _ value: String?, kind: SanitizerPolicy.AttributeKind,
                                base: String?) -> SanitizedAttribute? {
        let cleaned: String?
        switch kind {
        case .flag: return SanitizedAttribute(name: name, value: nil)
        case .text: cleaned = value ?? ""
        case .link: cleaned = value.flatMap { SafeURL.clean($0, for: .link, base: base) }
        case .media: cleaned = value.flatMap { SafeURL.clean($0, for: .media, base: base) }
        case .srcset: cleaned = value.flatMap { Srcset.clean($0, base: base) }
        case .player: cleaned = value.flatMap(SafeURL.player)
        case .number: cleaned = value.flatMap(number)
        case .direction:
            let direction = value.map { trimmed($0).lowercased() }
            cleaned = ["ltr", "rtl", "auto"].contains(direction) ? direction : nil
        }
        return cleaned.map { SanitizedAttribute(name: name, value: $0) }
    }

    /// Whole numbers only (`width="100px"` and `"50%"` are dropped, which a reader's CSS handles).
    private static func number(_ value: String) -> String? {
        // The usual `width="640"`: one to nine ASCII digits and nothing else is kept as it is.
        let utf8 = value.utf8
        if !utf8.isEmpty, utf8.count <= 9, utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            return value
        }
        let text = trimmed(value)
        let digits = text.hasPrefix("-") ? text.dropFirst() : text[...]
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(text)
    }

    /// A 1×1 (or 0×0) image is a read receipt for the publisher, not something to show.
    private static func isTrackingPixel(_ attributes: [SanitizedAttribute]) -> Bool {
        let isTiny = { (value: String?) in value == "0" || value == "1" }
        return isTiny(attributes.first { $0.name == "width" }?.value)
            && isTiny(attributes.first { $0.name == "height" }?.value)
    }

    private static func trimmed(_ text: String) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" }
        let start = text.firstIndex { !isSpace($0) } ?? text.endIndex
        let end = text.lastIndex { !isSpace($0) }.map(text.index(after:)) ?? start
        return text[start..<end]
    }
}
