/// Evaluates a condition tree in three-valued logic and keeps the traces of
/// the tests that decide the result (the failing ones for `nee`, the unknown
/// ones for `mogelijk`, all holding ones for `ja`).
struct ConditionEvaluator {
    let facts: FactSet
    var resolver: ParameterResolver
    /// Relative margin an estimated fact must keep from a limit to decide a test.
    static let estimateMargin = 0.10
    /// Every test evaluated, in order; `kept` marks the ones that explain the result.
    private(set) var traces: [Trace] = []
    private var kept: [Bool] = []
    private var droppedAny = false
    /// Child ranges of the composite nodes being combined (a stack, reused).
    private var scratch: [(truth: Truth, start: Int, end: Int)] = []

    init(facts: FactSet, resolver: ParameterResolver) {
        self.facts = facts
        self.resolver = resolver
    }

    /// Starts a new scheme, keeping the buffers' capacity.
    mutating func reset(resolver: ParameterResolver) {
        self.resolver = resolver
        traces.removeAll(keepingCapacity: true)
        kept.removeAll(keepingCapacity: true)
        droppedAny = false
    }

    /// The traces that explain the last result.
    var keptTraces: [Trace] {
        var out: [Trace] = []
        out.reserveCapacity(traces.count)
        for i in traces.indices where kept[i] { out.append(traces[i]) }
        return out
    }

    private mutating func drop(_ start: Int, _ end: Int) {
        if start < end { droppedAny = true }
        for i in start..<end { kept[i] = false }
    }

    mutating func evaluate(_ condition: Condition) -> Truth {
        switch condition {
        case .leaf(let leaf):
            let trace = evaluate(leaf)
            traces.append(trace)
            kept.append(true)
            return trace.truth
        case .not(let inner):
            return !evaluate(inner)
        case .manual(let leaf):
            traces.append(Trace(leaf: leaf, truth: .unknown, value: .unknown(missing: []), reference: nil,
                                estimateTooClose: false, selectorMissing: [], manualQuestion: leaf.explanation))
            kept.append(true)
            return .unknown
        case .implies(let premise, let conclusion):
            let start = traces.count
            let p = evaluate(premise)
            if p == .no {
                drop(start, traces.count)
                return .yes
            }
            let c = evaluate(conclusion)
            return !p || c
        case .all(let children):
            return combine(children, isAll: true)
        case .any(let children):
            return combine(children, isAll: false)
        }
    }

    private mutating func combine(_ children: [Condition], isAll: Bool) -> Truth {
        let base = scratch.count
        var result: Truth = isAll ? .yes : .no
        for child in children {
            let s = traces.count
            let t = evaluate(child)
            scratch.append((t, s, traces.count))
            result = isAll ? (result && t) : (result || t)
        }
        defer { scratch.removeSubrange(base...) }
        // Which children explain the result: all for a holding `alle` or a failing `een_van`;
        // otherwise those with the deciding value (only the first holding one of an `een_van`).
        if (isAll && result == .yes) || (!isAll && result == .no) { return result }
        let wanted: Truth = isAll ? (result == .no ? .no : .unknown) : (result == .yes ? .yes : .unknown)
        var firstYesTaken = false
        for k in base..<scratch.count {
            let part = scratch[k]
            var keep = part.truth == wanted
            if keep && !isAll && result == .yes {
                keep = !firstYesTaken
                firstYesTaken = true
            }
            if !keep { drop(part.start, part.end) }
        }
        return result
    }

    /// The truth of a condition without keeping traces (the fast first pass).
    func truth(_ condition: Condition) -> Truth {
        switch condition {
        case .leaf(let leaf): return truth(leaf)
        case .not(let inner): return !truth(inner)
        case .manual: return .unknown
        case .implies(let premise, let conclusion):
            let p = truth(premise)
            return p == .no ? .yes : !p || truth(conclusion)
        case .all(let children):
            var r = Truth.yes
            for c in children {
                r = r && truth(c)
                if r == .no { return .no }
            }
            return r
        case .any(let children):
            var r = Truth.no
            for c in children {
                r = r || truth(c)
                if r == .yes { return .yes }
            }
            return r
        }
    }

    /// The truth of a condition, adding to `missing` the facts that keep it unknown
    /// (only those of the tests that decide an unknown result).
    func truth(_ condition: Condition, missing: inout [String]) -> Truth {
        switch condition {
        case .leaf(let leaf):
            let t = truth(leaf)
            if t == .unknown { addMissing(of: leaf, to: &missing) }
            return t
        case .not(let inner): return !truth(inner, missing: &missing)
        case .manual: return .unknown
        case .implies(let premise, let conclusion):
            let p = truth(premise)
            if p == .no { return .yes }
            var local: [String] = []
            let c = truth(conclusion, missing: &local)
            let result = !p || c
            if result == .unknown {
                if p == .unknown { _ = truth(premise, missing: &missing) }
                if c == .unknown { for m in local where !missing.contains(m) { missing.append(m) } }
            }
            return result
        case .all(let children):
            var r = Truth.yes
            var local: [String] = []
            for c in children {
                r = r && truth(c, missing: &local)
                if r == .no { return .no }
            }
            if r == .unknown { for m in local where !missing.contains(m) { missing.append(m) } }
            return r
        case .any(let children):
            var r = Truth.no
            var local: [String] = []
            for c in children {
                r = r || truth(c, missing: &local)
                if r == .yes { return .yes }
            }
            if r == .unknown { for m in local where !missing.contains(m) { missing.append(m) } }
            return r
        }
    }

    /// The JSON paths that would settle an unknown test (the same as `Trace.missing`,
    /// without building the trace).
    func addMissing(of leaf: Condition.Leaf, to missing: inout [String]) {
        func add(_ paths: [String]) { for m in paths where !missing.contains(m) { missing.append(m) } }
        let value = facts[leaf.fact]
        guard let operand = leaf.op.operand else {
            add(value.missing)
            return
        }
        if case .fact(let id) = operand, !facts[id].isKnown {
            add(value.missing)
            add(facts[id].missing)
            return
        }
        guard let v = value.number else {
            add(value.missing)
            return
        }
        switch operand {
        case .literal, .fact: break
        case .parameter(let ref):
            guard let found = resolver.values(ref, facts: facts) else { return }
            if case .estimate = value, Self.decide(leaf.op, v, true, found.values).tooClose {
                add(["inkomen.toetsingsinkomen_per_jaar"])
            } else {
                add(found.selectorMissing)
            }
            return
        }
        if case .estimate = value { add(["inkomen.toetsingsinkomen_per_jaar"]) }
    }

    func truth(_ leaf: Condition.Leaf) -> Truth {
        switch leaf.op {
        case .isValue(let wanted):
            if case .bool(let b) = facts[leaf.fact] { return Truth(b == wanted) }
        case .oneOf(let options):
            if case .text(let t) = facts[leaf.fact] { return Truth(options.contains(t)) }
        case .noneOf(let options):
            if case .text(let t) = facts[leaf.fact] { return Truth(!options.contains(t)) }
        case .contains(let item):
            if case .list(let l) = facts[leaf.fact] { return Truth(l.contains(item)) }
        case .containsNone(let items):
            if case .list(let l) = facts[leaf.fact] { return Truth(!l.contains(where: items.contains)) }
        case .atLeast(let o), .atMost(let o), .greaterThan(let o), .lessThan(let o), .equals(let o):
            let value = facts[leaf.fact]
            guard let v = value.number else { return .unknown }
            let isEstimate: Bool
            if case .estimate = value { isEstimate = true } else { isEstimate = false }
            switch o {
            case .literal(let n):
                return Self.decide(leaf.op, v, isEstimate, Limits(n)).truth
            case .fact(let id):
                guard let n = facts[id].number else { return .unknown }
                return Self.decide(leaf.op, v, isEstimate, Limits(n)).truth
            case .parameter(let ref):
                guard let found = resolver.values(ref, facts: facts) else { return .unknown }
                return Self.decide(leaf.op, v, isEstimate, found.values).truth
            }
        }
        return .unknown
    }

    /// Compares a value with each candidate limit. An estimate only decides when it stays
    /// on the same side of every limit with a margin of `estimateMargin`.
    static func decide(_ op: Condition.Operator, _ v: Double, _ isEstimate: Bool, _ limits: Limits) -> (truth: Truth, tooClose: Bool) {
        func test(_ x: Double, _ limit: Double) -> Bool {
            switch op {
            case .atLeast: return x >= limit
            case .atMost: return x <= limit
            case .greaterThan: return x > limit
            case .lessThan: return x < limit
            default: return x == limit
            }
        }
        var anyTrue = false, anyFalse = false, tooClose = false
        for limit in limits {
            if isEstimate {
                let margin = abs(limit) * estimateMargin
                let low = test(v - margin, limit), high = test(v + margin, limit)
                if low != high || low != test(v, limit) {
                    tooClose = true
                    anyTrue = true
                    anyFalse = true
                    continue
                }
                if low { anyTrue = true } else { anyFalse = true }
            } else if test(v, limit) {
                anyTrue = true
            } else {
                anyFalse = true
            }
        }
        return (anyTrue && !anyFalse ? .yes : anyFalse && !anyTrue ? .no : .unknown, tooClose)
    }

    func evaluate(_ leaf: Condition.Leaf) -> Trace {
        let value = facts[leaf.fact]
        var trace = Trace(leaf: leaf, truth: .unknown, value: value, reference: nil, estimateTooClose: false, selectorMissing: [])
        switch leaf.op {
        case .isValue(let wanted):
            if case .bool(let b) = value { trace.truth = Truth(b == wanted) }
        case .oneOf(let options):
            if case .text(let t) = value { trace.truth = Truth(options.contains(t)) }
        case .noneOf(let options):
            if case .text(let t) = value { trace.truth = Truth(!options.contains(t)) }
        case .contains(let item):
            if case .list(let l) = value { trace.truth = Truth(l.contains(item)) }
        case .containsNone(let items):
            if case .list(let l) = value { trace.truth = Truth(!l.contains(where: items.contains)) }
        case .atLeast(let o), .atMost(let o), .greaterThan(let o), .lessThan(let o), .equals(let o):
            compare(leaf.op, o, value, &trace)
        }
        return trace
    }

    private func compare(_ op: Condition.Operator, _ operand: Condition.Operand, _ value: FactValue, _ trace: inout Trace) {
        let unit = FactRegistry.all[trace.leaf.fact].unit
        var limits: Limits
        var selectorMissing: [String] = []
        switch operand {
        case .literal(let n):
            limits = Limits(n)
            trace.reference = .init(values: limits, parameter: nil, dated: nil, unit: unit, fact: nil)
        case .fact(let id):
            let other = facts[id]
            guard let n = other.number else {
                trace.truth = .unknown
                trace.selectorMissing = other.missing
                trace.reference = .init(values: .none, parameter: nil, dated: nil, unit: FactRegistry.all[id].unit, fact: id)
                return
            }
            limits = Limits(n)
            trace.reference = .init(values: limits, parameter: nil, dated: nil, unit: FactRegistry.all[id].unit, fact: id)
        case .parameter(let ref):
            guard let found = resolver.values(ref, facts: facts) else {
                trace.truth = .unknown
                let p = resolver.parameter(ref)
                if let d = p.value(on: resolver.day) {
                    trace.reference = .init(values: .none, parameter: p, dated: d, unit: p.unit, fact: nil)
                }
                return
            }
            limits = found.values
            selectorMissing = found.selectorMissing
            trace.reference = .init(values: limits, parameter: found.parameter, dated: found.dated, unit: found.parameter.unit, fact: nil)
        }
        guard let v = value.number else {
            trace.truth = .unknown
            return
        }
        let isEstimate: Bool
        if case .estimate = value { isEstimate = true } else { isEstimate = false }
        let decided = Self.decide(op, v, isEstimate, limits)
        trace.truth = decided.truth
        trace.estimateTooClose = decided.tooClose
        if trace.truth == .unknown && !trace.estimateTooClose { trace.selectorMissing = selectorMissing }
        if trace.truth == .yes || trace.truth == .no { trace.selectorMissing = [] }
    }
}

extension Trace {
    /// The JSON paths that would settle this test.
    var missing: [String] {
        guard truth == .unknown else { return [] }
        if estimateTooClose { return ["inkomen.toetsingsinkomen_per_jaar"] }
        return value.missing + selectorMissing
    }
}
