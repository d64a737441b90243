import Foundation
import TidingsModel
import TidingsParse

/// Why feeds.opml could not be read or written; one sentence each.
package enum SubscriptionFileError: Error, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    /// The file is not usable OPML; the sentence (from the OPML reader) names the file and line.
    case invalid(path: String, reason: String)
    case unwritable(path: String, reason: String)

    package var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read the subscriptions file \(path): \(reason)"
        case .invalid(_, let reason): "cannot use the subscriptions file: \(reason)"
        case .unwritable(let path, let reason): "cannot write the subscriptions file \(path): \(reason)"
        }
    }
}

/// feeds.opml, the file of record for the daemon's subscriptions. Edits keep everything else in the
/// file (comments, folders, other attributes) and replace it atomically.
package struct SubscriptionFile: Sendable {
    /// Absolute path of the OPML file.
    package let path: String

    package init(path: String) {
        self.path = URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The file's own `file://` URL: relative `xmlUrl`s resolve against it.
    package var baseURL: String { URL(fileURLWithPath: path).absoluteString }

    package var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Every subscription in the file.
    package func load() throws(SubscriptionFileError) -> [FeedSource] {
        let bytes = try read()
        do {
            return try OPMLDocument.parse(bytes, baseURL: baseURL).map { source in
                // OPML requires `text`; writers with no title put the URL there. That is no title.
                var source = source
                if source.title == source.url { source.title = nil }
                return source
            }
        } catch {
            throw .invalid(path: path, reason: String(describing: error))
        }
    }

    /// Adds a subscription (creating the file when missing). Returns false if it was already there.
    @discardableResult
    package func add(_ source: FeedSource) throws(SubscriptionFileError) -> Bool {
        guard exists else {
            try write(Array(OPMLWriter.render([source], title: "Tidings subscriptions").utf8))
            return true
        }
        let before = try load()
        guard !before.contains(where: { $0.url == source.url }) else { return false }
        let updated: [UInt8]
        do {
            updated = try OPMLEditor.adding(source, to: try read(), baseURL: baseURL)
        } catch {
            throw .invalid(path: path, reason: String(describing: error))
        }
        try write(updated)
        return true
    }

    /// Removes every outline for `url`. Returns false when none was there.
    @discardableResult
    package func remove(url: String) throws(SubscriptionFileError) -> Bool {
        guard exists, try load().contains(where: { $0.url == url }) else { return false }
        let updated: [UInt8]
        do {
            updated = try OPMLEditor.removing(url: url, from: try read(), baseURL: baseURL)
        } catch {
            throw .invalid(path: path, reason: String(describing: error))
        }
        try write(updated)
        return true
    }

    /// Points every outline for `url` at `newURL`, leaving the rest of the file alone. Returns
    /// false when no outline listed `url`.
    @discardableResult
    package func replace(url: String, with newURL: String) throws(SubscriptionFileError) -> Bool {
        let before = try read()
        let updated: [UInt8]
        do {
            updated = try OPMLEditor.replacing(url: url, with: newURL, in: before, baseURL: baseURL)
        } catch {
            throw .invalid(path: path, reason: String(describing: error))
        }
        guard updated != before else { return false }
        try write(updated)
        return true
    }

    /// Sets (nil: removes) the fixed check interval of the outlines for `url`. Returns false when
    /// no outline lists `url`.
    @discardableResult
    package func setCheckEvery(_ seconds: TimeInterval?, for url: String) throws(SubscriptionFileError) -> Bool {
        let before = try read()
        let updated: [UInt8]
        do {
            updated = try OPMLEditor.setting(FeedSource.checkEveryAttribute, to: seconds.map(IntervalText.text(for:)),
                                             forURL: url, in: before, baseURL: baseURL)
        } catch {
            throw .invalid(path: path, reason: String(describing: error))
        }
        guard updated != before else { return try load().contains { $0.url == url } }
        try write(updated)
        return true
    }

    private func read() throws(SubscriptionFileError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = exists ? "permission denied" : "no such file"
            throw .unreadable(path: path, reason: reason)
        }
        return Array(data)
    }

    private func write(_ bytes: [UInt8]) throws(SubscriptionFileError) {
        do {
            // Written beside the original and renamed over it: a crash leaves the old file or the new.
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .unwritable(path: path, reason: (error as NSError).localizedFailureReason ?? "write failed")
        }
    }
}
