import Foundation
import TidingsModel

/// The parsing facade: bytes in, `ParsedFeed` out, whatever the bytes are.
///
/// Sniffs the document from its first bytes and dispatches: XML goes to the SAX reader, which picks
/// `RSSParser` or `AtomParser` from the root element; a web page is searched for the feeds it
/// advertises; JSON goes to `JSONFeedParser`. Never throws and never prints: a broken or foreign
/// document comes back with what could be recovered, `bozo` set and a one-line `bozoMessage`.
///
/// The rest of the module's surface: `DateParser`, `ItemIdentity` and `StableHash`, `PlainText`,
/// `ParseJSON`, and the OPML reader and writer.
package enum FeedParser {
    /// Parses one document. `url` is where it came from (relative links resolve against it);
    /// `contentType` is the HTTP `Content-Type`: its `charset` is weighed against the document's own
    /// encoding declaration (`Docs/encodings.md`), and its media type helps tell a web page from a feed.
    package static func parse(_ data: [UInt8], url: String?, contentType: String?) -> ParsedFeed {
        // The fetcher refuses bodies over 16 MB; a file handed to `tidings parse` gets a wider cap,
        // but a cap: memory stays a small multiple of what is parsed.
        guard data.count <= maximumDocumentBytes else {
            return ParsedFeed(bozo: true, bozoMessage: "document larger than \(maximumDocumentBytes >> 20) MB: not parsed")
        }
        let document = PreparedDocument(data, contentType: contentType)
        switch DocumentSniffer.kind(of: document, contentType: contentType) {
        case .empty:
            return ParsedFeed(bozo: true, bozoMessage: "not a feed: empty document", encoding: document.encoding)
        case .json:
            return JSONFeedParser.parse(document.bytes, url: url, encoding: document.encoding)
        case .html:
            return HTMLFeedDiscovery.pageResult(document, pageURL: url)
        case .xml:
            return XMLFeedReader.read(document, url: url)
        }
    }

    /// The largest document parsed at all.
    package static let maximumDocumentBytes = 64 << 20

    /// Parses one document held in `Data`.
    package static func parse(_ data: Data, url: String?, contentType: String?) -> ParsedFeed {
        parse([UInt8](data), url: url, contentType: contentType)
    }
}
