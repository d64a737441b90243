import TidingsModel

/// The Media RSS elements whose reading takes more than a line.
enum MediaElements {
    /// `media:content`: the attributes describe one rendition; all but `url` are optional.
    static func content(_ module: ModuleElement) -> MediaContent {
        var content = MediaContent(url: module.url(module.attribute("url")), type: module.attribute("type"),
                                   medium: module.attribute("medium"))
        content.width = FeedValues.wholeNumber(module.attribute("width"))
        content.height = FeedValues.wholeNumber(module.attribute("height"))
        content.duration = FeedValues.wholeNumber(module.attribute("duration"))
        content.fileSize = FeedValues.integer(module.attribute("fileSize"))
        content.bitrate = FeedValues.wholeNumber(module.attribute("bitrate"))
        content.language = module.attribute("lang")
        content.expression = module.attribute("expression")
        content.isDefault = module.attribute("isDefault").flatMap { value in
            switch value.lowercased() {
            case "true": true
            case "false": false
            default: nil
            }
        }
        return content
    }

    /// `media:title` and `media:description`: `type="html"` holds markup, the default `plain` text.
    static func text(_ module: ModuleElement) -> FeedText? {
        FeedValues.text(module.content, type: isHTML(module.element) ? "html" : "text", at: module.element)
    }

    /// How a `media:title` or `media:description` is captured: markup for HTML, character data
    /// (tags pasted into plain text dropped) otherwise.
    static func childContent(for element: SAXElement) -> ChildContent {
        .markup(MarkupStyle(textOnly: !isHTML(element)))
    }

    private static func isHTML(_ element: SAXElement) -> Bool {
        TextValue.clean(element.attribute("type"))?.lowercased() == "html"
    }
}
