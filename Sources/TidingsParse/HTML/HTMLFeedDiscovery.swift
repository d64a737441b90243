import CLibXML2
import TidingsModel

/// Finds the feeds a web page advertises with `<link rel="alternate" type="application/rss+xml"
/// href="…">`, read with libxml2's forgiving HTML parser, so that a page URL given as a subscription
/// can point at its feed.
enum HTMLFeedDiscovery {
    /// The feed media types a page may advertise.
    static let feedTypes: Set<String> = ["application/rss+xml", "application/atom+xml", "application/feed+json"]

    /// What `FeedParser` reports for a web page: not a feed, and the feeds it points to.
    static func pageResult(_ document: PreparedDocument, pageURL: String?) -> ParsedFeed {
        ParsedFeed(bozo: true, bozoMessage: "not a feed: HTML page", encoding: document.encoding,
                   advertisedFeeds: advertisedFeeds(in: document.bytes, pageURL: pageURL))
    }

    /// The advertised feeds in document order, resolved against the page's `<base href>` or URL.
    static func advertisedFeeds(in bytes: [UInt8], pageURL: String?) -> [Link] {
        guard !bytes.isEmpty else { return [] }
        LibXML.prepareThread()
        let collector = LinkCollector()
        var sax = htmlSAXHandler()
        sax.initialized = LibXML.sax2Magic
        sax.startElement = { context, name, attributes in
            guard let context else { return }
            Unmanaged<LinkCollector>.fromOpaque(context).takeUnretainedValue()
                .element(LibXML.string(name) ?? "", attributes: attributes)
        }
        sax.serror = { _, _ in }
        let userData = Unmanaged.passUnretained(collector).toOpaque()
        withExtendedLifetime(collector) {
            bytes.withUnsafeBytes { buffer in
                let start = buffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                guard let context = htmlCreatePushParserCtxt(&sax, userData, nil, 0, nil, XML_CHAR_ENCODING_NONE)
                else { return }
                defer {
                    if let document = context.pointee.myDoc { xmlFreeDoc(document) }
                    htmlFreeParserCtxt(context)
                }
                htmlCtxtUseOptions(context, LibXML.htmlOptions)
                htmlParseChunk(context, start, Int32(buffer.count), 0)
                htmlParseChunk(context, nil, 0, 1)
            }
        }
        let base = collector.baseHref.map { URLResolver.resolve($0, against: pageURL) } ?? pageURL
        return collector.links.map { link in
            var resolved = link
            resolved.href = URLResolver.resolve(link.href, against: base)
            return resolved
        }
    }

    /// The state of one HTML read: feed links as written and the first `<base href>`.
    private final class LinkCollector {
        var links: [Link] = []
        var baseHref: String?

        func element(_ name: String, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
            guard name == "link" || name == "base" else { return }
            var values: [String: String] = [:]
            var index = 0
            while let attributes, let key = attributes[index] {
                values[(LibXML.string(key) ?? "").lowercased()] = LibXML.string(attributes[index + 1]) ?? ""
                index += 2
            }
            if name == "base" {
                baseHref = baseHref ?? TextValue.clean(values["href"])
                return
            }
            let rels = (values["rel"] ?? "").lowercased().split(whereSeparator: \.isWhitespace)
            guard rels.contains("alternate"),
                  let type = TextValue.clean(values["type"])?.lowercased(), feedTypes.contains(type),
                  let href = TextValue.clean(values["href"]) else { return }
            links.append(Link(href: href, rel: "alternate", type: type, title: TextValue.clean(values["title"])))
        }
    }
}
