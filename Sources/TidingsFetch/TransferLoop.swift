import Foundation

/// Drives one `curl_multi` handle from one dedicated thread.
///
/// libcurl handles must not be used by two threads at once and `curl_multi_poll` blocks, so neither
/// belongs on Swift's cooperative pool. Other threads only touch the queues below (under `lock`)
/// and call `curl_multi_wakeup`, which libcurl allows from anywhere; the loop thread owns the
/// multi handle, the easy handles and the table of running transfers.
final class TransferLoop: @unchecked Sendable {
    private let configuration: FetchConfiguration
    private let multi: CurlMulti?

    private let lock = NSLock()
    // Guarded by `lock`.
    private var waiting = TicketQueue()
    private var cancellations: [FetchTicket] = []
    private var threadStarted = false
    private var stopping = false

    // Loop thread only. Keyed by easy handle, to match libcurl's "done" messages.
    private var running: [UnsafeMutableRawPointer: Transfer] = [:]

    init(configuration: FetchConfiguration) {
        self.configuration = configuration
        multi = CurlMulti(maxConnections: configuration.maxConcurrent,
                          maxConnectionsPerHost: configuration.maxConnectionsPerHost)
    }

    /// Queues `ticket`, or resumes it at once when it was cancelled first or the loop has stopped.
    func submit(_ ticket: FetchTicket, continuation: FetchTicket.Continuation) {
        let refusal: FetchError? = lock.withLock {
            if ticket.cancelRequested { return .cancelled }
            if stopping { return .shutDown }
            if multi == nil { return .transferFailed("libcurl could not be initialised") }
            ticket.continuation = continuation
            waiting.append(ticket)
            startThreadIfNeeded()
            return nil
        }
        if let refusal { continuation.resume(returning: .failure(refusal)) } else { multi?.wakeUp() }
    }

    /// Withdraws a ticket: a queued one is resumed here, a running one by the loop.
    func cancel(_ ticket: FetchTicket) {
        let queued: FetchTicket.Continuation? = lock.withLock {
            ticket.cancelRequested = true
            guard ticket.continuation != nil else { return nil }  // not submitted yet, or done
            if waiting.remove(ticket) {
                defer { ticket.continuation = nil }
                return ticket.continuation
            }
            cancellations.append(ticket)
            return nil
        }
        if let queued { queued.resume(returning: .failure(.cancelled)) } else { multi?.wakeUp() }
    }

    /// Stops the loop; every transfer still queued or running finishes with `.shutDown`.
    func stop() {
        lock.withLock { stopping = true }
        multi?.wakeUp()
    }

    private func startThreadIfNeeded() {
        guard !threadStarted else { return }
        threadStarted = true
        // The thread holds the loop strongly until `stop()` lets `run()` return.
        let thread = Thread { [self] in run() }
        thread.name = "tidings-fetch"
        thread.start()
    }

    private func finish(_ ticket: FetchTicket, _ result: Result<FetchResponse, FetchError>) {
        let continuation = lock.withLock {
            defer { ticket.continuation = nil }
            return ticket.continuation
        }
        continuation?.resume(returning: result)
    }

    private func run() {
        guard let multi else { return }
        while true {
            let (admitted, cancelled, stop) = lock.withLock {
                let free = max(0, configuration.maxConcurrent - running.count)
                defer { cancellations = [] }
                return (waiting.removeFirst(free), cancellations, stopping)
            }
            for ticket in cancelled { abandon(ticket, multi: multi) }
            if stop { break }
            for ticket in admitted { start(ticket, multi: multi) }
            multi.perform()
            var finishedAny = false
            while let (handle, code) = multi.nextFinished() {
                guard let transfer = running.removeValue(forKey: handle) else { continue }
                multi.remove(transfer.easy)
                finish(transfer.ticket, transfer.result(code))
                finishedAny = true
            }
            // A freed slot may let a queued ticket start: go round without sleeping.
            if !finishedAny { multi.poll(milliseconds: 1000) }
        }
        shutDown(multi: multi)
    }

    private func start(_ ticket: FetchTicket, multi: CurlMulti) {
        do {
            let transfer = try Transfer(ticket: ticket, configuration: configuration)
            guard multi.add(transfer.easy) else {
                return finish(ticket, .failure(.transferFailed("libcurl refused the transfer")))
            }
            running[transfer.easy.handle] = transfer
        } catch {
            finish(ticket, .failure(error))
        }
    }

    private func abandon(_ ticket: FetchTicket, multi: CurlMulti) {
        guard let (handle, transfer) = running.first(where: { $0.value.ticket === ticket }) else { return }
        multi.remove(transfer.easy)
        running[handle] = nil
        finish(ticket, .failure(.cancelled))
    }

    private func shutDown(multi: CurlMulti) {
        for transfer in running.values {
            multi.remove(transfer.easy)
            finish(transfer.ticket, .failure(.shutDown))
        }
        running = [:]
        let queued = lock.withLock { waiting.removeFirst(Int.max) }
        for ticket in queued { finish(ticket, .failure(.shutDown)) }
    }
}
