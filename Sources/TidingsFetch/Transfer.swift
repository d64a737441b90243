import CLibCurl

/// One request in flight: its easy handle, configured for a conditional feed GET, and what the
/// handle's callbacks collect.
///
/// Lives on the transfer loop's thread only. libcurl calls back with a pointer to this object
/// (`Unmanaged`, unretained); the loop keeps the object in its table of running transfers for as
/// long as the handle sits in the multi handle, which is what keeps that pointer valid.
final class Transfer {
    let ticket: FetchTicket
    let easy: CurlEasy
    private let configuration: FetchConfiguration
    private var body: [UInt8] = []
    private var headers = ResponseHeaderCollector()
    private var bodyLimitExceeded = false

    /// Feed media types first; the generic fallbacks keep servers that know none of them answering.
    private static let accept = "application/rss+xml, application/atom+xml, application/feed+json, "
        + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"

    init(ticket: FetchTicket, configuration: FetchConfiguration) throws(FetchError) {
        guard let easy = CurlEasy() else { throw .transferFailed("libcurl could not create a handle") }
        self.ticket = ticket
        self.easy = easy
        self.configuration = configuration
        configure(for: ticket.request)
        if let code = easy.setupError { throw .transferFailed(easy.message(for: code)) }
    }

    private func configure(for request: FetchRequest) {
        easy.set(CURLOPT_URL, request.url)
        // file: is allowed only for a feed that is a file to begin with: a web server must not be
        // able to redirect us into the local disk.
        let protocols = request.isFileURL ? "http,https,file" : "http,https"
        easy.set(CURLOPT_PROTOCOLS_STR, protocols)
        easy.set(CURLOPT_REDIR_PROTOCOLS_STR, protocols)
        easy.set(CURLOPT_FOLLOWLOCATION, true)
        easy.set(CURLOPT_MAXREDIRS, configuration.maxRedirects)
        easy.set(CURLOPT_ACCEPT_ENCODING, "")  // every encoding this libcurl decodes
        easy.set(CURLOPT_CONNECTTIMEOUT_MS, configuration.connectTimeout.curlMilliseconds)
        easy.set(CURLOPT_TIMEOUT_MS, configuration.totalTimeout.curlMilliseconds)
        easy.set(CURLOPT_LOW_SPEED_LIMIT, configuration.lowSpeedLimit)
        easy.set(CURLOPT_LOW_SPEED_TIME, configuration.lowSpeedTime.curlSeconds)
        easy.set(CURLOPT_NOSIGNAL, true)  // no SIGALRM for DNS timeouts in a threaded process
        easy.set(CURLOPT_MAXFILESIZE_LARGE, offset: Int64(configuration.maxBodyBytes))
        easy.set(CURLOPT_USERAGENT, configuration.userAgent)

        var lines = ["Accept: \(Self.accept)"]
        // Validators go back exactly as the server sent them; a value with a line break would
        // smuggle extra header lines, so it is dropped instead.
        if let etag = request.etag, etag.isSingleHeaderValue { lines.append("If-None-Match: \(etag)") }
        if let date = request.lastModified, date.isSingleHeaderValue {
            lines.append("If-Modified-Since: \(date)")
        }
        easy.setHeaders(lines)

        let context = Unmanaged.passUnretained(self).toOpaque()
        easy.set(CURLOPT_WRITEDATA, pointer: context)
        easy.set(CURLOPT_WRITEFUNCTION, callback: { data, size, count, context in
            guard let context else { return 0 }
            let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
            return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
        })
        easy.set(CURLOPT_HEADERDATA, pointer: context)
        easy.set(CURLOPT_HEADERFUNCTION, callback: { data, size, count, context in
            guard let context else { return 0 }
            let transfer = Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue()
            return transfer.receiveHeader(UnsafeRawBufferPointer(start: data, count: size * count))
        })
    }

    /// Returning fewer bytes than offered makes libcurl abort with `CURLE_WRITE_ERROR`: a body over
    /// the cap is refused whole rather than kept truncated.
    private func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard body.count + bytes.count <= configuration.maxBodyBytes else {
            bodyLimitExceeded = true
            return 0
        }
        body.append(contentsOf: bytes)
        return bytes.count
    }

    private func receiveHeader(_ bytes: UnsafeRawBufferPointer) -> Int {
        let line = String(decoding: bytes, as: UTF8.self)
        headers.receive(line, currentURL: easy.info(string: CURLINFO_EFFECTIVE_URL) ?? "")
        return bytes.count
    }

    /// The outcome once libcurl reports the transfer done with `code`.
    func result(_ code: CURLcode) -> Result<FetchResponse, FetchError> {
        let request = ticket.request
        guard code == CURLE_OK else {
            return .failure(FetchError(code, easy: easy, request: request,
                                       configuration: configuration, bodyLimitExceeded: bodyLimitExceeded))
        }
        var status = easy.info(long: CURLINFO_RESPONSE_CODE)
        if status == 0, request.isFileURL { status = 200 }  // file: has no status; it was read
        return .success(FetchResponse(
            status: status,
            url: request.url,
            effectiveURL: easy.info(string: CURLINFO_EFFECTIVE_URL) ?? request.url,
            redirects: headers.redirects,
            headers: headers.headers,
            body: body,
            elapsed: .microseconds(easy.info(offset: CURLINFO_TOTAL_TIME_T))))
    }
}

extension FetchRequest {
    var isFileURL: Bool { url.prefix(5).lowercased() == "file:" }
}

extension String {
    fileprivate var isSingleHeaderValue: Bool {
        !unicodeScalars.contains { $0 == "\r" || $0 == "\n" }
    }
}
