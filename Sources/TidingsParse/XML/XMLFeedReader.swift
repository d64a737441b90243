import TidingsModel

/// The XML path of `FeedParser`: repair ampersands, read with SAX, and say how it went (`bozo`).
enum XMLFeedReader {
    static func read(_ document: PreparedDocument, url: String?) -> ParsedFeed {
        let junk = document.isASCIICompatible ? LeadingJunk.length(in: document.bytes) : 0
        let bytes = junk > 0 ? Array(document.bytes[junk...]) : document.bytes
        let repairs = document.isASCIICompatible ? EntityRewriter.rewrite(bytes) : nil
        let handler = FeedDocumentHandler(documentURL: url)
        let outcome = SAXReader.read(repairs?.bytes ?? bytes, documentURL: url, handler: handler)

        var feed = handler.parser?.result ?? ParsedFeed()
        feed.encoding = outcome.errors.unsupportedEncoding
            ? "utf-8" : outcome.decoderName.map(EncodingDetector.normalise) ?? document.encoding
        var problems = outcome.errors
        if junk > 0 {
            problems.note("not well-formed: text before the XML document (line 1)", line: 0)
        }
        if let problem = repairs?.firstProblem {
            problems.note(problem.message, line: problem.line)
        }
        if let problem = document.encodingProblem {
            problems.note(problem.message, line: problem.line)
        }
        if handler.parser == nil {
            return notAFeed(document, url: url, root: handler.root, encoding: feed.encoding, problems: problems)
        }
        feed.bozo = !problems.isEmpty
        feed.bozoMessage = problems.firstMessage
        return feed
    }

    /// A well-formed document that is no feed, or one too broken to have a root element. An XHTML page
    /// still gets its advertised feeds listed.
    private static func notAFeed(_ document: PreparedDocument, url: String?, root: SAXElement?, encoding: String?,
                                 problems: XMLErrorLog) -> ParsedFeed {
        guard let root else {
            return ParsedFeed(bozo: true, bozoMessage: problems.firstMessage ?? "not a feed: no root element",
                              encoding: encoding)
        }
        if root.name.lowercased() == "html" {
            return HTMLFeedDiscovery.pageResult(document, pageURL: url)
        }
        return ParsedFeed(bozo: true, bozoMessage: "not a feed: root element <\(root.name)>", encoding: encoding)
    }
}
