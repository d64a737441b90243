import TidingsModel

/// The shape every format parser shares (DESIGN convention 2): it is offered the root element, takes
/// the document's SAX events, and hands back what it understood. Knowing `RSSParser` is enough to find
/// your way in `AtomParser`.
protocol FeedFormatParser: XMLEventHandler {
    /// A parser for the document whose root element is `root`, or nil when that root is not this
    /// format's. `doctypePublicID` tells Netscape's RSS 0.91 from UserLand's.
    init?(root: SAXElement, doctypePublicID: String?, documentURL: String?)

    /// The feed as understood so far: complete after the last event, and still meaningful after a
    /// truncated document.
    var result: ParsedFeed { get }
}
