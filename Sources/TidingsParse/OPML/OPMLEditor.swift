import CLibXML2
import TidingsModel

/// Changes to an OPML file that leave the rest of it as its owner wrote it.
///
/// `feeds.opml` is the file of record and people edit it by hand: comments, attributes Tidings does
/// not know, outlines that are not feeds, folder order and indentation all survive an edit. Only the
/// outline concerned changes (and, for `adding`, its folder when that has to be created).
package enum OPMLEditor {
    /// `data` with an outline for `source` appended to the folder `source.folder` (nested folders,
    /// outermost first; created when missing). A `file:` URL inside the OPML file's directory is
    /// written relative to it, like the examples are.
    ///
    /// Returns `data` unchanged when the URL is already listed anywhere in the file.
    package static func adding(_ source: FeedSource, to data: [UInt8], baseURL: String?) throws(OPMLError)
        -> [UInt8]
    {
        let tree = try OPMLTree(parsing: data, baseURL: baseURL)
        let target = OPMLURL.resolve(source.url, against: baseURL)
        guard outlines(listing: target, in: tree).isEmpty else { return data }
        var parent = try body(of: tree)
        for name in source.folder.compactMap(OPMLURL.cleaned) {
            if let existing = parent.elements.first(where: { $0.isFolder && $0.label == name }) {
                parent = existing
            } else {
                parent = try insertOutline(into: parent, of: tree, [("text", name), ("title", name)])
            }
        }
        let title = OPMLURL.cleaned(source.title)
        _ = try insertOutline(into: parent, of: tree, [
            ("type", "rss"), ("text", title ?? target), ("title", title),
            ("xmlUrl", OPMLURL.relative(target, to: baseURL) ?? target),
            ("htmlUrl", OPMLURL.cleaned(source.htmlURL)),
        ])
        return OPMLProlog.keepingOriginal(of: data, in: try tree.serialized())
    }

    /// `data` without every outline whose (resolved) `xmlUrl` is `url`, each with the line break
    /// and indentation before it. Folders left empty are kept: they are the user's structure.
    ///
    /// Returns `data` itself, byte for byte, when no outline lists the URL: `result == data` is how
    /// a caller tells that nothing was removed.
    package static func removing(url: String, from data: [UInt8], baseURL: String?) throws(OPMLError)
        -> [UInt8]
    {
        let tree = try OPMLTree(parsing: data, baseURL: baseURL)
        let found = outlines(listing: OPMLURL.resolve(url, against: baseURL), in: tree)
        guard !found.isEmpty else { return data }
        // Last first: a listed outline nested in another listed outline is freed before its parent
        // frees it a second time.
        for outline in found.reversed() { OPMLLayout.remove(outline.pointer) }
        return OPMLProlog.keepingOriginal(of: data, in: try tree.serialized())
    }

    /// `data` with every outline whose (resolved) `xmlUrl` is `url` pointing at `newURL` instead,
    /// everything else about the outline (title, folder, other attributes) left alone: a feed that
    /// moved (a permanent redirect, a page that advertises its feed) stays where its owner put it.
    ///
    /// Returns `data` itself when no outline lists `url`.
    package static func replacing(url: String, with newURL: String, in data: [UInt8], baseURL: String?)
        throws(OPMLError) -> [UInt8]
    {
        let tree = try OPMLTree(parsing: data, baseURL: baseURL)
        let found = outlines(listing: OPMLURL.resolve(url, against: baseURL), in: tree)
        guard !found.isEmpty else { return data }
        let target = OPMLURL.resolve(newURL, against: baseURL)
        for outline in found {
            outline.setAttribute("xmlurl", to: OPMLURL.relative(target, to: baseURL) ?? target)
        }
        return OPMLProlog.keepingOriginal(of: data, in: try tree.serialized())
    }

    /// `data` with attribute `name` of every outline listing `url` set to `value` (removed when
    /// nil). Returns `data` itself when no outline lists `url`.
    package static func setting(_ name: String, to value: String?, forURL url: String, in data: [UInt8],
                                baseURL: String?) throws(OPMLError) -> [UInt8] {
        let tree = try OPMLTree(parsing: data, baseURL: baseURL)
        let found = outlines(listing: OPMLURL.resolve(url, against: baseURL), in: tree)
        guard !found.isEmpty else { return data }
        for outline in found {
            if let value { outline.setAttribute(name.lowercased(), to: value, spelling: name) }
            else { outline.removeAttribute(name.lowercased()) }
        }
        return OPMLProlog.keepingOriginal(of: data, in: try tree.serialized())
    }

    private static func outlines(listing url: String, in tree: OPMLTree) -> [OPMLNode] {
        var found: [OPMLNode] = []
        tree.forEachOutline { outline, _ in
            if let written = outline.xmlURL, OPMLURL.resolve(written, against: tree.baseURL) == url {
                found.append(outline)
            }
        }
        return found
    }

    /// `<body>`, added after `<head>` when an OPML file lacks one.
    private static func body(of tree: OPMLTree) throws(OPMLError) -> OPMLNode {
        if let body = tree.body { return body }
        guard let body = xmlNewDocNode(tree.document, nil, "body", nil) else {
            throw .unwritable(file: tree.fileName, reason: "libxml2 could not create <body>")
        }
        OPMLLayout.append(body, to: tree.root, in: tree.document)
        return OPMLNode(pointer: body)
    }

    /// A new `<outline>` with the non-nil attributes, in the given order, as `parent`'s last child.
    private static func insertOutline(
        into parent: OPMLNode, of tree: OPMLTree, _ attributes: [(String, String?)]
    ) throws(OPMLError) -> OPMLNode {
        guard let outline = xmlNewDocNode(tree.document, nil, "outline", nil) else {
            throw .unwritable(file: tree.fileName, reason: "libxml2 could not create an outline")
        }
        // xmlNewProp stores the value as text; escaping happens once, when the tree is written.
        for case let (name, value?) in attributes { xmlNewProp(outline, name, value) }
        OPMLLayout.append(outline, to: parent, in: tree.document)
        return OPMLNode(pointer: outline)
    }
}
