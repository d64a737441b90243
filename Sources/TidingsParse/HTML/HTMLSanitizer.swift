/// Makes HTML from feeds safe to store, export and show: nothing that comes out can run script, load
/// a stylesheet, submit a form or frame an arbitrary page in a reader (issue 3, "Safety"). The policy
/// is in `SanitizerPolicy`; `Docs/sanitizer.md` explains it.
///
/// The fragment is read with libxml2's forgiving HTML parser (entities decoded once, broken markup
/// repaired as a browser would) and written again from scratch against an allowlist: only allowed
/// element and attribute names are ever written, every text and attribute value is escaped, and URLs
/// are resolved against the content's base and kept only with an allowed scheme. Plain, well-formed
/// fragments (most of them) are read by `FastFragmentReader` instead, which reports exactly the events
/// libxml2 would and refuses anything else.
package enum HTMLSanitizer {
    /// `html` re-serialised as a safe HTML5 fragment, with relative URLs made absolute against
    /// `baseURL` (kept relative when it is nil). Pure and deterministic; linear in the input; the
    /// result is trimmed, and sanitising it again returns it unchanged.
    package static func sanitize(_ html: String, baseURL: String?) -> String {
        sanitize(html, baseURL: baseURL, reader: .automatic) ?? ""
    }

    /// Which reader turns the fragment into events; only tests and the fuzzer choose.
    package enum Reader: Sendable {
        /// The fast reader when it accepts the fragment, libxml2 otherwise (what `sanitize` does).
        case automatic
        /// libxml2 alone.
        case libxml2
        /// The fast reader alone: nil when it refuses the fragment.
        case fast
    }

    /// `sanitize` with the reader chosen; nil only for `.fast` when the fast reader refuses.
    package static func sanitize(_ html: String, baseURL: String?, reader: Reader) -> String? {
        sanitize(SanitizerInput(html), baseURL: baseURL, reader: reader)
    }

    /// `sanitize` for a fragment held as UTF-8 bytes (the parser's captured markup), which spares
    /// making a `String` of it first. Nil when the bytes are not valid UTF-8: the caller then goes
    /// through a string, which mends them.
    static func sanitize(utf8 html: UnsafeBufferPointer<UInt8>, baseURL: String?) -> String? {
        let input = SanitizerInput(utf8: html, validating: true)
        guard input.isValidUTF8 else { return nil }
        return sanitize(input, baseURL: baseURL, reader: .automatic) ?? ""
    }

    private static func sanitize(_ input: SanitizerInput, baseURL: String?, reader: Reader) -> String? {
        guard input.hasMarkup else {
            // Plain text (most titles and many summaries): no tag, no reference, nothing to parse.
            var output = HTMLOutput(capacity: input.body.count)
            output.text(input.body)
            return output.result
        }
        let writer = SanitizingWriter(base: baseURL, capacity: input.bytes.count)
        switch reader {
        case .automatic:
            if !FastFragmentReader.read(input, into: writer) { HTMLFragmentReader.read(input.bytes, into: writer) }
        case .libxml2:
            HTMLFragmentReader.read(input.bytes, into: writer)
        case .fast:
            guard FastFragmentReader.read(input, into: writer) else { return nil }
        }
        return writer.finish()
    }

    /// The events a reader reports for `html` (prepared as `sanitize` prepares it), for the
    /// differential tests; nil for `.fast` when the fast reader refuses the fragment.
    package static func events(_ html: String, reader: Reader) -> [FragmentEvent]? {
        let input = SanitizerInput(html)
        let recorder = FragmentEventRecorder()
        switch reader {
        case .automatic:
            if !FastFragmentReader.read(input, into: recorder) { HTMLFragmentReader.read(input.bytes, into: recorder) }
        case .libxml2:
            HTMLFragmentReader.read(input.bytes, into: recorder)
        case .fast:
            guard FastFragmentReader.read(input, into: recorder) else { return nil }
        }
        return recorder.recorded
    }
}

/// One reader event as recorded for tests: consecutive text is joined, as the writer joins it.
package enum FragmentEvent: Equatable, Sendable, CustomStringConvertible {
    case start(String, [Attribute])
    case end(String)
    case text(String)

    package struct Attribute: Equatable, Sendable {
        package let name: String
        package let value: String?
    }

    package var description: String {
        switch self {
        case .start(let name, let attributes):
            "<\(name)" + attributes.map { " \($0.name)" + ($0.value.map { "=\($0.debugDescription)" } ?? "") }.joined() + ">"
        case .end(let name): "</\(name)>"
        case .text(let text): text.debugDescription
        }
    }
}

/// Records events with every attribute list read, and tracks open elements as the writer does, so
/// that the libxml2 reader's depth cap behaves the same.
final class FragmentEventRecorder: FragmentEventSink {
    private(set) var events: [FragmentEvent] = []
    private var open: [String] = []
    private var pendingText: [UInt8] = []

    var depth: Int { open.count }

    func startElement(_ name: String, policy: ElementPolicy?, attributes: () -> [(name: String, value: String?)]) {
        flushText()
        events.append(.start(name, attributes().map { FragmentEvent.Attribute(name: $0.name, value: $0.value) }))
        open.append(name)
    }

    func endElement(_ name: String) {
        flushText()
        events.append(.end(name))
        if let index = open.lastIndex(of: name) { open.removeSubrange(index...) }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        pendingText.append(contentsOf: text)
    }

    var recorded: [FragmentEvent] {
        flushText()
        return events
    }

    private func flushText() {
        guard !pendingText.isEmpty else { return }
        events.append(.text(String(decoding: pendingText, as: UTF8.self)))
        pendingText.removeAll()
    }
}
