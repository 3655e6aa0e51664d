import Foundation

/// A first-in first-out queue between one producer and one consumer thread
/// that holds at most `capacity` elements: `push` waits while it is full, so
/// the producer never gets more than that far ahead of the consumer.
final class BoundedQueue<Element>: @unchecked Sendable {
    private var elements: [Element?] = []
    private var head = 0
    private var count = 0
    private var closed = false
    private let condition = NSCondition()

    init(capacity: Int) {
        elements = Array(repeating: nil, count: max(1, capacity))
    }

    /// Waits for room, then appends `element`.
    func push(_ element: Element) {
        condition.lock()
        defer { condition.unlock() }
        while count == elements.count { condition.wait() }
        elements[(head + count) % elements.count] = element
        count += 1
        condition.broadcast()
    }

    /// No more elements will be pushed.
    func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }

    /// The next element, waiting for one; nil once the queue is closed and empty.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !closed { condition.wait() }
        guard count > 0 else { return nil }
        let element = elements[head]
        elements[head] = nil
        head = (head + 1) % elements.count
        count -= 1
        condition.broadcast()
        return element
    }
}
