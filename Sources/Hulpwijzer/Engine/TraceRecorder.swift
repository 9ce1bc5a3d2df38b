/// What one walk over a condition tree records. `ConditionEvaluator.evaluate(_:into:)` is
/// written once; the recorder decides what to keep. The empty recorder (`NoTrace`) costs
/// nothing once the walk is specialised for it.
protocol TraceRecorder {
    /// Whether every child of `alle` / `een_van` is visited even after the result is decided.
    static var visitsAll: Bool { get }
    /// Whether leaf results must carry their comparison figures.
    static var wantsReferences: Bool { get }
    /// A mark for "what was recorded from here on".
    var position: Int { get }
    /// A test was decided.
    mutating func record(_ leaf: Condition.Leaf, _ result: LeafResult)
    /// A `handmatig` condition was met (always unknown).
    mutating func recordManual(_ leaf: Condition.Leaf)
    /// The premise of an implication failed: what it recorded since `start` does not explain the result.
    mutating func discard(from start: Int)
    /// An implication evaluated both sides (since `start`) to `result`.
    mutating func implication(_ result: Truth, from start: Int)
    /// A `niet` ended: what was recorded since `start` stands under it.
    mutating func negate(from start: Int)
    /// `alle` / `een_van` starts; returns the mark to pass to `child` and `combination`.
    mutating func beginChildren() -> Int
    /// One child (recorded since `start`) evaluated to `truth`.
    mutating func child(_ truth: Truth, from start: Int)
    /// `alle` (`isAll`) or `een_van` ended with `result`; its children were recorded since `start`.
    mutating func combination(_ base: Int, from start: Int, isAll: Bool, result: Truth)
    /// An unknown test that `ConditionEvaluator.quickTruth` decided: these paths would settle it.
    /// Called only for recorders that want no references (they keep no trace of the test).
    mutating func recordMissing(_ paths: [String])
}

/// Records nothing: the walk computes only the truth.
struct NoTrace: TraceRecorder {
    static var visitsAll: Bool { false }
    static var wantsReferences: Bool { false }
    var position: Int { 0 }
    func record(_ leaf: Condition.Leaf, _ result: LeafResult) {}
    func recordManual(_ leaf: Condition.Leaf) {}
    func discard(from start: Int) {}
    func implication(_ result: Truth, from start: Int) {}
    func negate(from start: Int) {}
    func beginChildren() -> Int { 0 }
    func child(_ truth: Truth, from start: Int) {}
    func combination(_ base: Int, from start: Int, isAll: Bool, result: Truth) {}
    func recordMissing(_ paths: [String]) {}
}

/// Records the JSON paths that keep an unknown result open: those of the unknown tests
/// under unknown nodes, each once, in the order met. A decided node keeps none.
struct MissingPaths: TraceRecorder {
    static var visitsAll: Bool { false }
    static var wantsReferences: Bool { false }
    /// The paths, first occurrence first.
    private(set) var paths: [String] = []
    var position: Int { paths.count }

    /// Adds paths not yet recorded.
    mutating func add(_ more: [String]) {
        // One allocation for the usual few paths, instead of growing 1 → 2 → 4 → 8.
        if paths.capacity == 0, !more.isEmpty { paths.reserveCapacity(8) }
        for m in more where !paths.contains(m) { paths.append(m) }
    }

    mutating func record(_ leaf: Condition.Leaf, _ result: LeafResult) {
        LeafResult.missing(truth: result.truth, value: result.value, estimateTooClose: result.estimateTooClose,
                           selectorMissing: result.selectorMissing) { add($0) }
    }

    func recordManual(_ leaf: Condition.Leaf) {}

    mutating func recordMissing(_ paths: [String]) { add(paths) }

    mutating func discard(from start: Int) {
        if start < paths.count { paths.removeSubrange(start...) }
    }

    func negate(from start: Int) {}

    mutating func implication(_ result: Truth, from start: Int) {
        if result != .unknown { discard(from: start) }
    }

    func beginChildren() -> Int { 0 }
    func child(_ truth: Truth, from start: Int) {}

    mutating func combination(_ base: Int, from start: Int, isAll: Bool, result: Truth) {
        if result != .unknown { discard(from: start) }
    }
}
