/// The amount formulas in the flat program, as `ExpressionEvaluator` computes them.
extension Screener.Run {
    /// Records a source of the amount's missing paths once.
    private mutating func recordAmount(_ source: Int32) {
        for i in 0..<amountCount where amountSources[i] == source { return }
        amountSources[amountCount] = source
        amountCount += 1
    }

    /// The amount read the uncertain figure of slot `slot` (of the tables in use: the
    /// municipality's when `ownTables`).
    @inline(__always)
    private mutating func readUncertain(slot: Int) {
        amountUncertain = true
        if namesUncertainty, let source = (ownTables ? plan.own : plan.base.tables).uncertainFigures[slot] { amountUncertainSources.appendOnce(source) }
    }

    /// The amount read the stale derived fact `f`.
    @inline(__always)
    private mutating func readStale(_ f: Int) {
        amountUncertain = true
        if namesUncertainty, let text = facts.stale[f] { amountUncertainSources.appendOnce(.fact(text)) }
    }

    /// Formula node `i`, as `ExpressionEvaluator.evaluate` computes it.
    mutating func expr(_ i: Int) -> Double? {
        let x = exprs[i]
        let first = Int(x.first)
        switch x.op {
        case .number: return x.value
        case .step:
            let k = Int(x.ref)
            switch stepState[k] {
            case 1: return stepValue[k]
            case 2: return nil
            default:
                let v = expr(Int(stepRoots[stepBase + k]))
                stepState[k] = v == nil ? 2 : 1
                stepValue[k] = v ?? 0
                return v
            }
        case .text: return nil
        case .fact:
            let f = Int(x.ref)
            if stale[f] { readStale(f) }
            switch tag[f] {
            case .number, .bool: return num[f]
            case .estimate:
                amountUsedEstimate = true
                return num[f]
            case .unknown:
                recordAmount(x.ref)
                return nil
            case .other: return nil
            }
        case .parameter:
            let slot = base + Int(x.ref)
            let p = tables.params[slot]
            switch p.kind {
            case .number:
                if p.uncertain { readUncertain(slot: slot) }
                return p.value
            case .variants:
                switch variant(p) {
                case .value(let v):
                    if p.uncertain { readUncertain(slot: slot) }
                    return v
                case .none: return nil
                case .all:
                    // One variant only: it is the figure, whatever the selector.
                    if p.variants.count == 1 {
                        if p.uncertain { readUncertain(slot: slot) }
                        return tables.variants[Int(p.variants.lowerBound)].value
                    }
                    recordAmount(p.selector)
                    return nil
                }
            case .unavailable, .table: return nil
            }
        case .negate:
            return expr(Int(args[first])).map { -$0 }
        case .binary:
            let a = expr(Int(args[first])), b = expr(Int(args[first + 1]))
            guard let a, let b else { return nil }
            guard let value = ScreeningProgram.operators[Int(x.ref)].apply(a, b) else {
                amountFailed = true
                return nil
            }
            return value
        case .min, .max:
            var result: Double?
            var complete = true
            for k in 0..<Int(x.count) {
                guard let v = expr(Int(args[first + k])) else {
                    complete = false
                    continue
                }
                result = result.map { x.op == .min ? Swift.min($0, v) : Swift.max($0, v) } ?? v
            }
            return complete ? result : nil
        case .als:
            guard let c = expr(Int(args[first])) else { return nil }
            return expr(Int(args[first + (c != 0 ? 1 : 2)]))
        case .round:
            return expr(Int(args[first])).map(ScreeningProgram.rounders[Int(x.ref)].round)
        case .onbekend: return nil
        case .bevat:
            let a = exprs[Int(args[first])], b = exprs[Int(args[first + 1])]
            guard a.op == .fact, b.op == .text else { return nil }
            switch facts.values[Int(a.ref)] {
            case .list(let l): return l.contains(program.texts[Int(b.ref)]) ? 1 : 0
            case .unknown:
                recordAmount(a.ref)
                return nil
            default: return nil
            }
        case .tabel:
            let a = exprs[Int(args[first])]
            guard a.op == .parameter, let v = expr(Int(args[first + 1])) else { return nil }
            let p = tables.params[base + Int(a.ref)]
            guard p.kind == .table else { return nil }
            if p.uncertain { readUncertain(slot: base + Int(a.ref)) }
            for k in p.bands where tables.bands[Int(k)].upTo == .infinity || v <= tables.bands[Int(k)].upTo { return tables.bands[Int(k)].value }
            return nil
        }
    }
}
