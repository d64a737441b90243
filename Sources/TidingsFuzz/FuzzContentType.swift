/// The HTTP `Content-Type` handed to the parser with a fuzzed document.
///
/// Picked from the first byte so that one corpus entry always replays the same way, while the
/// fuzzer still explores every header the fetcher can pass: none at all, the feed types, an HTML
/// page (which switches the facade to feed discovery), and charsets that disagree with the bytes.
/// The byte stays part of the document: the seeds are whole fixtures.
enum FuzzContentType {
    private static let choices: [String?] = [
        nil,
        "application/rss+xml",
        "application/atom+xml; charset=utf-8",
        "text/html; charset=windows-1252",
        "text/xml; charset=iso-8859-1",
        "application/json",
    ]

    static func pick(for bytes: [UInt8]) -> String? {
        guard let first = bytes.first else { return nil }
        return choices[Int(first) % choices.count]
    }
}
