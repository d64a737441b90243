import TidingsModel

/// The XML path of `FeedParser`: repair ampersands, read with SAX, and say how it went (`bozo`).
enum XMLFeedReader {
    static func read(_ bytes: [UInt8], url: String?) -> ParsedFeed {
        let detected = EncodingDetector.detect(bytes)
        let repairs = detected.isASCIICompatible ? EntityRewriter.rewrite(bytes) : nil
        let handler = FeedDocumentHandler(documentURL: url)
        let outcome = SAXReader.read(repairs?.bytes ?? bytes, documentURL: url, handler: handler)

        var feed = handler.parser?.result ?? ParsedFeed()
        feed.encoding = outcome.errors.unsupportedEncoding
            ? "utf-8" : outcome.decoderName.map(EncodingDetector.normalise) ?? detected.name
        var problems = outcome.errors
        if let line = repairs?.firstBareAmpersandLine {
            problems.note("not well-formed: unescaped '&' (line \(line))")
        }
        if let entity = repairs?.firstUnknownEntity {
            problems.note("undefined entity \(entity) left as text")
        }
        if handler.parser == nil {
            return notAFeed(bytes, url: url, root: handler.root, encoding: feed.encoding, problems: problems)
        }
        feed.bozo = !problems.isEmpty
        feed.bozoMessage = problems.firstMessage
        return feed
    }

    /// A well-formed document that is no feed, or one too broken to have a root element. An XHTML page
    /// still gets its advertised feeds listed.
    private static func notAFeed(_ bytes: [UInt8], url: String?, root: SAXElement?, encoding: String?,
                                 problems: XMLErrorLog) -> ParsedFeed {
        guard let root else {
            return ParsedFeed(bozo: true, bozoMessage: problems.firstMessage ?? "not a feed: no root element",
                              encoding: encoding)
        }
        if root.name.lowercased() == "html" {
            return HTMLFeedDiscovery.pageResult(bytes, pageURL: url)
        }
        return ParsedFeed(bozo: true, bozoMessage: "not a feed: root element <\(root.name)>", encoding: encoding)
    }
}
