/// The sanitiser's output, written so that every value stays inert: text escapes `&`, `<` and `>`;
/// attribute values are double-quoted and also escape `"`; names come from the policy, never from the
/// input. Non-ASCII text stays UTF-8. Control characters get the same scrub as the input
/// (`SanitizerInput`), so that output read back in comes out unchanged.
struct HTMLOutput {
    private var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The markup written so far, without leading and trailing whitespace.
    var result: String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
              let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    mutating func text(_ text: UnsafeBufferPointer<UInt8>) {
        append(escaping: text, quote: false)
    }

    mutating func text(_ text: ArraySlice<UInt8>) {
        text.withUnsafeBufferPointer { append(escaping: $0, quote: false) }
    }

    /// `<name attr="value" flag>`; a nil value writes a bare boolean attribute.
    mutating func startTag(_ name: String, _ attributes: [SanitizedAttribute]) {
        bytes.append(UInt8(ascii: "<"))
        bytes += name.utf8
        for attribute in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes += attribute.name.utf8
            guard var value = attribute.value else { continue }
            bytes += "=\"".utf8
            value.withUTF8 { append(escaping: $0, quote: true) }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: ">"))
    }

    mutating func endTag(_ name: String) {
        bytes += "</".utf8
        bytes += name.utf8
        bytes.append(UInt8(ascii: ">"))
    }

    private mutating func append(escaping source: UnsafeBufferPointer<UInt8>, quote: Bool) {
        var runStart = 0
        var index = 0
        while index < source.count {
            index = ByteScan.first(in: source, from: index, to: source.count, block: { block in
                let special = ByteScan.below(block, 0x20) | ByteScan.equal(block, 0x7F) | ByteScan.equal(block, 0x26)
                    | ByteScan.equal(block, 0x3C) | ByteScan.equal(block, 0x3E)
                return quote ? special | ByteScan.equal(block, 0x22) : special
            }, byte: { byte in
                byte < 0x20 || byte == 0x7F || byte == 0x26 || byte == 0x3C || byte == 0x3E || (quote && byte == 0x22)
            })
            guard index < source.count else { break }
            let byte = source[index]
            index += 1
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<(index - 1)]))
            runStart = index
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"): bytes.append(byte)
            // `&#13;` in the input arrives here as a CR; read back, a CR becomes LF.
            case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "\n"))
            case 0x0C: bytes.append(UInt8(ascii: " "))
            default: break
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
    }
}

/// One attribute as written: a nil value is a bare boolean attribute (`controls`).
struct SanitizedAttribute: Equatable {
    let name: String
    let value: String?
}
