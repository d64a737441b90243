/// The software that wrote a feed (Atom `generator`, RSS `generator`).
package struct Generator: Sendable, Hashable {
    package var name: String?
    package var uri: String?
    package var version: String?

    package init(name: String? = nil, uri: String? = nil, version: String? = nil) {
        self.name = name
        self.uri = uri
        self.version = version
    }
}

/// A feed's picture (RSS `image`, JSON Feed `icon`).
package struct FeedImage: Sendable, Hashable {
    package var url: String
    package var title: String?
    /// The page the image links to.
    package var link: String?
    package var width: Int?
    package var height: Int?
    package var description: String?

    package init(url: String, title: String? = nil, link: String? = nil, width: Int? = nil, height: Int? = nil,
                 description: String? = nil) {
        self.url = url
        self.title = title
        self.link = link
        self.width = width
        self.height = height
        self.description = description
    }
}

/// RSS `cloud`: an rssCloud server that notifies subscribers of updates.
package struct FeedCloud: Sendable, Hashable {
    package var domain: String?
    package var port: Int?
    package var path: String?
    package var registerProcedure: String?
    package var `protocol`: String?

    package init(domain: String? = nil, port: Int? = nil, path: String? = nil, registerProcedure: String? = nil,
                 protocol: String? = nil) {
        self.domain = domain
        self.port = port
        self.path = path
        self.registerProcedure = registerProcedure
        self.protocol = `protocol`
    }
}

/// RSS `textInput` (`textinput` in RSS 1.0): a search or feedback box.
package struct TextInput: Sendable, Hashable {
    package var title: String?
    package var description: String?
    /// The name of the text field.
    package var name: String?
    /// Where the form is submitted.
    package var link: String?

    package init(title: String? = nil, description: String? = nil, name: String? = nil, link: String? = nil) {
        self.title = title
        self.description = description
        self.name = name
        self.link = link
    }
}
