import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An element read back from exported XML with Foundation's (libxml2-backed, non-recovering)
/// parser: if it parses, the export is well-formed.
struct XMLTree {
    /// The local name, namespace and qualified name as written.
    var name: String
    var namespace: String?
    var qualifiedName: String
    var attributes: [String: String]
    var children: [XMLTree] = []
    /// Text content directly inside this element, entities and character references decoded.
    var text = ""

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    /// The document element of `bytes`, or a `ParseError` with the parser's reason.
    static func parse(_ bytes: [UInt8]) throws -> XMLTree {
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseError(description: parser.parserError.map { String(describing: $0) } ?? "no root element")
        }
        return root
    }

    /// Children with this local name (and namespace, when given).
    func all(_ name: String, namespace: String? = nil) -> [XMLTree] {
        children.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// The first child with this local name (and namespace, when given).
    func first(_ name: String, namespace: String? = nil) -> XMLTree? {
        all(name, namespace: namespace).first
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLTree] = []
        var root: XMLTree?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            stack.append(XMLTree(name: elementName, namespace: namespaceURI,
                                 qualifiedName: qName ?? elementName, attributes: attributeDict))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            let element = stack.removeLast()
            if stack.isEmpty {
                root = element
            } else {
                stack[stack.count - 1].children.append(element)
            }
        }
    }
}
