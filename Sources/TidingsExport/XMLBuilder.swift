import TidingsModel

/// Appends an indented XML document element by element, escaping every name-value it is given.
///
/// Atom and RSS writers share it so that no writer ever concatenates unescaped text. Attributes
/// whose value is nil are left out, which keeps optional fields at their call sites readable.
struct XMLBuilder {
    typealias Attributes = KeyValuePairs<String, String?>

    private(set) var output = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    private var open: [String] = []

    /// Starts an element that will hold children.
    mutating func start(_ name: String, _ attributes: Attributes = [:]) {
        indent()
        output += "<\(name)\(render(attributes))>\n"
        open.append(name)
    }

    /// Closes the innermost open element.
    mutating func end() {
        let name = open.removeLast()
        indent()
        output += "</\(name)>\n"
    }

    /// Writes `<name attributes>text</name>`, or an empty element when `text` is empty.
    mutating func element(_ name: String, _ attributes: Attributes = [:], text: String) {
        indent()
        let escaped = XMLEscaper.text(text)
        output += escaped.isEmpty
            ? "<\(name)\(render(attributes))/>\n"
            : "<\(name)\(render(attributes))>\(escaped)</\(name)>\n"
    }

    /// Writes `<name attributes>text</name>` only when there is text.
    mutating func element(_ name: String, _ attributes: Attributes = [:], ifPresent text: String?) {
        if let text { element(name, attributes, text: text) }
    }

    /// Writes an element with attributes only.
    mutating func empty(_ name: String, _ attributes: Attributes) {
        indent()
        output += "<\(name)\(render(attributes))/>\n"
    }

    /// The finished document as UTF-8. Every element must have been closed.
    var bytes: [UInt8] {
        precondition(open.isEmpty, "unclosed XML elements: \(open)")
        return Array(output.utf8)
    }

    private mutating func indent() {
        output += String(repeating: "  ", count: open.count)
    }

    private func render(_ attributes: Attributes) -> String {
        var out = ""
        for (name, value) in attributes {
            guard let value else { continue }
            out += " \(name)=\"\(XMLEscaper.attribute(value))\""
        }
        return out
    }
}
