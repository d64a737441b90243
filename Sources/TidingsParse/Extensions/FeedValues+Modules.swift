import TidingsModel

/// Value readers the namespaced modules share, beside the core ones in `FeedValues`.
extension FeedValues {
    /// A whole number written as `640`, ` 640 `, `640.0` or `+640`; nil for anything else. Media RSS
    /// sizes and iTunes counts come in all of these.
    static func wholeNumber(_ value: String?) -> Int? {
        guard let text = TextValue.clean(value) else { return nil }
        if let number = Int(text) { return number }
        guard let number = Double(text), number.isFinite, number.rounded() == number,
              abs(number) < 1e15 else { return nil }
        return Int(number)
    }

    /// A comma-separated list (`itunes:keywords`, `media:keywords`), each item trimmed, empties
    /// dropped.
    static func commaList(_ value: String) -> [String] {
        value.split(separator: ",").compactMap { TextValue.clean($0) }
    }

    /// A person written as free text (`dc:creator`, `dc:publisher`), split into name and address.
    static func person(_ value: String) -> Person? {
        RSSPerson.parse(value)
    }

    /// `person` appended unless an equal one is already listed: a feed giving both `author` and
    /// `dc:creator` for the same writer lists them once.
    static func appending(_ people: [Person], to list: [Person]) -> [Person] {
        people.reduce(into: list) { result, person in
            if !result.contains(person) { result.append(person) }
        }
    }

    /// The RDF way of giving a URL, `rdf:resource="…"` (RSS 1.0 modules), else the element's text.
    static func resource(_ element: SAXElement, text: String, base: String?) -> String? {
        url(element.attribute("resource", namespace: XMLNamespace.rdf) ?? text, base: base)
            ?? url(text, base: base)
    }
}
