/// An author, contributor or publisher.
package struct Person: Sendable, Hashable {
    package var name: String?
    package var email: String?
    package var uri: String?

    package init(name: String? = nil, email: String? = nil, uri: String? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }

    /// The name, else the e-mail address, else the URI: what to show a reader.
    package var displayName: String? { name ?? email ?? uri }
}

/// A link to another resource (Atom `link`, RSS `link`, an HTML page's `<link rel=alternate>`).
package struct Link: Sendable, Hashable {
    package var href: String
    /// Defaults to `alternate`.
    package var rel: String
    package var type: String?
    package var title: String?
    package var hreflang: String?
    package var length: String?

    package init(href: String, rel: String = "alternate", type: String? = nil, title: String? = nil,
                 hreflang: String? = nil, length: String? = nil) {
        self.href = href
        self.rel = rel
        self.type = type
        self.title = title
        self.hreflang = hreflang
        self.length = length
    }
}

/// A category or tag. The RSS `domain` attribute is the `scheme`.
package struct Category: Sendable, Hashable {
    package var term: String
    package var scheme: String?
    package var label: String?

    package init(term: String, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }
}

/// A media file attached to an entry (RSS `enclosure`, Atom `link rel="enclosure"`).
package struct Enclosure: Sendable, Hashable {
    package var url: String
    package var type: String?
    package var length: Int64?

    package init(url: String, type: String? = nil, length: Int64? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }
}

/// Where an entry was first published: RSS `<source url="…">title</source>`, or an Atom entry's
/// `source`, which copies the whole header of the feed the entry came from.
package struct EntrySource: Sendable, Hashable {
    /// The source feed's own URL (RSS `url`, Atom `rel="self"`).
    package var url: String?
    package var title: String?
    package var id: String?
    /// The source site's page (Atom `rel="alternate"`).
    package var link: String?
    package var links: [Link] = []
    package var authors: [Person] = []
    package var contributors: [Person] = []
    package var subtitle: FeedText?
    package var rights: FeedText?
    package var updated: FeedDate?
    package var categories: [Category] = []
    package var icon: String?
    package var logo: String?

    package init(url: String? = nil, title: String? = nil) {
        self.url = url
        self.title = title
    }
}
