import TidingsFetch

/// Settings that keep failing tests quick: a test that hangs fails in seconds, not minutes.
extension FetchConfiguration {
    static let testing = FetchConfiguration(connectTimeout: .seconds(2), totalTimeout: .seconds(5))
}

/// The error a fetch threw, or nil when it returned a response.
func fetchError(_ fetcher: Fetcher, _ request: FetchRequest) async -> FetchError? {
    do {
        _ = try await fetcher.fetch(request)
        return nil
    } catch {
        return error
    }
}

/// Waits until `condition` holds, checking every 10 ms for at most `limit`.
func eventually(within limit: Duration = .seconds(3), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}
