/// Evaluates a condition tree in three-valued logic and keeps the traces of
/// the tests that decide the result (the failing ones for `nee`, the unknown
/// ones for `mogelijk`, all holding ones for `ja`).
struct ConditionEvaluator {
    let facts: FactSet
    let resolver: ParameterResolver
    /// Relative margin an estimated fact must keep from a limit to decide a test.
    static let estimateMargin = 0.10
    var traces: [Trace] = []

    init(facts: FactSet, resolver: ParameterResolver) {
        self.facts = facts
        self.resolver = resolver
    }

    mutating func evaluate(_ condition: Condition) -> Truth {
        switch condition {
        case .leaf(let leaf):
            let trace = evaluate(leaf)
            traces.append(trace)
            return trace.truth
        case .not(let inner):
            return !evaluate(inner)
        case .manual(let question):
            let leaf = Condition.Leaf(fact: 0, op: .isValue(true), explanation: question, path: "handmatig")
            traces.append(Trace(leaf: leaf, truth: .unknown, value: .unknown(missing: []), reference: nil,
                                estimateTooClose: false, selectorMissing: [], manualQuestion: question))
            return .unknown
        case .implies(let premise, let conclusion):
            let start = traces.count
            let p = evaluate(premise)
            if p == .no {
                traces.removeSubrange(start...)
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
        let start = traces.count
        var parts: [(Truth, Range<Int>)] = []
        parts.reserveCapacity(children.count)
        var result: Truth = isAll ? .yes : .no
        for child in children {
            let s = traces.count
            let t = evaluate(child)
            parts.append((t, s..<traces.count))
            result = isAll ? (result && t) : (result || t)
        }
        // Which children explain the result.
        let keep: (Truth) -> Bool
        switch (isAll, result) {
        case (true, .yes), (false, .no): return result
        case (true, .no): keep = { $0 == .no }
        case (false, .yes): keep = { $0 == .yes }
        default: keep = { $0 == .unknown }
        }
        var kept: [Trace] = []
        var firstYesTaken = false
        for (t, r) in parts where keep(t) {
            if !isAll && result == .yes {
                if firstYesTaken { continue }
                firstYesTaken = true
            }
            kept.append(contentsOf: traces[r])
        }
        traces.replaceSubrange(start..., with: kept)
        return result
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
        var limits: [Double]
        var selectorMissing: [String] = []
        switch operand {
        case .literal(let n):
            limits = [n]
            trace.reference = .init(values: limits, parameter: nil, dated: nil, unit: unit, fact: nil)
        case .fact(let id):
            let other = facts[id]
            guard let n = other.number else {
                trace.truth = .unknown
                trace.selectorMissing = other.missing
                trace.reference = .init(values: [], parameter: nil, dated: nil, unit: FactRegistry.all[id].unit, fact: id)
                return
            }
            limits = [n]
            trace.reference = .init(values: limits, parameter: nil, dated: nil, unit: FactRegistry.all[id].unit, fact: id)
        case .parameter(let name):
            guard let found = resolver.values(name, facts: facts) else {
                trace.truth = .unknown
                if let (p, _) = resolver.parameter(name), let d = p.value(on: resolver.day) {
                    trace.reference = .init(values: [], parameter: p, dated: d, unit: p.unit, fact: nil)
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
        func test(_ x: Double, _ limit: Double) -> Bool {
            switch op {
            case .atLeast: return x >= limit
            case .atMost: return x <= limit
            case .greaterThan: return x > limit
            case .lessThan: return x < limit
            default: return x == limit
            }
        }
        var results = Set<Bool>()
        for limit in limits {
            if isEstimate {
                let margin = abs(limit) * ConditionEvaluator.estimateMargin
                let low = test(v - margin, limit), high = test(v + margin, limit)
                if low != high || (low == test(v, limit)) == false {
                    trace.estimateTooClose = true
                    results.insert(true)
                    results.insert(false)
                    continue
                }
                results.insert(low)
            } else {
                results.insert(test(v, limit))
            }
        }
        trace.truth = results.count == 1 ? Truth(results.first!) : .unknown
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
