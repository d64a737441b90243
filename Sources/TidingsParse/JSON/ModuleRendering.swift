import TidingsModel

/// The namespaced modules as JSON: iTunes and Media RSS in the shape of PARSE-JSON.md's "iTunes and
/// media", GeoRSS as its "Location", and the refresh hints, which PARSE-JSON.md does not define
/// (Tidings' own keys for the scheduler's inputs).
enum ModuleRendering {
    static func itunes(_ itunes: ITunesInfo) -> JSONValue {
        let categories = itunes.categories.map { category in
            ValueRendering.object([("term", .string(category.term)),
                                   ("subcategories", ValueRendering.list(category.subcategories, JSONValue.string))])
        }
        return ValueRendering.object([
            ("author", ValueRendering.string(itunes.author)), ("subtitle", ValueRendering.string(itunes.subtitle)),
            ("summary", ValueRendering.string(itunes.summary)), ("block", itunes.block.map(JSONValue.bool)),
            ("explicit", itunes.explicit.map(JSONValue.bool)), ("duration", ValueRendering.string(itunes.duration)),
            ("image", ValueRendering.string(itunes.image)),
            ("keywords", ValueRendering.list(itunes.keywords, JSONValue.string)),
            ("categories", categories.isEmpty ? nil : .array(categories)),
            ("owner", itunes.owner.map(ValueRendering.person)),
        ])
    }

    static func media(_ media: MediaInfo) -> JSONValue {
        ValueRendering.object([
            ("title", media.title.map(ValueRendering.text)),
            ("description", media.description.map(ValueRendering.text)),
            ("thumbnails", ValueRendering.list(media.thumbnails) { thumbnail in
                ValueRendering.object([("url", .string(thumbnail.url)), ("width", ValueRendering.int(thumbnail.width)),
                                       ("height", ValueRendering.int(thumbnail.height)),
                                       ("time", ValueRendering.string(thumbnail.time))])
            }),
            ("contents", ValueRendering.list(media.contents, content)),
            ("credits", ValueRendering.list(media.credits) { credit in
                ValueRendering.object([("role", ValueRendering.string(credit.role)),
                                       ("scheme", ValueRendering.string(credit.scheme)),
                                       ("name", .string(credit.name))])
            }),
            ("player", media.player.map { player in
                ValueRendering.object([("url", .string(player.url)), ("width", ValueRendering.int(player.width)),
                                       ("height", ValueRendering.int(player.height))])
            }),
            ("categories", ValueRendering.list(media.categories, ValueRendering.category)),
            ("keywords", ValueRendering.list(media.keywords, JSONValue.string)),
            ("rating", media.rating.map { rating in
                ValueRendering.object([("scheme", ValueRendering.string(rating.scheme)),
                                       ("value", .string(rating.value))])
            }),
            ("restriction", media.restriction.map { restriction in
                ValueRendering.object([("relationship", ValueRendering.string(restriction.relationship)),
                                       ("type", ValueRendering.string(restriction.type)),
                                       ("values", .array(restriction.values.map(JSONValue.string)))])
            }),
            ("license", media.license.map { license in
                ValueRendering.object([("type", ValueRendering.string(license.type)),
                                       ("href", ValueRendering.string(license.href)),
                                       ("value", ValueRendering.string(license.value))])
            }),
        ])
    }

    private static func content(_ content: MediaContent) -> JSONValue {
        ValueRendering.object([
            ("url", ValueRendering.string(content.url)), ("type", ValueRendering.string(content.type)),
            ("medium", ValueRendering.string(content.medium)), ("width", ValueRendering.int(content.width)),
            ("height", ValueRendering.int(content.height)), ("duration", ValueRendering.int(content.duration)),
            ("file_size", content.fileSize.map(JSONValue.int)), ("bitrate", ValueRendering.int(content.bitrate)),
            ("lang", ValueRendering.string(content.language)), ("is_default", content.isDefault.map(JSONValue.bool)),
            ("expression", ValueRendering.string(content.expression)),
        ])
    }

    /// GeoJSON-style: `Point` holds one position, `LineString` and `Box` a list, `Polygon` a list of
    /// rings; `{}` when the element had no usable coordinates.
    static func location(_ location: GeoLocation) -> JSONValue {
        guard let kind = location.kind else { return .object([:]) }
        let positions = location.coordinates.map { JSONValue.array([.double($0.longitude), .double($0.latitude)]) }
        let coordinates: JSONValue = switch kind {
        case .point: positions.first ?? .array([])
        case .lineString, .box: .array(positions)
        case .polygon: .array([.array(positions)])
        }
        return .object(["type": .string(kind.rawValue), "coordinates": coordinates])
    }

    /// Feed-level members for the refresh hints; not in PARSE-JSON.md (see `ParseJSON`).
    static func refreshHints(_ hints: RefreshHints) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        out["ttl"] = ValueRendering.int(hints.ttl)
        out["skip_hours"] = ValueRendering.list(hints.skipHours) { .int(Int64($0)) }
        out["skip_days"] = ValueRendering.list(hints.skipDays) { .string($0.name) }
        out["update_period"] = hints.updatePeriod.map { .string($0.rawValue) }
        out["update_frequency"] = ValueRendering.int(hints.updateFrequency)
        out["update_base"] = hints.updateBase.map(ValueRendering.date)
        return out
    }
}
