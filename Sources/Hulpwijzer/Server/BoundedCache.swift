/// A small thread-safe cache that forgets everything when full (its keys carry what they depend on).
package final class BoundedCache<Value: Sendable>: Sendable {
    private let capacity: Int
    private let entries = Mutex([String: Value]())

    /// A cache of at most `capacity` entries.
    package init(capacity: Int) { self.capacity = capacity }

    /// The cached value for `key`, or `make()`'s, stored.
    package func value(for key: String, _ make: () -> Value) -> Value {
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let made = make()
        entries.withLock { map in
            if map.count >= capacity { map.removeAll() }
            map[key] = made
        }
        return made
    }
}
