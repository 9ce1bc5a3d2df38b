import Foundation

/// State behind a lock: the one place where `@unchecked Sendable` stands, at the storage
/// boundary (as in swift-argument-parser's `Mutex`; `Synchronization.Mutex` needs macOS 15).
package final class Mutex<State>: @unchecked Sendable {
    // `state` is only touched inside `withLock`, under `lock`.
    private var state: State
    private let lock = NSLock()

    /// A mutex guarding this initial state.
    package init(_ state: State) { self.state = state }

    /// Runs `body` with exclusive access to the state.
    package func withLock<T>(_ body: (inout State) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }
}
