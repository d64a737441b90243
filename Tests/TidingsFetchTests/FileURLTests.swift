import Foundation
import Testing
import TidingsFetch

@Suite struct FileURLTests {
    @Test func readableFileIsReportedAs200() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("tidings-fetch-\(UUID().uuidString).xml").path
        let feed = "<rss version=\"2.0\"><channel><title>Local</title></channel></rss>"
        try feed.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }

        let fetcher = Fetcher(configuration: .testing)
        let response = try await fetcher.fetch(FetchRequest(url: "file://\(path)"))
        #expect(response.status == 200)
        #expect(response.body == Array(feed.utf8))
        #expect(response.redirects.isEmpty)
    }

    @Test func missingFileIsNamed() async {
        let path = "/nonexistent-tidings-\(UUID().uuidString)/feed.xml"
        let fetcher = Fetcher(configuration: .testing)
        let error = await fetchError(fetcher, FetchRequest(url: "file://\(path)"))
        #expect(error == .fileNotFound(path))
        #expect(error?.description == "file not found: \(path)")
    }
}
