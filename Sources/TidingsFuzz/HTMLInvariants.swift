import TidingsParse

/// The sanitiser's fast reader against libxml2: whenever `FastFragmentReader` accepts a fragment,
/// its events and the sanitised output must be exactly what the libxml2 reader gives.
///
/// Fragments are the input as a whole (read as UTF-8, invalid bytes repaired), the input with XML's
/// five escapes undone (HTML escaped in a `description`), and the text of each CDATA section (HTML
/// in `content:encoded`), so that mutations of the feed fixtures reach the reader as HTML.
enum HTMLInvariants {
    static func check(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        compare(text)
        if text.contains("&lt;") {
            compare(text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&"))
        }
        var rest = text[...]
        while let open = rest.range(of: "<![CDATA[") {
            let close = rest[open.upperBound...].range(of: "]]>")
            compare(String(rest[open.upperBound..<(close?.lowerBound ?? rest.endIndex)]))
            guard let close else { break }
            rest = rest[close.upperBound...]
        }
    }

    private static func compare(_ html: String) {
        guard let fast = HTMLSanitizer.events(html, reader: .fast) else { return }
        let slow = HTMLSanitizer.events(html, reader: .libxml2) ?? []
        if fast != slow {
            let index = zip(fast, slow).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(fast.count, slow.count)
            fail("fast reader events differ from libxml2's at event \(index): "
                + "\(fast.dropFirst(index).prefix(3)) against \(slow.dropFirst(index).prefix(3))")
        }
        let base = "https://fuzz.example/post/"
        let fastOutput = HTMLSanitizer.sanitize(html, baseURL: base, reader: .fast)
        let slowOutput = HTMLSanitizer.sanitize(html, baseURL: base, reader: .libxml2)
        require(fastOutput == slowOutput, "fast reader output differs from libxml2's: "
            + "\(String(describing: fastOutput).prefix(300)) against \(String(describing: slowOutput).prefix(300))")
    }
}
