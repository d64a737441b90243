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
            "    <title>\(XMLEscaper.text(title))</title>",
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
        pairs.compactMap { name, value in value.map { " \(name)=\"\(XMLEscaper.attribute($0))\"" } }.joined()
    }
}
