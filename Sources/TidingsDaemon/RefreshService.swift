import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import TidingsStore
import UnixSignals

/// The daemon: keeps every subscription in feeds.opml fresh until asked to stop.
///
/// Syncs the subscriptions from the file, refreshes the feeds that are due, then sleeps until the
/// next one is (no work and no CPU while nothing is due). SIGHUP re-reads feeds.opml; SIGTERM and
/// SIGINT end it gracefully: in-flight fetches are cancelled, a transaction under way commits or rolls
/// back, and the process exits 0.
package final class RefreshService: Service {
    private let store: FeedStore
    private let pipeline: RefreshPipeline
    private let subscriptions: SubscriptionFile
    private let settings: RefreshSettings
    private let notifier: SystemdNotifier
    private let logger: Logger
    private let sleeper = Sleeper()
    private let reloadRequested = Mutex(false)
    private let stopping = Mutex(false)

    package init(store: FeedStore, pipeline: RefreshPipeline, subscriptions: SubscriptionFile,
                 settings: RefreshSettings, notifier: SystemdNotifier, logger: Logger) {
        self.store = store
        self.pipeline = pipeline
        self.subscriptions = subscriptions
        self.settings = settings
        self.notifier = notifier
        self.logger = logger
    }

    package func run() async throws {
        // An unreadable feeds.opml at start-up is fatal: better to say so than run with nothing.
        let count = try await syncSubscriptions()
        notifier.ready(status: "watching \(count) feeds")
        logger.info("started", metadata: ["feeds": "\(count)", "db": "\(store.path)"])
        await withDiscardingTaskGroup { group in
            group.addTask { await self.listenForReload() }
            await withGracefulShutdownHandler {
                await cancelWhenGracefulShutdown { await self.loop() }
            } onGracefulShutdown: {
                self.stopping.withLock { $0 = true }
                self.notifier.stopping()
                self.sleeper.wake()
            }
            group.cancelAll()
        }
        logger.info("stopped")
    }

    private func loop() async {
        while !Task.isCancelled, !stopping.withLock({ $0 }) {
            if reloadRequested.withLock({ requested in defer { requested = false }; return requested }) {
                do {
                    _ = try await syncSubscriptions()
                } catch {
                    logger.error("kept the old subscriptions: \(error)")
                }
            }
            var wakeAt = Date().addingTimeInterval(60)
            do {
                let summary = try await pipeline.refreshDue()
                if summary.ok + summary.failed > 0, !Task.isCancelled {
                    logger.info("refreshed", metadata: [
                        "ok": "\(summary.ok)", "unchanged": "\(summary.unchanged)", "failed": "\(summary.failed)",
                        "new_items": "\(summary.newItems)", "new_stories": "\(summary.newStories)",
                    ])
                }
                if let next = try await store.nextCheck() { wakeAt = max(next, Date()) }
                else { wakeAt = Date().addingTimeInterval(settings.checkInterval) }
            } catch {
                if Task.isCancelled { break }
                // The database failed (disk full, locked too long): try again in a minute.
                logger.error("refresh pass failed: \(error)")
            }
            guard !Task.isCancelled else { break }
            await sleeper.sleep(until: wakeAt)
        }
    }

    private func listenForReload() async {
        for await _ in await UnixSignalsSequence(trapping: .sighup) {
            logger.info("SIGHUP: re-reading \(subscriptions.path)")
            reloadRequested.withLock { $0 = true }
            sleeper.wake()
        }
    }

    /// Makes the database's feed list match feeds.opml; returns how many feeds there are.
    @discardableResult
    package func syncSubscriptions() async throws -> Int {
        let sources = try subscriptions.load()
        let change = try await store.syncSubscriptions(sources, checkInterval: settings.checkInterval, now: Date())
        if !change.added.isEmpty || !change.removed.isEmpty {
            logger.info("subscriptions synced", metadata: [
                "added": "\(change.added.count)", "removed": "\(change.removed.count)", "file": "\(subscriptions.path)",
            ])
        }
        return sources.count
    }
}
