/// What the daemon needs from a fetcher, so its tests can substitute canned responses.
package protocol FeedFetching: Sendable {
    /// See `Fetcher.fetch(_:)`.
    func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse
}
