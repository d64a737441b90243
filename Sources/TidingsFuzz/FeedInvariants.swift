import Foundation
import TidingsModel
import TidingsParse

/// What must hold for every result of `FeedParser.parse`, whatever the input bytes.
///
/// Only properties that no input may break are checked, so every trap is a bug: the facade never
/// throws, so it must always produce a result that `tidings parse --json` can print as valid JSON,
/// the same every time, with `bozo` and its reason agreeing, no NUL character in any string (it
/// would truncate the text in C APIs such as SQLite's and is not allowed in XML output), and every
/// `utc` date in the RFC 3339 form PARSE-JSON.md promises.
enum FeedInvariants {
    static let url = "https://fuzz.example/feed"

    static func check(_ bytes: [UInt8], contentType: String?) {
        let feed = FeedParser.parse(bytes, url: url, contentType: contentType)
        let again = FeedParser.parse(bytes, url: url, contentType: contentType)
        require(feed == again, "parsing the same bytes twice gave different results")

        let json = ParseJSON.render(feed, pretty: false)
        let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        guard let top = parsed as? [String: Any] else {
            fail("ParseJSON.render is not a JSON object: \(json.prefix(200))")
        }
        checkTop(top, feed: feed)
        JSONTreeInvariants.check(top, path: "$")
    }

    private static func checkTop(_ top: [String: Any], feed: ParsedFeed) {
        let formats: Set<String> = [
            "rss090", "rss091n", "rss091u", "rss092", "rss093", "rss094", "rss20", "rss10", "rss",
            "atom01", "atom02", "atom03", "atom10", "atom", "cdf", "json1", "json11", "",
        ]
        guard let format = top["format"] as? String else { fail("format is missing or not a string") }
        require(formats.contains(format), "format \"\(format)\" is not one PARSE-JSON.md lists")
        guard let bozo = top["bozo"] as? Bool else { fail("bozo is missing or not a bool") }
        let message = top["bozo_message"] as? String
        if bozo {
            require(!(message ?? "").isEmpty, "bozo is true but bozo_message gives no reason")
        } else {
            require(message == nil, "bozo is false but bozo_message is \"\(message ?? "")\"")
        }
        require(top["feed"] is [String: Any], "feed is missing or not an object")
        guard let entries = top["entries"] as? [Any] else { fail("entries is missing or not an array") }
        require(entries.count == feed.entries.count, "entries has \(entries.count) of \(feed.entries.count)")
        if let encoding = top["encoding"] as? String {
            // IANA charset names are short and made of letters, digits and a little punctuation
            // (RFC 2978); anything else is text from the document mistaken for a name.
            let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.:+()")
            require(!encoding.isEmpty && encoding.count <= 40 && encoding.allSatisfy(allowed.contains),
                    "encoding \"\(encoding.prefix(80))\" is not a lowercase IANA charset name")
        }
    }
}

/// Stops the process with `message` when `condition` is false; libFuzzer saves the input.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fail(message()) }
}

func fail(_ message: String) -> Never {
    fatalError("fuzz invariant violated: \(message)")
}
