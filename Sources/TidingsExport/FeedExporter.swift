import TidingsModel

// TidingsExport: stories → feed bytes. No I/O, no clock (the document carries its own date).
//
// Public surface: `FeedExporter.render(_:as:)`, `ExportFormat`, and the helpers other modules may
// reuse, `XMLEscaper` and `InternetDate`. One writer per format: `AtomWriter`, `RSSWriter`,
// `JSONFeedWriter`; all XML text passes through `XMLBuilder`, which escapes through `XMLEscaper`.

/// Renders an aggregated export in any supported feed format.
package enum FeedExporter {
    /// The document as UTF-8 bytes in `format`. Output is deterministic: the same document always
    /// gives the same bytes, and story IDs are copied through unchanged.
    package static func render(_ doc: ExportDocument, as format: ExportFormat) -> [UInt8] {
        switch format {
        case .atom: AtomWriter.render(doc)
        case .rss: RSSWriter.render(doc)
        case .json: JSONFeedWriter.render(doc)
        }
    }
}
