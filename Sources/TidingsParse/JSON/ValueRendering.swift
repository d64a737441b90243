import TidingsModel

/// The value types of PARSE-JSON.md (Text, Date, Person, Link, Category, Enclosure, Image…) as JSON.
enum ValueRendering {
    /// Empty arrays mean absent, so they are left out.
    static func list<Element>(_ values: [Element], _ render: (Element) -> JSONValue) -> JSONValue? {
        values.isEmpty ? nil : .array(values.map(render))
    }

    /// An object of the members that are present.
    static func object(_ members: [(String, JSONValue?)]) -> JSONValue {
        .object(Dictionary(members.compactMap { key, value in value.map { (key, $0) } }) { first, _ in first })
    }

    static func text(_ text: FeedText) -> JSONValue {
        .object(["type": .string(text.type), "value": .string(text.value),
                 "language": .string(text.language), "base": .string(text.base)])
    }

    static func content(_ content: FeedContent) -> JSONValue {
        guard case .object(var members) = text(content.text) else { return .null }
        if let src = content.src { members["src"] = .string(src) }
        return .object(members)
    }

    static func date(_ date: FeedDate) -> JSONValue {
        .object(["raw": .string(date.raw), "utc": .string(date.instant.map(CivilCalendar.utcString))])
    }

    static func link(_ link: Link) -> JSONValue {
        object([("href", .string(link.href)), ("rel", .string(link.rel)), ("type", string(link.type)),
                ("title", string(link.title)), ("hreflang", string(link.hreflang)), ("length", string(link.length))])
    }

    static func person(_ person: Person) -> JSONValue {
        object([("name", string(person.name)), ("email", string(person.email)), ("uri", string(person.uri))])
    }

    static func category(_ category: Category) -> JSONValue {
        object([("term", .string(category.term)), ("scheme", string(category.scheme)),
                ("label", string(category.label))])
    }

    static func enclosure(_ enclosure: Enclosure) -> JSONValue {
        object([("url", .string(enclosure.url)), ("type", string(enclosure.type)),
                ("length", enclosure.length.map(JSONValue.int))])
    }

    /// A bare string when only the name is known (the form PARSE-JSON.md also accepts), else the
    /// object with `uri` and `version`.
    static func generator(_ generator: Generator) -> JSONValue {
        if let name = generator.name, generator.uri == nil, generator.version == nil { return .string(name) }
        return object([("name", string(generator.name)), ("uri", string(generator.uri)),
                       ("version", string(generator.version))])
    }

    static func image(_ image: FeedImage) -> JSONValue {
        object([("url", .string(image.url)), ("title", string(image.title)), ("link", string(image.link)),
                ("width", int(image.width)), ("height", int(image.height)),
                ("description", string(image.description))])
    }

    static func cloud(_ cloud: FeedCloud) -> JSONValue {
        object([("domain", string(cloud.domain)), ("port", int(cloud.port)), ("path", string(cloud.path)),
                ("register_procedure", string(cloud.registerProcedure)), ("protocol", string(cloud.protocol))])
    }

    static func textInput(_ input: TextInput) -> JSONValue {
        object([("title", string(input.title)), ("description", string(input.description)),
                ("name", string(input.name)), ("link", string(input.link))])
    }

    /// A present string, or nil (left out).
    static func string(_ value: String?) -> JSONValue? {
        value.map(JSONValue.string)
    }

    /// A present number, or nil (left out).
    static func int(_ value: Int?) -> JSONValue? {
        value.map { .int(Int64($0)) }
    }
}
