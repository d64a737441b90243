import CLibCurl

/// One libcurl easy handle and the C memory libcurl points into while it runs.
///
/// `CURL *` imports as a raw pointer like every other `void *`; this class gives it a type of its own
/// and a single owner. It is not `Sendable`: the transfer loop creates, drives and drops it on its
/// own thread. libcurl keeps the error buffer and header list by pointer, so they are freed here,
/// after `curl_easy_cleanup`, and never before.
final class CurlEasy {
    let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var headerList: UnsafeMutablePointer<curl_slist>?
    /// The first `setopt` that failed; a transfer with one is not started.
    private(set) var setupError: CURLcode?

    /// Returns nil when libcurl cannot allocate a handle.
    init?() {
        guard let handle = curl_easy_init() else { return nil }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        record(tidings_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer))
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(headerList)
        errorBuffer.deallocate()
    }

    // MARK: Options

    func set(_ option: CURLoption, _ value: Int) {
        record(tidings_easy_setopt_long(handle, option, value))
    }

    func set(_ option: CURLoption, _ value: Bool) {
        set(option, value ? 1 : 0)
    }

    func set(_ option: CURLoption, offset value: Int64) {
        record(tidings_easy_setopt_off_t(handle, option, curl_off_t(value)))
    }

    func set(_ option: CURLoption, _ value: String) {
        record(value.withCString { tidings_easy_setopt_string(handle, option, $0) })
    }

    func set(_ option: CURLoption, pointer value: UnsafeMutableRawPointer?) {
        record(tidings_easy_setopt_pointer(handle, option, value))
    }

    func set(_ option: CURLoption, callback: tidings_curl_data_callback) {
        record(tidings_easy_setopt_data_callback(handle, option, callback))
    }

    /// Sets `CURLOPT_HTTPHEADER`; the list lives as long as the handle.
    func setHeaders(_ lines: [String]) {
        curl_slist_free_all(headerList)
        headerList = nil
        for line in lines {
            headerList = line.withCString { curl_slist_append(headerList, $0) }
        }
        set(CURLOPT_HTTPHEADER, pointer: UnsafeMutableRawPointer(headerList))
    }

    private func record(_ code: CURLcode) {
        if code != CURLE_OK, setupError == nil { setupError = code }
    }

    // MARK: Information

    func info(long info: CURLINFO) -> Int {
        var value = 0
        return tidings_easy_getinfo_long(handle, info, &value) == CURLE_OK ? value : 0
    }

    func info(offset info: CURLINFO) -> Int64 {
        var value: curl_off_t = 0
        return tidings_easy_getinfo_off_t(handle, info, &value) == CURLE_OK ? Int64(value) : 0
    }

    func info(string info: CURLINFO) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard tidings_easy_getinfo_string(handle, info, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }

    /// libcurl's detailed message for the last failure, or its generic text for `code`.
    func message(for code: CURLcode) -> String {
        var detail = String(cString: errorBuffer)
        while detail.last?.isNewline == true { detail.removeLast() }
        return detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
    }
}
