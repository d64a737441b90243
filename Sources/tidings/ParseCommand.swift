import ArgumentParser
import Foundation
import TidingsFetch
import TidingsModel
import TidingsParse

struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse one feed document (a file, a URL, or - for stdin) and print what was understood.",
        discussion: "Exits 0 whenever a result was printed, broken input included; with --json only JSON goes to stdout.")

    @Argument(help: "A file path, an http(s) or file URL, or - for standard input.") var source: String
    @Flag(help: "Print the JSON shape documented in PARSE-JSON.md.") var json = false

    func run() async throws {
        let (bytes, url, contentType) = try await load()
        let feed = FeedParser.parse(bytes, url: url, contentType: contentType)
        if json {
            print(ParseJSON.render(feed, pretty: true))
            return
        }
        print("format: \(feed.format == .unknown ? "unknown" : feed.format.rawValue)"
              + (feed.bozo ? " (broken: \(feed.bozoMessage ?? "not well-formed"))" : ""))
        if let title = feed.info.title { print("title: \(PlainText.fromHTML(title.value))") }
        if let link = feed.info.link { print("link: \(link)") }
        for advertised in feed.advertisedFeeds { print("advertises: \(advertised.href)") }
        print("\(feed.entries.count) entries")
        for entry in feed.entries {
            let date = (entry.published ?? entry.updated).map { $0.raw } ?? ""
            print("  \(entry.title.map { PlainText.fromHTML($0.value) } ?? "(untitled)")  \(date)")
        }
    }

    private func load() async throws -> ([UInt8], String?, String?) {
        if source == "-" {
            return (Array(FileHandle.standardInput.readDataToEndOfFile()), nil, nil)
        }
        let lowered = source.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("file://") {
            let fetcher = Fetcher(configuration: FetchConfiguration())
            defer { fetcher.shutdown() }
            let response = try await fetcher.fetch(FetchRequest(url: source))
            guard (200..<300).contains(response.status) else {
                throw CLIError("\(source) answered HTTP \(response.status)")
            }
            return (response.body, response.effectiveURL, response.contentType)
        }
        guard let data = FileManager.default.contents(atPath: source) else {
            throw CLIError("cannot read \(source): no such file or not readable")
        }
        return (Array(data), URL(fileURLWithPath: source).standardizedFileURL.absoluteString, nil)
    }
}
