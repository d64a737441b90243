/// Fetches feeds over HTTP(S) or from files, for any number of concurrent tasks.
///
/// Facade of TidingsFetch, the only module that touches the network. Transfers run on one
/// dedicated thread driving a libcurl multi handle (see Docs/fetch.md); each `fetch` suspends its
/// task until its transfer is done. At most `configuration.maxConcurrent` transfers run at once,
/// the rest queue in arrival order. Connections and DNS answers are reused across fetches.
package final class Fetcher: FeedFetching {
    package let configuration: FetchConfiguration
    private let loop: TransferLoop

    /// Creates a fetcher; its thread starts with the first fetch.
    package init(configuration: FetchConfiguration = FetchConfiguration()) {
        self.configuration = configuration
        loop = TransferLoop(configuration: configuration)
    }

    deinit {
        loop.stop()
    }

    /// Performs one GET (conditional when the request carries validators), following redirects.
    ///
    /// Any HTTP status, 4xx and 5xx included, is returned as a response; only a transfer that
    /// produced no response throws. Cancelling the calling task aborts the transfer promptly and
    /// throws `FetchError.cancelled`.
    package func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        let ticket = FetchTicket(request: request)
        let loop = loop
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                loop.submit(ticket, continuation: continuation)
            }
        } onCancel: {
            loop.cancel(ticket)
        }
        return try result.get()
    }

    /// Stops the transfer thread. Fetches still queued or running end with `FetchError.shutDown`,
    /// and later ones fail the same way. Returns without waiting for the thread.
    package func shutdown() {
        loop.stop()
    }
}
