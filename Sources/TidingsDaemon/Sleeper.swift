import Dispatch
import Foundation
import Synchronization

/// Waits until a given time, or until woken (SIGHUP, a shutdown request), or until the waiting task
/// is cancelled, without holding a thread of the cooperative pool.
package final class Sleeper: Sendable {
    private let pending = Mutex<CheckedContinuation<Void, Never>?>(nil)
    private let wokenEarly = Mutex(false)

    package init() {}

    /// Returns at `deadline`, on `wake()`, or on cancellation, whichever comes first. A `wake()`
    /// that arrives while nobody sleeps makes the next sleep return at once.
    package func sleep(until deadline: Date) async {
        if wokenEarly.withLock({ woken in defer { woken = false }; return woken }) { return }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                pending.withLock { $0 = continuation }
                let delay = max(0, deadline.timeIntervalSinceNow)
                DispatchQueue.global().asyncAfter(deadline: .now() + delay) { [weak self] in
                    self?.resume()
                }
                if Task.isCancelled { resume() }
            }
        } onCancel: {
            resume()
        }
    }

    /// Ends the current sleep now (or the next one, if nobody is sleeping).
    package func wake() {
        if !resume() { wokenEarly.withLock { $0 = true } }
    }

    @discardableResult
    private func resume() -> Bool {
        guard let continuation = pending.withLock({ pending in defer { pending = nil }; return pending }) else {
            return false
        }
        continuation.resume()
        return true
    }
}
