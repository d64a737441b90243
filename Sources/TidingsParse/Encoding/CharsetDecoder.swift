/// Turns a document's bytes in one charset into UTF-8, mending what does not fit the charset instead
/// of handing invalid bytes on.
enum CharsetDecoder {
    /// What was wrong with the bytes for the charset they were decoded with.
    enum Fault: Equatable {
        /// Bytes that are not UTF-8 (or are ISO-8859-1 C1 controls), read as windows-1252.
        case windows1252Bytes
        /// Bytes above 0x7F in a document said to be ASCII, read as UTF-8.
        case nonASCII
        /// Sequences the charset does not define, replaced by U+FFFD.
        case invalidBytes
        /// This system's iconv cannot convert the charset; the document was read as UTF-8.
        case noConverter
    }

    /// The document as UTF-8.
    struct Decoded {
        var utf8: [UInt8]
        /// The encoding actually used, as `parse --json` reports it: `windows-1252` when a document
        /// labelled UTF-8 or ISO-8859-1 turned out to be written in it.
        var encoding: String
        /// The first fault and its offset in `utf8`.
        var fault: (kind: Fault, offset: Int)?

        var isClean: Bool { fault == nil }
    }

    /// `bytes[offset...]` (past a byte-order mark) decoded as `charset`.
    static func decode(_ bytes: [UInt8], from offset: Int = 0, as charset: Charset) -> Decoded {
        bytes.withUnsafeBufferPointer { whole in
            let body = UnsafeBufferPointer(rebasing: whole[offset...])
            switch charset.decoding {
            case .utf8:
                return utf8(body, original: offset == 0 ? bytes : nil, name: charset.name)
            case .usASCII:
                guard let firstHigh = body.firstIndex(where: { $0 >= 0x80 }) else {
                    return Decoded(utf8: offset == 0 ? bytes : Array(body), encoding: charset.name)
                }
                var decoded = utf8(body, original: nil, name: Charset.utf8.name)
                decoded.fault = (.nonASCII, firstHigh)
                return decoded
            case .latin1, .windows1252:
                let firstC1 = body.firstIndex(where: Windows1252.isC1)
                let output = Windows1252.decode(body)
                guard charset.decoding == .latin1, let firstC1 else {
                    return Decoded(utf8: output, encoding: charset.name)
                }
                // Before the first C1 byte every byte became one or two bytes of output.
                let offset = body[..<firstC1].reduce(0) { $0 + ($1 < 0x80 ? 1 : 2) }
                return Decoded(utf8: output, encoding: Charset.windows1252.name, fault: (.windows1252Bytes, offset))
            case .iconv(let name, let unit):
                guard let converted = Iconv.decode(body, from: name, unit: unit) else {
                    var decoded = utf8(body, original: nil, name: Charset.utf8.name)
                    decoded.fault = (.noConverter, 0)
                    return decoded
                }
                return Decoded(utf8: converted.utf8, encoding: charset.name,
                               fault: converted.firstInvalidOffset.map { (.invalidBytes, $0) })
            }
        }
    }

    /// UTF-8 checked, and repaired from windows-1252 where it is not valid. A document with no valid
    /// multi-byte sequence at all was windows-1252 throughout and is reported so.
    private static func utf8(_ body: UnsafeBufferPointer<UInt8>, original: [UInt8]?, name: String) -> Decoded {
        guard UTF8Repair.scan(body).firstInvalid != nil else {
            return Decoded(utf8: original ?? Array(body), encoding: name)
        }
        let repaired = UTF8Repair.repair(body)
        let encoding = repaired.sawMultibyte ? name : Charset.windows1252.name
        return Decoded(utf8: repaired.utf8, encoding: encoding,
                       fault: repaired.firstRepairOffset.map { (.windows1252Bytes, $0) })
    }
}
