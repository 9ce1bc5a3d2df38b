extension Screener {
    /// One household's walk over one program: plain pointers into the program, the plan and the
    /// scratch (all kept alive by the screener while it runs), so the recursive walk over
    /// conditions and formulas retains and releases nothing.
    struct Run {
        let program: ScreeningProgram
        let leaves: UnsafeMutablePointer<ScreeningProgram.Leaf>
        let nodes: UnsafeMutablePointer<ScreeningProgram.Node>
        let exprs: UnsafeMutablePointer<ScreeningProgram.Expr>
        let args: UnsafeMutablePointer<Int32>
        let stepRoots: UnsafeMutablePointer<Int32>
        let heads: UnsafeMutablePointer<ScreeningProgram.Head>
        let plan: ScreeningPlan
        /// The tables of the scheme being evaluated: the day's or the municipality's (`use(own:)`).
        private(set) var tables: Tables
        let stale: UnsafeMutablePointer<Bool>
        let tag: UnsafeMutablePointer<Tag>
        let num: UnsafeMutablePointer<Double>
        let low: UnsafeMutablePointer<Double>
        let high: UnsafeMutablePointer<Double>
        let bounded: UnsafeMutablePointer<Bool>
        let sources: UnsafeMutablePointer<Int32>
        let amountSources: UnsafeMutablePointer<Int32>
        let stepState: UnsafeMutablePointer<UInt8>
        let stepValue: UnsafeMutablePointer<Double>
        let facts: FactSet
        /// The scheme's first parameter slot in the plan, and its first step.
        var base = 0
        var stepBase = 0
        var sourceCount = 0
        var amountCount = 0
        var amountFailed = false
        var amountUncertain = false
        /// The amount read an estimated fact.
        var amountUsedEstimate = false
        /// With `namesUncertainty`: the uncertain figures and stale facts the amount read, each once
        /// (`ExpressionEvaluator.uncertain`).
        var namesUncertainty = false
        var amountUncertainSources: [UncertainFigure.Source] = []
        /// The tables in use are the municipality's.
        var ownTables = false

        init(_ program: ScreeningProgram, _ plan: ScreeningPlan, _ scratch: Scratch, _ facts: FactSet) {
            self.program = program
            leaves = program.leaves.base
            nodes = program.nodes.base
            exprs = program.exprs.base
            args = program.args.base
            stepRoots = program.stepRoots.base
            heads = program.heads.base
            self.plan = plan
            tables = Tables(plan.base.tables)
            stale = plan.base.flatStale.base
            tag = scratch.tag.base
            num = scratch.num.base
            low = scratch.low.base
            high = scratch.high.base
            bounded = scratch.bounded.base
            sources = scratch.sources.base
            amountSources = scratch.amountSources.base
            stepState = scratch.stepState.base
            stepValue = scratch.stepValue.base
            self.facts = facts
        }

        /// Pointers into one plan's resolved slots, their variants and table bands.
        struct Tables {
            let params: UnsafeMutablePointer<ScreeningPlan.Param>
            let variants: UnsafeMutablePointer<ScreeningPlan.Variant>
            let bands: UnsafeMutablePointer<(upTo: Double, value: Double)>
            let keys: [String]

            init(_ t: ScreeningPlan.Tables.Frozen) {
                params = t.params.base
                variants = t.variants.base
                bands = t.bands.base
                keys = t.keys
            }
        }

        /// Reads the slots of the next scheme from the municipality's tables (`own`) or the day's.
        mutating func use(own: Bool) { tables = Tables(own ? plan.own : plan.base.tables) }

        @inline(__always)
        private func isNumber(_ f: Int) -> Bool { tag[f] == .number || tag[f] == .estimate }

        /// Records a source of missing paths once (a known fact has none).
        @inline(__always)
        mutating func record(_ source: Int32) {
            if source >= 0, tag[Int(source)] != .unknown { return }
            for i in 0..<sourceCount where sources[i] == source { return }
            sources[sourceCount] = source
            sourceCount += 1
        }

        // MARK: Conditions

        /// The truth of the subtree at node `i`; the sources under decided nodes are dropped again.
        mutating func tree(_ i: Int) -> Truth {
            let n = nodes[i]
            switch n.op {
            case .leaf:
                return leaf(Int(n.leaf))
            case .manual:
                return .unknown
            case .not:
                return !tree(i + 1)
            case .implies:
                let start = sourceCount
                let p = tree(i + 1)
                if p == .no {
                    sourceCount = start
                    return .yes
                }
                let c = tree(Int(nodes[i + 1].end))
                let result = !p || c
                if result != .unknown { sourceCount = start }
                return result
            case .all, .any:
                let isAll = n.op == .all
                let start = sourceCount
                let decisive: Truth = isAll ? .no : .yes
                var result: Truth = isAll ? .yes : .no
                var c = i + 1
                let end = Int(n.end)
                while c < end {
                    let t = tree(c)
                    result = isAll ? (result && t) : (result || t)
                    if result == decisive { break }
                    c = Int(nodes[c].end)
                }
                if result != .unknown { sourceCount = start }
                return result
            }
        }

        /// Test `k`, as `ConditionEvaluator.decide(_:withReference: false)` decides it; records
        /// the sources of the paths that would settle an unknown result.
        mutating func leaf(_ k: Int) -> Truth {
            let l = leaves[k]
            let f = Int(l.fact)
            switch l.operand {
            case .bool:
                guard tag[f] == .bool else {
                    record(l.fact)
                    return .unknown
                }
                return Truth((num[f] == 1) == l.wanted)
            case .texts:
                let original = program.textLeaves[Int(l.text)]
                if let holds = l.kind.test(facts.values[f], original.op.operand) { return Truth(holds) }
                record(l.fact)
                return .unknown
            case .never:
                record(l.fact)
                return .unknown
            case .literal, .parameter, .fact:
                break
            }
            let known = isNumber(f)
            if !known, l.operand != .fact, !bounded[f] {
                record(l.fact)
                return .unknown
            }
            // The limits: one figure, or the variants of a parameter whose selector is unknown.
            var single = l.literal
            var candidates: Range<Int> = 0..<0
            var selector: Int32 = -2
            switch l.operand {
            case .fact:
                let o = Int(l.ref)
                guard isNumber(o) else {
                    if tag[f] == .number, bounded[o] {
                        let t = ConditionEvaluator.compare(l.kind, value: (num[f], num[f]), limit: (low[o], high[o]))
                        if t != .unknown { return t }
                    }
                    record(l.fact)
                    record(l.ref)
                    return .unknown
                }
                single = num[o]
            case .parameter:
                let p = tables.params[base + Int(l.ref)]
                switch p.kind {
                case .number: single = p.value
                case .variants:
                    switch variant(p) {
                    case .value(let v): single = v
                    case .none:
                        record(l.fact)
                        return .unknown
                    case .all:
                        candidates = Int(p.variants.lowerBound)..<Int(p.variants.upperBound)
                        selector = p.selector
                    }
                case .unavailable, .table:
                    record(l.fact)
                    return .unknown
                }
            default:
                break
            }
            guard known else {
                // Unknown but bounded: decided when every value it can take agrees with every limit.
                guard bounded[f] else {
                    record(l.fact)
                    return .unknown
                }
                var first: Truth?
                var agree = true
                if selector == -2 {
                    first = ConditionEvaluator.compare(l.kind, value: (low[f], high[f]), limit: (single, single))
                } else {
                    for c in candidates {
                        let t = ConditionEvaluator.compare(l.kind, value: (low[f], high[f]), limit: (tables.variants[c].value, tables.variants[c].value))
                        if first == nil { first = t } else if t != first { agree = false }
                    }
                }
                if let t = first, t != .unknown, agree { return t }
                record(l.fact)
                return .unknown
            }
            let v = num[f], isEstimate = tag[f] == .estimate
            if selector == -2 && !isEstimate { return Truth(l.kind.compare(v, single)) }
            var anyTrue = false, anyFalse = false, tooClose = false
            func compare(_ limit: Double) {
                if isEstimate {
                    let margin = abs(limit) * ConditionEvaluator.estimateMargin
                    let lo = l.kind.compare(v - margin, limit), hi = l.kind.compare(v + margin, limit)
                    if lo != hi || lo != l.kind.compare(v, limit) {
                        tooClose = true
                        anyTrue = true
                        anyFalse = true
                        return
                    }
                    if lo { anyTrue = true } else { anyFalse = true }
                } else if l.kind.compare(v, limit) {
                    anyTrue = true
                } else {
                    anyFalse = true
                }
            }
            if selector == -2 { compare(single) } else { for c in candidates { compare(tables.variants[c].value) } }
            if anyTrue && !anyFalse { return .yes }
            if anyFalse && !anyTrue { return .no }
            if tooClose {
                record(-1)
            } else if selector >= 0 {
                record(selector)
            }
            return .unknown
        }

        enum VariantPick {
            case value(Double)
            /// The selector is known but names no variant: the figure is unavailable.
            case none
            /// The selector is unknown: every variant is a candidate.
            case all
        }

        /// The variant the selector fact picks, as `ParameterResolver.values` finds it (`VariantKey.key`).
        func variant(_ p: ScreeningPlan.Param) -> VariantPick {
            let s = Int(p.selector)
            switch tag[s] {
            case .unknown: return .all
            case .bool:
                let k = num[s] == 1 ? p.yes : p.no
                return k >= 0 ? .value(tables.variants[Int(k)].value) : .none
            case .number, .estimate:
                let n = num[s]
                if n == n.rounded(), abs(n) < 1e15 {
                    for k in p.variants where tables.variants[Int(k)].isNumber && tables.variants[Int(k)].number == n { return .value(tables.variants[Int(k)].value) }
                    return .none
                }
                fallthrough
            case .other:
                guard let key = VariantKey.key(for: facts.values[s]) else { return .none }
                for k in p.variants where tables.keys[Int(k)] == key { return .value(tables.variants[Int(k)].value) }
                return .none
            }
        }
    }
}
