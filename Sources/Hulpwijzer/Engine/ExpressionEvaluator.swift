/// Computes an amount formula for a household. An unknown fact or an
/// unresolvable variant makes the result unknown and names what is missing.
///
/// A step is computed when a formula first needs it and then remembered, so the
/// missing facts and uncertain figures are those of the formula written out in full.
struct ExpressionEvaluator {
    let facts: FactSet
    let resolver: ParameterResolver
    var missing: [String] = []
    var usedEstimate = false
    var uncertain: [UncertainFigure.Source] = []
    /// Why the formula has no value although every fact is known (a division by zero), in Dutch.
    var failure: String?
    /// The amount's steps and, per step, its value once computed.
    private var steps: [AmountStep] = []
    private(set) var stepValues: [StepValue] = []

    init(facts: FactSet, resolver: ParameterResolver) {
        self.facts = facts
        self.resolver = resolver
    }

    /// The amount rule's final formula, computing the steps it needs.
    mutating func evaluate(_ rule: AmountRule) -> Double? {
        steps = rule.steps
        stepValues = [StepValue](repeating: .notNeeded, count: rule.steps.count)
        return evaluate(rule.formula)
    }

    mutating func evaluate(_ e: Expression) -> Double? {
        switch e {
        case .number(let n): return n
        case .step(let k):
            switch stepValues[k] {
            case .value(let v): return v
            case .unknown: return nil
            case .notNeeded:
                let v = evaluate(steps[k].formula)
                stepValues[k] = v.map(StepValue.value) ?? .unknown
                return v
            }
        case .text: return nil
        case .fact(let id):
            let v = facts[id]
            if case .estimate = v { usedEstimate = true }
            if let stale = facts.stale[id] { note(.fact(stale)) }
            if let n = v.number { return n }
            if let b = v.bool { return b ? 1 : 0 }
            missing.append(contentsOf: v.missing)
            return nil
        case .parameter(let ref):
            guard let found = resolver.values(ref, facts: facts) else { return nil }
            guard let single = found.values.single else {
                missing.append(contentsOf: found.selectorMissing)
                return nil
            }
            noteCertainty(found.dated, found.parameter)
            return single
        case .negate(let inner):
            return evaluate(inner).map { -$0 }
        case .binary(let op, let a, let b):
            let x = evaluate(a), y = evaluate(b)
            guard let x, let y else { return nil }
            guard let value = op.apply(x, y) else {
                failure = failure ?? Amount.divisionByZero
                return nil
            }
            return value
        case .call(let f, let args):
            switch f {
            case .min, .max:
                var result: Double?
                var complete = true
                for a in args {
                    guard let v = evaluate(a) else {
                        complete = false
                        continue
                    }
                    result = result.map { f == .min ? Swift.min($0, v) : Swift.max($0, v) } ?? v
                }
                return complete ? result : nil
            case .als:
                guard let c = evaluate(args[0]) else { return nil }
                return evaluate(c != 0 ? args[1] : args[2])
            case .afronden, .afronden_beneden, .afronden_boven: return evaluate(args[0]).map(f.round)
            case .onbekend:
                return nil
            case .bevat:
                guard case .fact(let id) = args[0], case .text(let t) = args[1] else { return nil }
                let v = facts[id]
                if case .list(let l) = v { return l.contains(t) ? 1 : 0 }
                missing.append(contentsOf: v.missing)
                return nil
            case .tabel:
                guard case .parameter(let ref) = args[0], let x = evaluate(args[1]),
                      case let p = resolver.parameter(ref), let dated = p.value(on: resolver.day),
                      case .table(let bands) = dated.value else { return nil }
                noteCertainty(dated, p)
                return bands.first { $0.upTo == nil || x <= $0.upTo! }?.value
            }
        }
    }

    private mutating func noteCertainty(_ dated: DatedValue, _ p: Parameter) {
        if UncertainFigure.isUncertain(p, dated, on: resolver.day) { note(.figure(p, dated)) }
    }

    private mutating func note(_ source: UncertainFigure.Source) { uncertain.appendOnce(source) }
}
