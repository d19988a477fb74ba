import Foundation

/// Slots filled concurrently by index (one writer per index), read after all writers finish:
/// how `DispatchQueue.concurrentPerform` workers hand back results in a fixed order, so the
/// outcome does not depend on which thread ran first.
final class IndexedResults<Value: Sendable>: @unchecked Sendable {
    // @unchecked: every access to `values` holds `lock`.
    private var values: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        values = [Value?](repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        defer { lock.unlock() }
        values[index] = value
    }

    /// The slots in index order (nil where no value was set).
    var all: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
