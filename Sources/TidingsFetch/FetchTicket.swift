/// A fetch as it crosses threads: the request and the continuation of the task awaiting it.
///
/// `@unchecked Sendable` because its two mutable fields are read and written only while holding
/// `TransferLoop`'s lock; that single lock is what makes "resumed exactly once" and "a cancel
/// that arrives before submission still counts" hold together.
final class FetchTicket: @unchecked Sendable {
    typealias Continuation = CheckedContinuation<Result<FetchResponse, FetchError>, Never>

    let request: FetchRequest
    /// Set while a task awaits the ticket; taken (set to nil) by whoever resumes it.
    var continuation: Continuation?
    /// The awaiting task was cancelled, possibly before the ticket was submitted.
    var cancelRequested = false

    init(request: FetchRequest) {
        self.request = request
    }
}
