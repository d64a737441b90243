/// A GeoRSS geometry, GeoJSON-style: coordinates are (longitude, latitude), the reverse of the
/// `lat lon` order GeoRSS writes.
package struct GeoLocation: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable {
        case point = "Point", lineString = "LineString", polygon = "Polygon", box = "Box"
    }

    /// Nil when a geo element was present but had no usable coordinates.
    package var kind: Kind?
    /// The points, each as (longitude, latitude).
    package var coordinates: [GeoPoint]

    package init(kind: Kind?, coordinates: [GeoPoint]) {
        self.kind = kind
        self.coordinates = coordinates
    }
}

/// One position, in degrees.
package struct GeoPoint: Sendable, Hashable {
    package var longitude: Double
    package var latitude: Double

    package init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}
