import Foundation
import Testing
@testable import TidingsParse

/// The OPML files shipped in the repository are read by the same code as a user's.
@Suite struct OPMLRepositoryFilesTests {
    @Test func defaultFeedsOPMLListsAtLeastTwentyRealFeedsInFolders() throws {
        let file = OPMLFixture.repositoryRoot.appendingPathComponent("feeds.opml")
        let document = try OPMLDocument(parsing: Array(try Data(contentsOf: file)), baseURL: file.absoluteString)
        #expect(document.sources.count >= 20)
        for source in document.sources {
            #expect(source.url.hasPrefix("https://") || source.url.hasPrefix("http://"), "\(source.url)")
            #expect(source.title != nil, "\(source.url) has no title")
            #expect(source.htmlURL != nil, "\(source.url) has no htmlUrl")
            #expect(!source.folder.isEmpty, "\(source.url) is not in a folder")
        }
        #expect(Set(document.sources.flatMap(\.folder)).isSuperset(of: ["World", "Canada", "United States", "Europe"]))
    }

    @Test func offlineExampleFeedsExistBesideTheirOPML() throws {
        let file = OPMLFixture.repositoryRoot.appendingPathComponent("examples/offline/feeds.opml")
        let bytes = Array(try Data(contentsOf: file))
        #expect(!String(decoding: bytes, as: UTF8.self).contains("xmlUrl=\"file:"), "paths should be relative")
        let document = try OPMLDocument(parsing: bytes, baseURL: file.absoluteString)
        #expect(document.sources.count >= 3)
        for source in document.sources {
            let url = try #require(URL(string: source.url))
            #expect(url.isFileURL, "\(source.url)")
            #expect(FileManager.default.fileExists(atPath: url.path), "\(url.path) is missing")
        }
    }
}
