/// The `[userinfo@]host[:port]` part of an http(s) URL, normalised: host lower-cased, default and
/// empty ports dropped, leading zeros of the port removed.
struct URLAuthority {
    var userinfo: String?
    var host: String
    var port: Int?

    /// Parses `text` for a URL of `scheme`; nil when the host is missing or holds characters no
    /// host may contain, or the port is not a number up to 65535.
    init?(_ text: Substring, scheme: String) {
        var rest = text
        if let at = rest.lastIndex(of: "@") {
            userinfo = PercentEncoding.normalize(rest[..<at]) {
                PercentEncoding.isUnreserved($0) || PercentEncoding.isSubDelimiter($0) || $0 == UInt8(ascii: ":")
            }
            rest = rest[rest.index(after: at)...]
        }
        let portText: Substring?
        if rest.hasPrefix("[") {
            // An IPv6 literal: hex digits, colons and an embedded IPv4 address only.
            guard let close = rest.firstIndex(of: "]") else { return nil }
            let literal = rest[rest.index(after: rest.startIndex)..<close]
            guard !literal.isEmpty, literal.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." })
            else { return nil }
            host = "[" + literal.lowercased() + "]"
            let after = rest[rest.index(after: close)...]
            guard after.isEmpty || after.hasPrefix(":") else { return nil }
            portText = after.isEmpty ? nil : after.dropFirst()
        } else {
            let parts = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first, !name.isEmpty,
                  !name.unicodeScalars.contains(where: Self.isForbiddenInHost)
            else { return nil }
            // Unicode (IDNA) hosts are compared lower-cased; converting them to punycode is left
            // for later, so `bücher.example` and `xn--bcher-kva.example` stay different keys.
            host = name.lowercased()
            portText = parts.count > 1 ? parts[1] : nil
        }
        guard let portText, !portText.isEmpty else { return }
        guard portText.count <= 5, portText.allSatisfy({ $0.isASCII && $0.isNumber }),
              let number = Int(portText), number <= 65_535
        else { return nil }
        let defaultPort = scheme == "https" ? 443 : 80
        port = number == defaultPort ? nil : number
    }

    /// The authority as it should be written in the canonical URL.
    var text: String {
        (userinfo.map { $0 + "@" } ?? "") + host + (port.map { ":\($0)" } ?? "")
    }

    /// The WHATWG URL standard's forbidden domain code points: controls, space and URL delimiters.
    private static func isForbiddenInHost(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || scalar.value == 0x7F || "#%/:<>?@[\\]^|".unicodeScalars.contains(scalar)
    }
}
