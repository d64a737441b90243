import Foundation
import Logging
import ServiceLifecycle
import TidingsFetch
import TidingsStore

/// The composition root: the store, the fetcher, feeds.opml and the refresh pipeline wired together,
/// for the daemon (`tidings run`) and the one-shot commands (`tidings refresh`).
package final class Daemon: Sendable {
    package let store: FeedStore
    package let subscriptions: SubscriptionFile
    package let settings: RefreshSettings
    package let pipeline: RefreshPipeline
    private let fetcher: Fetcher
    private let logger: Logger

    package init(store: FeedStore, subscriptions: SubscriptionFile, settings: RefreshSettings = RefreshSettings(),
                 fetchConfiguration: FetchConfiguration = FetchConfiguration(), logger: Logger) {
        self.store = store
        self.subscriptions = subscriptions
        self.settings = settings
        self.logger = logger
        fetcher = Fetcher(configuration: fetchConfiguration)
        pipeline = RefreshPipeline(store: store, fetcher: fetcher, settings: settings, logger: logger,
                                   subscriptions: subscriptions)
    }

    deinit {
        fetcher.shutdown()
    }

    /// Runs until SIGTERM or SIGINT, speaking the systemd notify protocol when `$NOTIFY_SOCKET` is set.
    package func run(environment: [String: String] = ProcessInfo.processInfo.environment) async throws {
        let service = RefreshService(
            store: store, pipeline: pipeline, subscriptions: subscriptions, settings: settings,
            notifier: SystemdNotifier(environment: environment), logger: logger)
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        try await group.run()
    }

    /// One pass: sync feeds.opml, then refresh the due feeds (or every feed with `all`).
    package func refreshOnce(all: Bool, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws -> RefreshSummary {
        let sources = try subscriptions.load()
        _ = try await store.syncSubscriptions(sources, checkInterval: settings.checkInterval, now: Date())
        if all {
            let feeds = try await store.feedStatuses().map(\.feed)
            return await pipeline.refresh(feeds, progress: progress)
        }
        return try await pipeline.refreshDue(progress: progress)
    }
}
