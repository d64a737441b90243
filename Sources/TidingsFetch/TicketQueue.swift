/// Tickets waiting for a free transfer slot, first in first out.
///
/// A refresh round can queue thousands of feeds at once; taking from the front moves a head
/// index instead of shifting the array on every start.
struct TicketQueue {
    private var storage: [FetchTicket] = []
    private var head = 0

    var count: Int { storage.count - head }

    mutating func append(_ ticket: FetchTicket) {
        storage.append(ticket)
    }

    /// Removes and returns up to `limit` tickets from the front.
    mutating func removeFirst(_ limit: Int) -> [FetchTicket] {
        let end = head + min(limit, count)
        let taken = Array(storage[head..<end])
        head = end
        if head == storage.count {
            storage.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 256, head * 2 > storage.count {
            // Release started tickets once they make up most of the array.
            storage.removeFirst(head)
            head = 0
        }
        return taken
    }

    /// Removes `ticket` wherever it waits; false when it is not queued.
    mutating func remove(_ ticket: FetchTicket) -> Bool {
        guard let index = storage[head...].firstIndex(where: { $0 === ticket }) else { return false }
        storage.remove(at: index)
        return true
    }
}
