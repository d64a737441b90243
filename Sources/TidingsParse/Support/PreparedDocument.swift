import Foundation

/// A document's bytes made ready for the byte scanners and libxml2: UTF-16 and UTF-32 are turned into
/// UTF-8 first (and the XML declaration told so), so every document takes the same path through
/// entity repair and sniffing.
struct PreparedDocument {
    /// The bytes to read: UTF-8, or the original bytes in an ASCII-compatible encoding.
    let bytes: [UInt8]
    /// The encoding the original bytes were written in, as `parse --json` reports it.
    let encoding: String
    /// False only for the rare stateful encodings (UTF-7, ISO-2022, EBCDIC) left to libxml2 alone.
    let isASCIICompatible: Bool

    init(_ original: [UInt8]) {
        let detected = EncodingDetector.detect(original)
        encoding = detected.name
        if detected.isASCIICompatible {
            bytes = original
            isASCIICompatible = true
        } else if let utf8 = Self.utf8(from: original.dropFirst(detected.byteOrderMarkLength),
                                       encoding: detected.name) {
            bytes = Self.declaringUTF8(utf8)
            isASCIICompatible = true
        } else {
            bytes = original
            isASCIICompatible = false
        }
    }

    /// UTF-16/32 text re-encoded as UTF-8; nil for any other encoding. Invalid units become U+FFFD.
    private static func utf8(from bytes: ArraySlice<UInt8>, encoding: String) -> [UInt8]? {
        let data = Array(bytes)
        switch encoding {
        case "utf-16le", "utf-16be":
            let bigEndian = encoding == "utf-16be"
            let units = stride(from: 0, to: data.count - 1, by: 2).map { index -> UInt16 in
                let (high, low) = bigEndian ? (data[index], data[index + 1]) : (data[index + 1], data[index])
                return UInt16(high) << 8 | UInt16(low)
            }
            return Array(String(decoding: units, as: UTF16.self).utf8)
        case "utf-32le", "utf-32be":
            let bigEndian = encoding == "utf-32be"
            let units = stride(from: 0, to: data.count - 3, by: 4).map { index -> UInt32 in
                let word = data[index..<index + 4].reduce(0) { $0 << 8 | UInt32($1) }
                return bigEndian ? word : word.byteSwapped
            }
            return Array(String(decoding: units, as: UTF32.self).utf8)
        default:
            return nil
        }
    }

    /// The same document with its XML declaration's `encoding="UTF-16"` now saying UTF-8, so libxml2
    /// does not decode the converted bytes a second time.
    private static func declaringUTF8(_ bytes: [UInt8]) -> [UInt8] {
        guard MarkupSkipper.hasPrefix(bytes, at: 0, "<?xml"),
              let end = bytes.prefix(512).firstIndex(of: UInt8(ascii: ">")) else { return bytes }
        let declaration = String(decoding: bytes[...end], as: UTF8.self)
        guard let declared = EncodingDetector.declaredEncoding(in: Array(bytes[...end])),
              let range = declaration.range(of: declared) else { return bytes }
        let rewritten = declaration.replacingCharacters(in: range, with: "UTF-8")
        return Array(rewritten.utf8) + bytes[(end + 1)...]
    }
}
