import CLibCurl

/// The libcurl multi handle that runs every transfer of one `Fetcher`.
///
/// Like `CurlEasy` it wraps a raw pointer in a type of its own. Only the transfer loop's thread drives
/// it; `wakeUp()` is the one call libcurl allows from any thread, which is why the loop may hold this
/// object while other threads reach it through that method alone.
final class CurlMulti {
    private let handle: UnsafeMutableRawPointer

    /// Returns nil when libcurl cannot allocate a handle.
    init?(maxConnections: Int, maxConnectionsPerHost: Int) {
        CurlMulti.initialiseLibrary()
        guard let handle = curl_multi_init() else { return nil }
        self.handle = handle
        // The multi handle also owns the connection cache and the DNS cache shared by its transfers.
        _ = tidings_multi_setopt_long(handle, CURLMOPT_MAX_TOTAL_CONNECTIONS, maxConnections)
        _ = tidings_multi_setopt_long(handle, CURLMOPT_MAX_HOST_CONNECTIONS, maxConnectionsPerHost)
    }

    deinit {
        curl_multi_cleanup(handle)
    }

    func add(_ easy: CurlEasy) -> Bool {
        curl_multi_add_handle(handle, easy.handle) == CURLM_OK
    }

    func remove(_ easy: CurlEasy) {
        _ = curl_multi_remove_handle(handle, easy.handle)
    }

    /// Moves every transfer forward as far as it can go without blocking.
    func perform() {
        var running: Int32 = 0
        _ = curl_multi_perform(handle, &running)
    }

    /// Blocks until a socket is ready, libcurl's next timeout, `wakeUp()`, or `milliseconds`.
    func poll(milliseconds: Int32) {
        var ready: Int32 = 0
        _ = curl_multi_poll(handle, nil, 0, milliseconds, &ready)
    }

    /// Ends a `poll` early; callable from any thread.
    func wakeUp() {
        _ = curl_multi_wakeup(handle)
    }

    /// The next finished transfer: its easy handle and result code.
    func nextFinished() -> (handle: UnsafeMutableRawPointer, result: CURLcode)? {
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(handle, &remaining) {
            var result = CURLE_OK
            if tidings_multi_message_done(message, &result) != 0, let easy = message.pointee.easy_handle {
                return (easy, result)
            }
        }
        return nil
    }

    /// `curl_global_init` is not safe to race with other libcurl calls; a global `let` runs it once.
    private static func initialiseLibrary() {
        _ = globalInitialisation
    }

    private static let globalInitialisation: CURLcode = curl_global_init(tidings_curl_global_default())
}
