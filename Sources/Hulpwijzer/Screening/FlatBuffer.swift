/// A fixed-size buffer of plain values, owned by this object and freed with it. The screener's
/// hot loops read programs, plans and scratch through its `base` pointer: no reference counting
/// and no copy-on-write checks per access, which Swift arrays cost in a recursive walk.
final class FlatBuffer<Element>: @unchecked Sendable {
    /// The first element (valid for `count` elements while this object lives).
    let base: UnsafeMutablePointer<Element>
    let count: Int

    /// A buffer holding `elements`.
    init(_ elements: [Element]) {
        count = elements.count
        base = .allocate(capacity: max(1, count))
        elements.withUnsafeBufferPointer { b in
            if let from = b.baseAddress { base.initialize(from: from, count: count) }
        }
    }

    /// A buffer of `count` copies of `value`.
    init(repeating value: Element, count: Int) {
        self.count = count
        base = .allocate(capacity: max(1, count))
        base.initialize(repeating: value, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
