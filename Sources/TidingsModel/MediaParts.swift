/// `media:credit`: someone who worked on the media.
package struct MediaCredit: Sendable, Hashable {
    package var role: String?
    package var scheme: String?
    package var name: String

    package init(role: String? = nil, scheme: String? = nil, name: String) {
        self.role = role
        self.scheme = scheme
        self.name = name
    }
}

/// `media:player`: a web page that plays the media.
package struct MediaPlayer: Sendable, Hashable {
    package var url: String
    package var width: Int?
    package var height: Int?

    package init(url: String, width: Int? = nil, height: Int? = nil) {
        self.url = url
        self.width = width
        self.height = height
    }
}

/// `media:rating`: an audience rating such as `adult` or `tv-14`.
package struct MediaRating: Sendable, Hashable {
    package var scheme: String?
    package var value: String

    package init(scheme: String? = nil, value: String) {
        self.scheme = scheme
        self.value = value
    }
}

/// `media:restriction`: where (or on what) the media may or may not be shown.
package struct MediaRestriction: Sendable, Hashable {
    /// `allow` or `deny`.
    package var relationship: String?
    /// `country`, `uri` or `sharing`.
    package var type: String?
    package var values: [String]

    package init(relationship: String? = nil, type: String? = nil, values: [String] = []) {
        self.relationship = relationship
        self.type = type
        self.values = values
    }
}

/// `media:license`.
package struct MediaLicense: Sendable, Hashable {
    package var type: String?
    package var href: String?
    /// The license's name as written in the element.
    package var value: String?

    package init(type: String? = nil, href: String? = nil, value: String? = nil) {
        self.type = type
        self.href = href
        self.value = value
    }
}
