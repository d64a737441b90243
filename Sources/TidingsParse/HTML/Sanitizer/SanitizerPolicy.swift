/// Everything the HTML sanitiser lets through, in one place. The policy is an allowlist: an element,
/// attribute or URL scheme not named here does not reach the store, an export or a reader.
/// `Docs/sanitizer.md` explains the choices.
enum SanitizerPolicy {
    /// What happens to an element and to what it contains.
    enum Rule {
        /// Written with its allowed attributes, content kept.
        case keep
        /// Written without an end tag (`img`, `br`, `source`). libxml2 2.9 does not know the HTML5 ones
        /// (`source`, `track`, `wbr`) and reports what follows them as their children: that is written
        /// as siblings.
        case void
        /// `iframe`: written, empty, only when its `src` is a known video player; otherwise dropped
        /// with its content.
        case embed
        /// The tag is dropped, its content kept: unknown and presentational elements (`font`, `center`,
        /// Word's `o:p`), the `html`/`body` wrapper, and `noscript`, whose content is what a reader that
        /// runs no script should show (lazy-loading plugins put the real `<img>` there).
        case unwrap
        /// The element and everything in it are dropped: active content, forms, document metadata, and
        /// the SVG and MathML namespaces, whose parsing rules differ from HTML's (the mXSS door).
        case drop
    }

    /// The rule for a lowercase element name; anything unknown is `.unwrap`.
    static func rule(for name: String) -> Rule {
        rules[name] ?? .unwrap
    }

    private static let rules: [String: Rule] = {
        var rules: [String: Rule] = ["iframe": .embed]
        for name in kept { rules[name] = .keep }
        for name in voids { rules[name] = .void }
        for name in dropped { rules[name] = .drop }
        return rules
    }()

    private static let kept = [
        "a", "abbr", "acronym", "address", "article", "aside", "audio", "b", "bdi", "bdo", "big", "blockquote",
        "caption", "cite", "code", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "i", "ins", "kbd", "li",
        "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span",
        "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time",
        "tr", "tt", "u", "ul", "var", "video",
    ]

    static let voids: Set<String> = ["br", "col", "hr", "img", "source", "track", "wbr"]

    private static let dropped = [
        "applet", "base", "button", "datalist", "embed", "form", "frame", "frameset", "head", "input",
        "link", "math", "meta", "noembed", "noframes", "object", "optgroup", "option", "param", "script",
        "select", "style", "svg", "template", "textarea", "title", "xml",
    ]

    /// Void elements that are only meaningful inside certain parents; elsewhere they are dropped.
    static let requiredParents: [String: Set<String>] = [
        "source": ["picture", "audio", "video"],
        "track": ["audio", "video"],
    ]

    /// How an attribute value is checked.
    enum AttributeKind {
        case text, link, media, srcset, number, flag, direction, player
    }

    /// Allowed on every kept element.
    static let globalAttributes: [String: AttributeKind] = ["lang": .text, "dir": .direction, "title": .text]

    /// Allowed per element, besides the global ones. No `on*`, `style`, `class` or `id` anywhere.
    static let attributes: [String: [String: AttributeKind]] = {
        let cell: [String: AttributeKind] = ["colspan": .number, "rowspan": .number, "headers": .text, "scope": .text]
        let edit: [String: AttributeKind] = ["cite": .link, "datetime": .text]
        let audio: [String: AttributeKind] = ["src": .media, "controls": .flag, "preload": .text, "loop": .flag,
                                              "muted": .flag]
        let image: [String: AttributeKind] = ["src": .media, "srcset": .srcset, "sizes": .text, "width": .number,
                                              "height": .number]
        return [
            "a": ["href": .link],
            "img": image.merging(["alt": .text]) { $1 },
            "source": image.merging(["type": .text, "media": .text]) { $1 },
            "blockquote": ["cite": .link], "q": ["cite": .link], "del": edit, "ins": edit,
            "time": ["datetime": .text],
            "td": cell, "th": cell, "col": ["span": .number], "colgroup": ["span": .number],
            "ol": ["start": .number, "reversed": .flag, "type": .text], "li": ["value": .number],
            "audio": audio,
            "video": audio.merging(["poster": .media, "width": .number, "height": .number]) { $1 },
            "track": ["src": .media, "kind": .text, "srclang": .text, "label": .text, "default": .flag],
            "details": ["open": .flag],
            "iframe": ["src": .player, "width": .number, "height": .number, "allowfullscreen": .flag],
        ]
    }()

    /// The only hosts an `iframe` may load, always over https: the common video players.
    static let videoPlayerHosts: Set<String> = [
        "youtube.com", "www.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com", "player.vimeo.com",
    ]

    /// Added to every allowed `iframe`: the player runs its own script in its own origin, and nothing more.
    static let iframeSandbox = "allow-scripts allow-same-origin allow-presentation allow-popups"

    /// Added to every kept link: the target page gets no handle on the reader's window.
    static let linkRel = "noopener noreferrer"

    /// URL schemes for links (`href`, `cite`).
    static let linkSchemes: Set<String> = ["http", "https", "mailto", "tel"]
    /// URL schemes for images and media (`src`, `srcset`, `poster`); `data:` only for these image types.
    static let mediaSchemes: Set<String> = ["http", "https"]
    static let dataImageTypes: Set<String> = ["image/png", "image/gif", "image/jpeg", "image/webp"]
}

/// What the policy says about one element name, looked up once: `FastFragmentReader` keeps one per
/// element it knows, so that the writer does not look the same names up in every fragment.
struct ElementPolicy {
    /// Elements `AttributeFilter` treats apart.
    enum Special {
        case none, anchor, image, source, track, iframe, wordBreak, media
    }

    let rule: SanitizerPolicy.Rule
    let requiredParents: Set<String>?
    let attributes: [String: SanitizerPolicy.AttributeKind]?
    let special: Special
    /// A void element that ends as soon as it starts when the output is read again: those libxml2 2.9
    /// knows, and `wbr`, which `SanitizerInput` turns into `<wbr/>`. It keeps `source` and `track` open.
    let closedOnRead: Bool

    init(_ name: String) {
        rule = SanitizerPolicy.rule(for: name)
        requiredParents = SanitizerPolicy.requiredParents[name]
        attributes = SanitizerPolicy.attributes[name]
        closedOnRead = ["br", "col", "hr", "img", "wbr"].contains(name)
        switch name {
        case "a": special = .anchor
        case "img": special = .image
        case "source": special = .source
        case "track": special = .track
        case "iframe": special = .iframe
        case "wbr": special = .wordBreak
        case "audio", "video": special = .media
        default: special = .none
        }
    }
}
