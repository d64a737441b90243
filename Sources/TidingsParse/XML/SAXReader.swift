import CLibXML2

/// Drives libxml2's SAX2 push parser over one document and hands its elements to an `XMLEventHandler`.
///
/// Options are `LibXML.xmlOptions` (recover, no network, silent; never NOENT or DTDLOAD). The handler
/// defines no `getEntity`, `entityDecl`, `resolveEntity` or `externalSubset`, so no entity declared in
/// the document is ever expanded and nothing outside the bytes is read: XXE and entity bombs find no
/// door. HTML entities were already turned into character references by `EntityRewriter`.
enum SAXReader {
    /// What the read left besides the handler's own results.
    struct Outcome {
        var errors: XMLErrorLog
        /// The name of the decoder libxml2 ended up using, or nil when it read UTF-8 natively.
        var decoderName: String?
    }

    /// Bytes handed to libxml2 per `xmlParseChunk` call.
    private static let chunkSize = 64 * 1024

    static func read(_ bytes: [UInt8], documentURL: String?, handler: any XMLEventHandler) -> Outcome {
        LibXML.prepareThread()
        let session = SAXSession(handler: handler, documentURL: documentURL)
        var sax = makeHandler()
        let userData = Unmanaged.passUnretained(session).toOpaque()
        return withExtendedLifetime(session) {
            bytes.withUnsafeBytes { buffer -> Outcome in
                let start = buffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                // The first four bytes let libxml2 detect the encoding (BOM, UTF-16) before the rest
                // arrives, as xmllint's push mode does.
                let head = min(4, buffer.count)
                guard let context = xmlCreatePushParserCtxt(&sax, userData, start, Int32(head), nil) else {
                    var errors = XMLErrorLog()
                    errors.note("not well-formed: libxml2 could not start a parser", line: nil)
                    return Outcome(errors: errors, decoderName: nil)
                }
                defer {
                    // With SAX callbacks libxml2 may still build a stand-in document for the DTD.
                    if let document = context.pointee.myDoc {
                        xmlFreeDoc(document)
                        context.pointee.myDoc = nil
                    }
                    xmlFreeParserCtxt(context)
                }
                xmlCtxtUseOptions(context, LibXML.xmlOptions)
                var offset = head
                while offset < buffer.count, let start {
                    let length = min(chunkSize, buffer.count - offset)
                    xmlParseChunk(context, start + offset, Int32(length), 0)
                    offset += length
                }
                session.errors.beginEndOfInput()
                xmlParseChunk(context, nil, 0, 1)
                session.finish()
                let decoder = LibXML.string(context.pointee.input?.pointee.buf?.pointee.encoder?.pointee.name
                    .map { UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self) })
                return Outcome(errors: session.errors, decoderName: decoder)
            }
        }
    }

    /// A SAX2 handler whose callbacks only forward to the session behind the user-data pointer.
    private static func makeHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = LibXML.sax2Magic
        sax.startElementNs = { context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, _,
                               attributes in
            SAXSession.from(context)?.startElement(SAXElementParts(
                localName: localName, prefix: prefix, uri: uri, namespaces: namespaces,
                namespaceCount: Int(namespaceCount), attributes: attributes, attributeCount: Int(attributeCount)))
        }
        sax.endElementNs = { context, _, _, _ in SAXSession.from(context)?.endElement() }
        sax.characters = { context, text, length in SAXSession.from(context)?.characters(text, length) }
        sax.cdataBlock = { context, text, length in SAXSession.from(context)?.characters(text, length) }
        sax.ignorableWhitespace = { context, text, length in SAXSession.from(context)?.characters(text, length) }
        sax.internalSubset = { context, name, publicID, systemID in
            SAXSession.from(context)?.doctype(name: LibXML.string(name), publicID: LibXML.string(publicID),
                                               systemID: LibXML.string(systemID))
        }
        sax.serror = { context, error in
            guard let error else { return }
            SAXSession.from(context)?.errors.record(error)
        }
        return sax
    }
}
