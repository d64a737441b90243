/// An element's character data, or its captured children (`ChildContent.markup`), as the SAX reader
/// hands it to the format parsers.
///
/// Captured markup is kept as the UTF-8 bytes `MarkupWriter` wrote: it is mostly HTML on its way to
/// the sanitiser, which reads bytes, so making a `String` of it first (and checking every byte of a
/// long article to do so) is skipped on that path (`FeedValues.text`). Everyone else asks for
/// `string`, which is exactly the string the bytes make.
struct ElementText: ExpressibleByStringLiteral {
    private let plain: String
    /// The captured markup; nil for character data, which arrives as a string.
    let capturedUTF8: [UInt8]?

    init(_ string: String) {
        plain = string
        capturedUTF8 = nil
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    /// Captured markup: UTF-8 as libxml2 produced it.
    init(capturedUTF8: [UInt8]) {
        plain = ""
        self.capturedUTF8 = capturedUTF8
    }

    /// The text; for captured markup, decoded on each call (callers ask once).
    var string: String {
        capturedUTF8.map { String(decoding: $0, as: UTF8.self) } ?? plain
    }
}
