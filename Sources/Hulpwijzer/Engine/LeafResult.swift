/// What deciding one condition test yields: the truth, the fact's value as tested, and
/// (when the caller asked for it) the comparison figures with their source.
struct LeafResult {
    /// The fact's value as tested.
    let value: FactValue
    /// The test's result.
    var truth: Truth = .unknown
    /// The comparison figure(s); only filled when the caller records traces.
    var reference: Trace.Reference?
    /// The value is an estimate too close to a limit to decide the test.
    var estimateTooClose = false
    /// The facts that pick the limit (or the compared fact), when they keep the test unknown.
    var selectorMissing: [String] = []
    /// The range of the unknown fact that decided the test, if a range did.
    var valueBound: FactBound?

    /// The JSON paths that would settle the test (empty when it is decided).
    var missing: [String] {
        var out: [String] = []
        Self.missing(truth: truth, value: value, estimateTooClose: estimateTooClose, selectorMissing: selectorMissing) { out += $0 }
        return out
    }

    /// The one rule for the paths that would settle a test, handed to `add` in parts
    /// (so that a recorder collects them without building a joined list).
    @inline(__always)
    static func missing(truth: Truth, value: FactValue, estimateTooClose: Bool, selectorMissing: [String], add: ([String]) -> Void) {
        guard truth == .unknown else { return }
        if estimateTooClose { return add(["inkomen.toetsingsinkomen_per_jaar"]) }
        add(value.missing)
        add(selectorMissing)
    }
}
