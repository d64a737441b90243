/// Media RSS (`media:*`) read from an item or one `media:group`. Elements nested in a
/// `media:content` are folded into the group they belong to.
package struct MediaInfo: Sendable, Hashable {
    package var title: FeedText?
    package var description: FeedText?
    package var thumbnails: [MediaThumbnail] = []
    package var contents: [MediaContent] = []
    package var credits: [MediaCredit] = []
    package var player: MediaPlayer?
    /// `media:category`; without a scheme, the Media RSS default scheme.
    package var categories: [Category] = []
    package var keywords: [String] = []
    package var rating: MediaRating?
    package var restriction: MediaRestriction?
    package var license: MediaLicense?

    package init() {}

    /// True when nothing was read.
    package var isEmpty: Bool { self == MediaInfo() }
}

/// `media:thumbnail`.
package struct MediaThumbnail: Sendable, Hashable {
    package var url: String
    package var width: Int?
    package var height: Int?
    /// The time offset in the media it was taken from (NTP form, `12:05:01.123`), as written.
    package var time: String?

    package init(url: String, width: Int? = nil, height: Int? = nil, time: String? = nil) {
        self.url = url
        self.width = width
        self.height = height
        self.time = time
    }
}

/// `media:content`: one rendition of the media object.
package struct MediaContent: Sendable, Hashable {
    /// Nil when only a `media:player` says where the media plays.
    package var url: String?
    package var type: String?
    /// `image`, `audio`, `video`, `document` or `executable`.
    package var medium: String?
    package var width: Int?
    package var height: Int?
    /// Seconds.
    package var duration: Int?
    package var fileSize: Int64?
    /// Kilobits per second.
    package var bitrate: Int?
    package var language: String?
    package var isDefault: Bool?
    /// `full`, `sample` or `nonstop`.
    package var expression: String?

    package init(url: String? = nil, type: String? = nil, medium: String? = nil) {
        self.url = url
        self.type = type
        self.medium = medium
    }
}
