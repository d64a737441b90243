/// A JSON value as read from a document (JSON Feed), with the accessors a feed reader needs.
/// Numbers keep their literal text so an `"id": 123` reads back as `123`, not `123.0`.
indirect enum JSONNode: Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([String: JSONNode])

    /// The member `key` of an object; nil for anything else or a missing key.
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// A string value, trimmed; nil when empty or not a string.
    var string: String? {
        guard case .string(let value) = self else { return nil }
        return TextValue.clean(value)
    }

    /// A string, or a number's literal text (JSON Feed IDs come as either).
    var text: String? {
        if case .number(let literal) = self { return literal }
        return string
    }

    /// The elements of an array; a single non-array value counts as a list of one, as feeds that
    /// write `"tags": "news"` mean.
    var list: [JSONNode] {
        switch self {
        case .array(let values): values
        case .null: []
        default: [self]
        }
    }

    /// A whole number, written as a number or a numeric string.
    var integer: Int64? {
        switch self {
        case .number(let literal): Int64(literal) ?? Double(literal).flatMap(Self.whole)
        case .string(let text): TextValue.clean(text).flatMap { Int64($0) }
        default: nil
        }
    }

    /// `true`/`false`, also as the strings `"true"`/`"false"`.
    var bool: Bool? {
        switch self {
        case .bool(let value): value
        case .string(let text) where text == "true" || text == "false": text == "true"
        default: nil
        }
    }

    private static func whole(_ value: Double) -> Int64? {
        value.isFinite && value.rounded() == value && abs(value) < 9e18 ? Int64(value) : nil
    }
}
