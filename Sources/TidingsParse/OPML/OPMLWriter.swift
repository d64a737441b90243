import TidingsModel

/// A fresh OPML 2.0 document for a list of subscriptions: what `tidings export-opml` prints and what
/// a missing `feeds.opml` is created with.
///
/// Folders become nested outlines in the order they first appear. Nothing time-dependent is written
/// (no `dateCreated`), so the same list always renders to the same bytes.
package enum OPMLWriter {
    package static func render(_ sources: [FeedSource], title: String) -> String {
        var entries: [Entry] = []
        var seen = Set<String>()
        for source in sources where seen.insert(source.url).inserted {
            insert(source, path: source.folder.compactMap(OPMLURL.cleaned)[...], into: &entries)
        }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<opml version="2.0">"#,
            "  <head>",
            "    <title>\(escaped(title, quotes: false))</title>",
            "  </head>",
            "  <body>",
        ]
        write(entries, depth: 2, into: &lines)
        lines += ["  </body>", "</opml>", ""]
        return lines.joined(separator: "\n")
    }

    private indirect enum Entry {
        case feed(FeedSource)
        case folder(String, [Entry])
    }

    private static func insert(_ source: FeedSource, path: ArraySlice<String>, into entries: inout [Entry]) {
        guard let name = path.first else {
            entries.append(.feed(source))
            return
        }
        let index = entries.firstIndex { if case .folder(name, _) = $0 { true } else { false } }
        var children: [Entry] = []
        if let index, case .folder(_, let existing) = entries[index] { children = existing }
        insert(source, path: path.dropFirst(), into: &children)
        if let index { entries[index] = .folder(name, children) } else { entries.append(.folder(name, children)) }
    }

    private static func write(_ entries: [Entry], depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        for entry in entries {
            switch entry {
            case let .folder(name, children):
                lines.append(indent + "<outline\(attributes([("text", name), ("title", name)]))>")
                write(children, depth: depth + 1, into: &lines)
                lines.append(indent + "</outline>")
            case let .feed(source):
                let title = OPMLURL.cleaned(source.title)
                let pairs = [
                    ("type", "rss"), ("text", title ?? source.url), ("title", title), ("xmlUrl", source.url),
                    ("htmlUrl", OPMLURL.cleaned(source.htmlURL)),
                ]
                lines.append(indent + "<outline\(attributes(pairs))/>")
            }
        }
    }

    private static func attributes(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { name, value in value.map { " \(name)=\"\(escaped($0, quotes: true))\"" } }.joined()
    }

    /// Escaped for XML 1.0 text or a double-quoted attribute. Characters XML cannot carry at all
    /// (most C0 controls, U+FFFE, U+FFFF) are dropped; in attributes, line breaks and tabs become
    /// character references so that reading them back does not normalise them to spaces.
    private static func escaped(_ text: String, quotes: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "\n" where quotes: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t" where quotes: result += "&#9;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
