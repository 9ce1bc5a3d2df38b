/// Records every test as a `Trace` and marks the ones that explain the result: the failing
/// ones for `nee`, the unknown ones for `mogelijk`, all holding ones for `ja` (of a holding
/// `een_van` only its first holding child).
struct FullTrace: TraceRecorder {
    static var visitsAll: Bool { true }
    static var wantsReferences: Bool { true }
    /// Every test evaluated, in order; `kept` marks the ones that explain the result.
    private(set) var traces: [Trace] = []
    private var kept: [Bool] = []
    /// Child ranges of the composite nodes being combined (a stack).
    private var scratch: [(truth: Truth, start: Int, end: Int)] = []
    /// The number of open `een_van` groups marked so far.
    private var groups = 0

    var position: Int { traces.count }

    /// The traces that explain the result.
    var keptTraces: [Trace] {
        var out: [Trace] = []
        out.reserveCapacity(traces.count)
        for i in traces.indices where kept[i] { out.append(traces[i]) }
        return out
    }

    mutating func record(_ leaf: Condition.Leaf, _ result: LeafResult) {
        traces.append(Trace(leaf: leaf, result: result))
        kept.append(true)
    }

    /// Never called: a full trace wants references, so every test goes through `record`.
    func recordMissing(_ paths: [String]) {
        assertionFailure("FullTrace records tests with their references")
    }

    mutating func recordManual(_ leaf: Condition.Leaf) {
        traces.append(Trace(leaf: leaf, truth: .unknown, value: .unknown(missing: []), reference: nil,
                            estimateTooClose: false, selectorMissing: [], manualQuestion: leaf.explanation))
        kept.append(true)
    }

    mutating func discard(from start: Int) {
        for i in start..<kept.count { kept[i] = false }
    }

    func implication(_ result: Truth, from start: Int) {}

    mutating func negate(from start: Int) {
        for i in start..<traces.count { traces[i].negated.toggle() }
    }

    func beginChildren() -> Int { scratch.count }

    mutating func child(_ truth: Truth, from start: Int) {
        scratch.append((truth, start, traces.count))
    }

    mutating func combination(_ base: Int, from start: Int, isAll: Bool, result: Truth) {
        defer { scratch.removeSubrange(base...) }
        // All children explain a holding `alle` or a failing `een_van`; otherwise those with
        // the deciding value (only the first holding one of an `een_van`).
        if (isAll && result == .yes) || (!isAll && result == .no) { return }
        // The open children of an open `een_van` are alternatives: one of them must hold.
        if !isAll && result == .unknown {
            groups += 1
            for k in base..<scratch.count where scratch[k].truth == .unknown {
                for i in scratch[k].start..<scratch[k].end where traces[i].alternative == nil { traces[i].alternative = groups }
            }
        }
        let wanted: Truth = isAll ? (result == .no ? .no : .unknown) : (result == .yes ? .yes : .unknown)
        var firstYesTaken = false
        for k in base..<scratch.count {
            let part = scratch[k]
            var keep = part.truth == wanted
            if keep && !isAll && result == .yes {
                keep = !firstYesTaken
                firstYesTaken = true
            }
            if !keep { discard(part.start, part.end) }
        }
    }

    private mutating func discard(_ start: Int, _ end: Int) {
        for i in start..<end { kept[i] = false }
    }
}
