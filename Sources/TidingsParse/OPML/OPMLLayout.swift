import CLibXML2

/// Keeps a hand-edited file's own indentation when an outline is inserted or removed, so that a
/// diff of `feeds.opml` after `tidings add` shows one new line and nothing else.
///
/// The file's whitespace lives in text nodes between elements (the tree is parsed without
/// `NOBLANKS` and written without reformatting); these functions add or drop those text nodes.
enum OPMLLayout {
    /// Makes `node` the last element child of `parent`, indented like its siblings.
    static func append(_ node: xmlNodePtr, to parent: OPMLNode, in document: xmlDocPtr) {
        if let last = parent.elements.last {
            xmlAddNextSibling(last.pointer, node)
            if let indent = whitespace(before: last.pointer) {
                xmlAddPrevSibling(node, xmlNewDocText(document, indent))
            }
            return
        }
        // An empty folder or body: indent one step deeper than the parent and put the closing tag
        // back on its own line.
        let parentIndent = indentation(of: parent.pointer)
        if let first = parent.pointer.pointee.children {
            xmlAddPrevSibling(first, node)
        } else {
            xmlAddChild(parent.pointer, node)
            if let parentIndent { xmlAddNextSibling(node, xmlNewDocText(document, "\n" + parentIndent)) }
        }
        if let parentIndent {
            xmlAddPrevSibling(node, xmlNewDocText(document, "\n" + parentIndent + unit(in: document)))
        }
    }

    /// Unlinks and frees `node` together with the line break and indentation in front of it.
    static func remove(_ node: xmlNodePtr) {
        if let previous = node.pointee.prev, isBlank(previous) {
            xmlUnlinkNode(previous)
            xmlFreeNode(previous)
        }
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }

    /// The whitespace-only text node just before `node`, verbatim (e.g. "\n      ").
    private static func whitespace(before node: xmlNodePtr) -> String? {
        guard let previous = node.pointee.prev, isBlank(previous), let content = previous.pointee.content
        else { return nil }
        return String(cString: content)
    }

    /// The spaces or tabs that start `node`'s line; "" for the root; nil when it shares a line.
    private static func indentation(of node: xmlNodePtr) -> String? {
        if node.pointee.parent?.pointee.type == XML_DOCUMENT_NODE { return "" }
        guard let blank = whitespace(before: node), let newline = blank.lastIndex(of: "\n") else {
            return nil
        }
        return String(blank[blank.index(after: newline)...])
    }

    /// One indentation step as the file uses it, found from the first element that is indented
    /// deeper than its parent; two spaces when the file gives no example.
    private static func unit(in document: xmlDocPtr) -> String {
        var pending = xmlDocGetRootElement(document).map { [OPMLNode(pointer: $0)] } ?? []
        while !pending.isEmpty {
            let parent = pending.removeFirst()
            let outer = indentation(of: parent.pointer)
            for child in parent.elements {
                if let outer, let inner = indentation(of: child.pointer), inner.count > outer.count,
                   inner.hasPrefix(outer) {
                    return String(inner.dropFirst(outer.count))
                }
                pending.append(child)
            }
        }
        return "  "
    }

    private static func isBlank(_ node: xmlNodePtr) -> Bool {
        guard node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content else { return false }
        return String(cString: content).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    }
}
