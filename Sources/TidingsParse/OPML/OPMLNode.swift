import CLibXML2

/// A borrowed view of one libxml2 element; valid only while the `OPMLTree` that owns it lives.
///
/// Reading never enters entity-reference nodes: their children are shared with the DTD and can be
/// cyclic, and expanding them is how a hostile file would smuggle in billion-laughs text.
struct OPMLNode {
    let pointer: xmlNodePtr

    /// The element name as written (OPML is case-sensitive XML, but some writers capitalise).
    var name: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    func isElement(named lowercasedName: String) -> Bool {
        pointer.pointee.type == XML_ELEMENT_NODE && name.lowercased() == lowercasedName
    }

    /// Element children in document order.
    var elements: [OPMLNode] {
        var found: [OPMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { found.append(OPMLNode(pointer: node)) }
            child = node.pointee.next
        }
        return found
    }

    /// The first element child with this (lowercase) name.
    func element(named lowercasedName: String) -> OPMLNode? {
        elements.first { $0.isElement(named: lowercasedName) }
    }

    /// An attribute value, the name matched case-insensitively: OPML 1.0 writers emit both
    /// `xmlUrl` and `xmlurl`.
    func attribute(_ lowercasedName: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name,
               String(cString: attributeName).lowercased() == lowercasedName {
                return Self.text(from: current.pointee.children)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Sets an existing attribute's value, keeping the attribute's own spelling (`xmlUrl` or
    /// `xmlurl`) and position; adds it as `spelling` (else `lowercasedName`) when missing.
    func setAttribute(_ lowercasedName: String, to value: String, spelling: String? = nil) {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name,
               String(cString: attributeName).lowercased() == lowercasedName {
                xmlSetProp(pointer, attributeName, value)
                return
            }
            attribute = current.pointee.next
        }
        xmlSetProp(pointer, spelling ?? lowercasedName, value)
    }

    /// Removes an attribute, its name matched case-insensitively.
    func removeAttribute(_ lowercasedName: String) {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            let next = current.pointee.next
            if let attributeName = current.pointee.name,
               String(cString: attributeName).lowercased() == lowercasedName {
                xmlRemoveProp(current)
            }
            attribute = next
        }
    }

    /// The text directly inside the element (e.g. `<title>`), character data only.
    var text: String { Self.text(from: pointer.pointee.children) }

    /// The feed URL as written, trimmed; nil for a folder or any other outline.
    var xmlURL: String? { OPMLURL.cleaned(attribute("xmlurl")) }

    /// What a reader shows for the outline: `title`, else `text` (OPML 1.0 has only `text`).
    var label: String? { OPMLURL.cleaned(attribute("title")) ?? OPMLURL.cleaned(attribute("text")) }

    /// An outline that groups others: no feed URL and no link target of its own.
    var isFolder: Bool {
        isElement(named: "outline") && xmlURL == nil && OPMLURL.cleaned(attribute("url")) == nil
    }

    /// Concatenated text and CDATA of a sibling list; entity references contribute nothing.
    private static func text(from first: xmlNodePtr?) -> String {
        var result = ""
        var node = first
        while let current = node {
            let type = current.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = current.pointee.content {
                result += String(cString: content)
            }
            node = current.pointee.next
        }
        return result
    }
}
