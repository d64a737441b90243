/// Makes HTML from feeds safe to store, export and show: nothing that comes out can run script, load
/// a stylesheet, submit a form or frame an arbitrary page in a reader (issue 3, "Safety"). The policy
/// is in `SanitizerPolicy`; `Docs/sanitizer.md` explains it.
///
/// The fragment is read with libxml2's forgiving HTML parser (entities decoded once, broken markup
/// repaired as a browser would) and written again from scratch against an allowlist: only allowed
/// element and attribute names are ever written, every text and attribute value is escaped, and URLs
/// are resolved against the content's base and kept only with an allowed scheme.
package enum HTMLSanitizer {
    /// `html` re-serialised as a safe HTML5 fragment, with relative URLs made absolute against
    /// `baseURL` (kept relative when it is nil). Pure and deterministic; linear in the input; the
    /// result is trimmed, and sanitising it again returns it unchanged.
    package static func sanitize(_ html: String, baseURL: String?) -> String {
        let input = SanitizerInput(html)
        guard input.hasMarkup else {
            // Plain text (most titles and many summaries): no tag, no reference, nothing to parse.
            var output = HTMLOutput(capacity: input.body.count)
            output.text(input.body)
            return output.result
        }
        let writer = SanitizingWriter(base: baseURL, capacity: input.bytes.count)
        HTMLFragmentReader.read(input.bytes, into: writer)
        return writer.finish()
    }
}
