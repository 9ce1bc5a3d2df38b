/// Evaluates a condition tree in three-valued logic. The semantics of a test are written
/// once (`decide`), and so is the walk over the tree (`evaluate(_:into:)`); the caller's
/// recorder decides what is kept: nothing, the facts that keep the result open, or every trace.
struct ConditionEvaluator {
    let facts: FactSet
    let resolver: ParameterResolver
    /// Relative margin an estimated fact must keep from a limit to decide a test.
    static let estimateMargin = 0.10

    /// The truth of `condition`, recording into `recorder` what it asks for.
    func evaluate<R: TraceRecorder>(_ condition: Condition, into recorder: inout R) -> Truth {
        switch condition {
        case .leaf(let leaf):
            if !R.wantsReferences, let truth = quickTruth(leaf, into: &recorder) { return truth }
            let result = decide(leaf, withReference: R.wantsReferences)
            recorder.record(leaf, result)
            return result.truth
        case .manual(let leaf):
            recorder.recordManual(leaf)
            return .unknown
        case .not(let inner):
            let start = recorder.position
            let truth = evaluate(inner, into: &recorder)
            recorder.negate(from: start)
            return !truth
        case .implies(let premise, let conclusion):
            let start = recorder.position
            let p = evaluate(premise, into: &recorder)
            if p == .no {
                recorder.discard(from: start)
                return .yes
            }
            let c = evaluate(conclusion, into: &recorder)
            let result = !p || c
            recorder.implication(result, from: start)
            return result
        case .all(let children):
            return combine(children, isAll: true, into: &recorder)
        case .any(let children):
            return combine(children, isAll: false, into: &recorder)
        }
    }

    private func combine<R: TraceRecorder>(_ children: [Condition], isAll: Bool, into recorder: inout R) -> Truth {
        let start = recorder.position
        let base = recorder.beginChildren()
        let decisive: Truth = isAll ? .no : .yes
        var result: Truth = isAll ? .yes : .no
        for child in children {
            let s = recorder.position
            let t = evaluate(child, into: &recorder)
            recorder.child(t, from: s)
            result = isAll ? (result && t) : (result || t)
            if !R.visitsAll && result == decisive { break }
        }
        recorder.combination(base, from: start, isAll: isAll, result: result)
        return result
    }

    /// The most common tests, decided as `decide(_:withReference: false)` decides them but without
    /// building a `LeafResult`: yes/no, text and list tests, a known exact number against a literal
    /// or a parameter, and an unknown number without a range. Nil for every other test (estimates,
    /// ranges, compared facts), which `decide` handles.
    @inline(__always)
    func quickTruth<R: TraceRecorder>(_ leaf: Condition.Leaf, into recorder: inout R) -> Truth? {
        let kind = leaf.op.kind
        guard kind.operandKind == .number else {
            if let holds = kind.test(facts.values[leaf.fact], leaf.op.operand) { return Truth(holds) }
            recorder.recordMissing(facts.values[leaf.fact].missing)
            return .unknown
        }
        switch facts.values[leaf.fact] {
        case .number(let v):
            switch leaf.op.operand {
            case .literal(let limit):
                return Truth(kind.compare(v, limit))
            case .parameter(let ref):
                guard let found = resolver.values(ref, facts: facts) else { return .unknown }
                let truth = Self.compare(kind, v, false, found.values).truth
                if truth == .unknown { recorder.recordMissing(found.selectorMissing) }
                return truth
            case .fact, .bool, .texts:
                return nil
            }
        case .unknown(let missing) where leaf.op.comparedFact == nil && (facts.bounds.isEmpty || facts.bounds[leaf.fact] == nil):
            recorder.recordMissing(missing)
            return .unknown
        default:
            return nil
        }
    }

    /// One test as a trace, with its comparison figures.
    func trace(_ leaf: Condition.Leaf) -> Trace {
        Trace(leaf: leaf, result: decide(leaf, withReference: true))
    }

    /// Decides one test. `withReference` adds the comparison figures and their source.
    @inline(__always)
    func decide(_ leaf: Condition.Leaf, withReference: Bool) -> LeafResult {
        let value = facts[leaf.fact]
        var result = LeafResult(value: value)
        let kind = leaf.op.kind
        guard kind.operandKind == .number else {
            if let holds = kind.test(value, leaf.op.operand) { result.truth = Truth(holds) }
            return result
        }
        // Without figures to show, an unknown value leaves the test unknown at once (the paths
        // of a compared fact are still wanted).
        if !withReference, value.number == nil, leaf.op.comparedFact == nil, facts.bounds.isEmpty || facts.bounds[leaf.fact] == nil { return result }
        let limits: Limits
        var selectorMissing: [String] = []
        switch leaf.op.operand {
        case .fact(let id):
            let other = facts[id]
            let unit = withReference ? FactRegistry.all[id].unit : .aantal
            guard let n = other.number else {
                result.selectorMissing = other.missing
                if withReference { result.reference = .init(values: .none, parameter: nil, dated: nil, unit: unit, fact: id) }
                // The compared fact is unknown but bounded: decided when every value it can take agrees.
                if case .number(let v) = value, let b = facts.bounds[id] {
                    let t = Self.compare(kind, value: (v, v), limit: (b.low, b.high))
                    if t != .unknown {
                        result.truth = t
                        result.selectorMissing = []
                        if withReference { result.reference?.bound = b }
                    }
                }
                return result
            }
            limits = Limits(n)
            if withReference { result.reference = .init(values: limits, parameter: nil, dated: nil, unit: unit, fact: id) }
        case .parameter(let ref):
            guard let found = resolver.values(ref, facts: facts) else {
                let p = resolver.parameter(ref)
                if withReference, let d = p.value(on: resolver.day) {
                    result.reference = .init(values: .none, parameter: p, dated: d, unit: p.unit, fact: nil)
                }
                return result
            }
            limits = found.values
            selectorMissing = found.selectorMissing
            if withReference {
                result.reference = .init(values: limits, parameter: found.parameter, dated: found.dated, unit: found.parameter.unit, fact: nil,
                                         staleness: found.parameter.staleness(of: found.dated, on: resolver.day))
            }
        case .literal(let n):
            limits = Limits(n)
            if withReference {
                result.reference = .init(values: limits, parameter: nil, dated: nil, unit: FactRegistry.all[leaf.fact].unit, fact: nil)
            }
        case .bool, .texts:
            return result
        }
        guard let v = value.number else {
            // The fact is unknown but bounded: decided when every value it can take agrees with every limit.
            if let b = facts.bounds[leaf.fact] {
                let ts = limits.map { Self.compare(kind, value: (b.low, b.high), limit: ($0, $0)) }
                if let t = ts.first, t != .unknown, ts.allSatisfy({ $0 == t }) {
                    result.truth = t
                    if withReference { result.valueBound = b }
                }
            }
            return result
        }
        let isEstimate: Bool
        if case .estimate = value { isEstimate = true } else { isEstimate = false }
        let decided = Self.compare(kind, v, isEstimate, limits)
        result.truth = decided.truth
        result.estimateTooClose = decided.tooClose
        if decided.truth == .unknown && !decided.tooClose { result.selectorMissing = selectorMissing }
        return result
    }

    /// Compares a value that lies in `value` with a limit that lies in `limit` (nil: unbounded):
    /// `yes` or `no` only when every value and limit in the ranges give that answer.
    static func compare(_ kind: Condition.Kind, value: (Double?, Double?), limit: (Double?, Double?)) -> Truth {
        let vLow = value.0 ?? -.infinity, vHigh = value.1 ?? .infinity
        let lLow = limit.0 ?? -.infinity, lHigh = limit.1 ?? .infinity
        switch kind {
        case .atMost: return vHigh <= lLow ? .yes : vLow > lHigh ? .no : .unknown
        case .lessThan: return vHigh < lLow ? .yes : vLow >= lHigh ? .no : .unknown
        case .atLeast: return vLow >= lHigh ? .yes : vHigh < lLow ? .no : .unknown
        case .greaterThan: return vLow > lHigh ? .yes : vHigh <= lLow ? .no : .unknown
        default: return .unknown
        }
    }

    /// Compares a value with each candidate limit. An estimate only decides when it stays
    /// on the same side of every limit with a margin of `estimateMargin`.
    static func compare(_ kind: Condition.Kind, _ v: Double, _ isEstimate: Bool, _ limits: Limits) -> (truth: Truth, tooClose: Bool) {
        var anyTrue = false, anyFalse = false, tooClose = false
        for limit in limits {
            if isEstimate {
                let margin = abs(limit) * estimateMargin
                let low = kind.compare(v - margin, limit), high = kind.compare(v + margin, limit)
                if low != high || low != kind.compare(v, limit) {
                    tooClose = true
                    anyTrue = true
                    anyFalse = true
                    continue
                }
                if low { anyTrue = true } else { anyFalse = true }
            } else if kind.compare(v, limit) {
                anyTrue = true
            } else {
                anyFalse = true
            }
        }
        return (anyTrue && !anyFalse ? .yes : anyFalse && !anyTrue ? .no : .unknown, tooClose)
    }
}

extension Trace {
    /// A trace of a decided test.
    init(leaf: Condition.Leaf, result: LeafResult) {
        self.init(leaf: leaf, truth: result.truth, value: result.value, reference: result.reference,
                  estimateTooClose: result.estimateTooClose, selectorMissing: result.selectorMissing, valueBound: result.valueBound)
    }

    /// The JSON paths that would settle this test.
    var missing: [String] {
        var out: [String] = []
        LeafResult.missing(truth: truth, value: value, estimateTooClose: estimateTooClose, selectorMissing: selectorMissing) { out += $0 }
        return out
    }
}
