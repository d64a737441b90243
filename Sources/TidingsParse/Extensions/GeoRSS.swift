import TidingsModel

/// GeoRSS Simple (`georss:point`, `line`, `polygon`, `box`): whitespace-separated `lat lon` pairs,
/// turned into GeoJSON-style (longitude, latitude) points.
enum GeoRSS {
    /// The location an element describes; a location without a kind when its coordinates are
    /// unusable (odd count, not numbers, out of range), nil for an element GeoRSS does not define.
    static func location(_ module: ModuleElement) -> GeoLocation? {
        let kind: GeoLocation.Kind
        switch module.name.local {
        case "point": kind = .point
        case "line": kind = .lineString
        case "polygon": kind = .polygon
        case "box": kind = .box
        default: return nil
        }
        let unusable = GeoLocation(kind: nil, coordinates: [])
        guard let points = points(module.text) else { return unusable }
        let usable = switch kind {
        case .point: points.count == 1
        case .box: points.count == 2
        case .lineString: points.count >= 2
        case .polygon: points.count >= 4
        }
        return usable ? GeoLocation(kind: kind, coordinates: points) : unusable
    }

    /// `45.256 -71.92 46.46 -109.48` as points; nil when a number is missing or malformed.
    private static func points(_ text: String) -> [GeoPoint]? {
        // Some feeds separate the pair with a comma as well as a space.
        let numbers = text.split { $0.isWhitespace || $0 == "," }.map { Double($0) }
        guard !numbers.isEmpty, numbers.count.isMultiple(of: 2) else { return nil }
        var points: [GeoPoint] = []
        for index in stride(from: 0, to: numbers.count, by: 2) {
            guard let latitude = numbers[index], let longitude = numbers[index + 1],
                  (-90...90).contains(latitude), (-180...180).contains(longitude) else { return nil }
            points.append(GeoPoint(longitude: longitude, latitude: latitude))
        }
        return points
    }
}
