import Foundation
import Logging
import TidingsStore

/// A fresh database in its own temporary folder, removed when the value is released.
final class TestDatabase {
    let folder: URL
    let store: FeedStore

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tidings-daemon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try FeedStore(path: folder.appendingPathComponent("test.sqlite").path)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}

let quietLogger: Logger = {
    var logger = Logger(label: "tidings-test", factory: { _ in SwiftLogNoOpLogHandler() })
    logger.logLevel = .critical
    return logger
}()
