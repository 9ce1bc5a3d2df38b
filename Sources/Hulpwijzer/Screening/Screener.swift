/// Evaluates households with the compiled programs: per scheme the status, the estimated
/// amount, the facts that would settle it and whether it is received — the same answers as
/// `Engine.evaluate` (`ScreenerTests` compares them on every fixture and thousands of generated
/// households), without building traces, notes or explanations.
///
/// A screener is one worker's state: its scratch buffers are reused from household to household,
/// so a batch worker allocates almost nothing per row. Not shared between threads.
struct Screener {
    let catalogue: Catalogue
    let options: Engine.Options

    /// One scheme's answer, in the scratch of the last household screened.
    struct Item {
        /// The plan entry.
        var entry: Int32
        var status: Status
        /// Cents, `Int64.min` when absent.
        var perMonth: Int64 = .min
        var perYear: Int64 = .min
        var perQuarter: Int64 = .min
        var once: Int64 = .min
        /// The missing paths, in `paths`.
        var missing: Range<Int32> = 0..<0
        /// -1 not given (`ontvangt` absent), 0 no, 1 yes.
        var receives: Int8 = -1
        /// 0 certain, 1 uses an uncertain figure, 2 not known without the explanation (`hasUncertainFigures`).
        var uncertain: UInt8 = 0
        var sortKey: Int = 0
    }

    // The household's facts, flat: tag, number (bool as 0/1) and bounds per fact.
    private var tag: [Tag]
    private var num: [Double]
    private var low: [Double]
    private var high: [Double]
    private var bounded: [Bool]
    /// The missing sources of the scheme being evaluated: a fact (its missing paths) or -1 (the toetsingsinkomen).
    private var sources: [Int32] = []
    private var amountSources: [Int32] = []
    private var stepState: [UInt8] = []
    private var stepValue: [Double] = []
    private var receivedNational: [Bool]
    private var receivedLocal: [Bool] = []
    private var amountFailed = false
    private var amountUncertain = false

    /// The last household's answers, in listing order, and the paths they name.
    private(set) var items: [Item] = []
    private(set) var paths: [String] = []
    /// The plan of the last household.
    private(set) var plan: ScreeningPlan?
    /// The last household's facts (for explanations of single items).
    private(set) var facts: FactSet?

    enum Tag: UInt8 { case unknown, number, estimate, bool, other }

    init(catalogue: Catalogue, options: Engine.Options = Engine.Options()) {
        self.catalogue = catalogue
        self.options = options
        let n = FactRegistry.all.count
        tag = [Tag](repeating: .unknown, count: n)
        num = [Double](repeating: 0, count: n)
        low = [Double](repeating: 0, count: n)
        high = [Double](repeating: 0, count: n)
        bounded = [Bool](repeating: false, count: n)
        receivedNational = [Bool](repeating: false, count: catalogue.schemes.count)
        items.reserveCapacity(64)
        paths.reserveCapacity(64)
        sources.reserveCapacity(32)
    }

    /// Screens one household: checks it as `Engine.evaluate` does (the same errors), then fills `items`.
    mutating func screen(_ household: Household) throws(EvaluationError) {
        let engine = Engine(catalogue: catalogue)
        let prepared = try engine.prepare(household)
        let day = household.peildatum ?? options.defaultPeildatum
        do throws(HouseholdError) {
            try HouseholdChecks.check(household, on: day, firstDate: catalogue.firstDate)
            try engine.checkReceived(household, local: prepared.local)
        } catch {
            throw .household(error)
        }
        let plan = self.plan(day, prepared)
        self.plan = plan
        let facts = FactComputer(household: household, day: day, globals: catalogue.globals, memo: catalogue.memo).compute()
        self.facts = facts
        load(facts)
        markReceived(household.ontvangt, plan)
        items.removeAll(keepingCapacity: true)
        paths.removeAll(keepingCapacity: true)
        let national = catalogue.screening.national(catalogue)
        let local = plan.local.map { catalogue.screening.local($0) }
        for k in plan.entries.indices {
            let e = plan.entries[k]
            var item = e.isLocal ? evaluate(e, Int32(k), local!, plan, facts) : evaluate(e, Int32(k), national, plan, facts)
            if household.ontvangt != nil { item.receives = (e.isLocal ? receivedLocal[Int(e.scheme)] : receivedNational[Int(e.scheme)]) ? 1 : 0 }
            let statusRank = item.status == .ja ? 0 : item.status == .mogelijk ? 1 : 2
            item.sortKey = statusRank << 40 | e.rank
            items.append(item)
        }
        sortItems(plan)
    }

    /// The plan for the household's day and municipality: the one of the previous household when they agree.
    private mutating func plan(_ day: Day, _ prepared: Engine.Preparation) -> ScreeningPlan {
        if let p = plan, p.day == day, p.municipality?.code == prepared.municipality?.code { return p }
        return catalogue.screening.plan(catalogue, day: day, options: options, municipality: prepared.municipality, local: prepared.local)
    }

    private mutating func load(_ facts: FactSet) {
        for i in facts.values.indices {
            switch facts.values[i] {
            case .unknown: tag[i] = .unknown
            case .number(let n):
                tag[i] = .number
                num[i] = n
            case .estimate(let n, _):
                tag[i] = .estimate
                num[i] = n
            case .bool(let b):
                tag[i] = .bool
                num[i] = b ? 1 : 0
            case .text, .list: tag[i] = .other
            }
            bounded[i] = false
        }
        for (id, b) in facts.bounds {
            bounded[id] = true
            low[id] = b.low ?? -.infinity
            high[id] = b.high ?? .infinity
        }
    }

    private mutating func markReceived(_ received: [String]?, _ plan: ScreeningPlan) {
        for i in receivedNational.indices { receivedNational[i] = false }
        let localSchemes = plan.local?.schemes ?? []
        if receivedLocal.count != localSchemes.count { receivedLocal = [Bool](repeating: false, count: localSchemes.count) }
        for i in receivedLocal.indices { receivedLocal[i] = false }
        guard let received else { return }
        let national = catalogue.screening.national(catalogue)
        let local = plan.local.map { catalogue.screening.local($0) }
        for id in received {
            for i in national.positions[id] ?? [] { receivedNational[i] = true }
            for k in local?.positions[id] ?? [] { receivedLocal[k] = true }
        }
    }

    /// Orders the items as `Engine.evaluate` orders its outcomes: status, national before local, name.
    private mutating func sortItems(_ plan: ScreeningPlan) {
        let local = plan.local?.schemes ?? []
        func scheme(_ it: Item) -> Scheme {
            let e = plan.entries[Int(it.entry)]
            return e.isLocal ? local[Int(e.scheme)] : catalogue.schemes[Int(e.scheme)]
        }
        // Insertion sort: about 40 items, mostly in order already.
        for i in 1..<max(1, items.count) {
            let x = items[i]
            var j = i - 1
            while j >= 0 {
                let y = items[j]
                let before = x.sortKey != y.sortKey ? x.sortKey < y.sortKey : {
                    let a = scheme(x), b = scheme(y)
                    return (a.name, a.id) < (b.name, b.id)
                }()
                if !before { break }
                items[j + 1] = y
                j -= 1
            }
            items[j + 1] = x
        }
    }

    /// The scheme of an item.
    func scheme(_ item: Item) -> Scheme {
        let e = plan!.entries[Int(item.entry)]
        return e.isLocal ? plan!.local!.schemes[Int(e.scheme)] : catalogue.schemes[Int(e.scheme)]
    }

    // MARK: One scheme

    private mutating func evaluate(_ e: ScreeningPlan.Entry, _ k: Int32, _ program: ScreeningProgram, _ plan: ScreeningPlan, _ facts: FactSet) -> Item {
        if e.notHere != 0 { return Item(entry: k, status: .nee) }
        let s = program.schemes[Int(e.scheme)]
        let base = Int(e.slots.lowerBound)
        sources.removeAll(keepingCapacity: true)
        var gateTruth = Truth.yes
        var failed = false
        for g in s.gates {
            let t = leaf(program.leaves[Int(g)], program, plan, base, facts)
            gateTruth = gateTruth && t
            if t == .no {
                failed = true
                break
            }
        }
        let treeTruth = failed ? .no : tree(Int(s.root), program, plan, base, facts)
        let truth = gateTruth && treeTruth
        var item = Item(entry: k, status: .nee)
        guard truth != .no else {
            // The traces that explain the `nee` may name an uncertain figure.
            item.uncertain = e.mayBeUncertain ? 2 : 0
            return item
        }

        // The amount, as `Engine.amount` computes it.
        var amountMissing = false, amountUnknownReason = false, hasAmount = false
        amountUncertain = false
        if e.hasRule {
            hasAmount = true
            amountSources.removeAll(keepingCapacity: true)
            if e.amountActive {
                amountFailed = false
                let steps = s.steps.count
                if stepState.count < steps {
                    stepState = [UInt8](repeating: 0, count: steps)
                    stepValue = [Double](repeating: 0, count: steps)
                }
                for i in 0..<steps { stepState[i] = 0 }
                let raw = expr(Int(s.amount), program, s, plan, base, facts)
                amountMissing = !amountSources.isEmpty
                if let raw {
                    if raw.isFinite, abs(raw) < Money.limit / 100 {
                        let native = Money.rounded(max(0, raw), e.rounding)
                        let split = e.period.split(native, monthRounding: e.monthRounding)
                        item.perMonth = split.perMonth?.cents ?? .min
                        item.perYear = split.perYear?.cents ?? .min
                        item.perQuarter = split.perQuarter?.cents ?? .min
                        item.once = split.once?.cents ?? .min
                    } else {
                        amountUnknownReason = true
                    }
                } else {
                    amountUnknownReason = amountFailed
                }
            }
        }

        // The verdict, as `Verdict.decide` gives it.
        var status = Status(truth)
        var openFromAmount = false
        if amountUnknownReason {
            if status == .ja { status = .mogelijk }
        } else if e.zeroMeansNo, hasAmount {
            let y = item.perYear != .min ? item.perYear : item.once
            if y == 0 {
                // `nee`, with the amount (0) that says why (and only the amount's figures explain it).
                item.status = .nee
                item.uncertain = amountUncertain ? 1 : 0
                return item
            }
            if item.perYear == .min && item.once == .min && status == .ja {
                status = .mogelijk
                openFromAmount = true
            }
        }
        if e.discretionary && status == .ja { status = .mogelijk }
        if e.policyNotFound && status == .ja { status = .mogelijk }
        item.status = status
        let start = Int32(paths.count)
        if openFromAmount {
            if amountMissing { materializeSorted(amountSources, facts) }
        } else if truth == .unknown {
            materialize(sources, facts)
        }
        item.missing = start..<Int32(paths.count)
        item.uncertain = amountUncertain ? 1 : e.mayBeUncertain ? 2 : 0
        return item
    }

    /// Appends the paths of `list` to `paths`, each once, in order.
    private mutating func materialize(_ list: [Int32], _ facts: FactSet) {
        let start = paths.count
        for s in list {
            if s < 0 {
                add("inkomen.toetsingsinkomen_per_jaar", from: start)
                continue
            }
            if case .unknown(let missing) = facts.values[Int(s)] { for m in missing { add(m, from: start) } }
        }
    }

    /// Appends the paths of `list` to `paths`, each once, sorted (as `Amount.missing` has them).
    private mutating func materializeSorted(_ list: [Int32], _ facts: FactSet) {
        let start = paths.count
        materialize(list, facts)
        paths[start...].sort()
    }

    private mutating func add(_ path: String, from start: Int) {
        for i in start..<paths.count where paths[i] == path { return }
        paths.append(path)
    }

    private mutating func record(_ source: Int32) {
        if source >= 0, tag[Int(source)] != .unknown { return }
        for s in sources where s == source { return }
        sources.append(source)
    }

    // MARK: Conditions

    private mutating func tree(_ i: Int, _ program: ScreeningProgram, _ plan: ScreeningPlan, _ base: Int, _ facts: FactSet) -> Truth {
        let n = program.nodes[i]
        switch n.op {
        case .leaf:
            return leaf(program.leaves[Int(n.leaf)], program, plan, base, facts)
        case .manual:
            return .unknown
        case .not:
            return !tree(i + 1, program, plan, base, facts)
        case .implies:
            let start = sources.count
            let p = tree(i + 1, program, plan, base, facts)
            if p == .no {
                sources.removeSubrange(start...)
                return .yes
            }
            let c = tree(Int(program.nodes[i + 1].end), program, plan, base, facts)
            let result = !p || c
            if result != .unknown { sources.removeSubrange(start...) }
            return result
        case .all, .any:
            let isAll = n.op == .all
            let start = sources.count
            let decisive: Truth = isAll ? .no : .yes
            var result: Truth = isAll ? .yes : .no
            var c = i + 1
            let end = Int(n.end)
            while c < end {
                let t = tree(c, program, plan, base, facts)
                result = isAll ? (result && t) : (result || t)
                if result == decisive { break }
                c = Int(program.nodes[c].end)
            }
            if result != .unknown { sources.removeSubrange(start...) }
            return result
        }
    }

    /// One test, as `ConditionEvaluator.decide(_:withReference: false)` decides it; records the
    /// sources of the paths that would settle an unknown result.
    private mutating func leaf(_ l: ScreeningProgram.Leaf, _ program: ScreeningProgram, _ plan: ScreeningPlan, _ base: Int, _ facts: FactSet) -> Truth {
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
        let known = tag[f] == .number || tag[f] == .estimate
        if !known, l.operand != .fact, !bounded[f] {
            record(l.fact)
            return .unknown
        }
        // The limits: one figure, or the variants of a parameter whose selector is unknown.
        var single = 0.0
        var variants: Range<Int> = 0..<0
        var selector: Int32 = -2
        switch l.operand {
        case .fact:
            let o = Int(l.ref)
            guard tag[o] == .number || tag[o] == .estimate else {
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
            let p = plan.params[base + Int(l.ref)]
            switch p.kind {
            case .number: single = p.value
            case .variants:
                switch variant(p, plan, facts) {
                case .value(let v): single = v
                case .none:
                    record(l.fact)
                    return .unknown
                case .all:
                    variants = Int(p.variants.lowerBound)..<Int(p.variants.upperBound)
                    selector = p.selector
                }
            case .unavailable, .table:
                record(l.fact)
                return .unknown
            }
        default:
            single = l.literal
        }
        guard known else {
            // Unknown but bounded: decided when every value it can take agrees with every limit.
            guard bounded[f] else {
                record(l.fact)
                return .unknown
            }
            var first: Truth?
            var agree = true
            func check(_ limit: Double) {
                let t = ConditionEvaluator.compare(l.kind, value: (low[f], high[f]), limit: (limit, limit))
                if first == nil { first = t } else if t != first { agree = false }
            }
            if selector == -2 { check(single) } else { for k in variants { check(plan.variants[k].value) } }
            if let t = first, t != .unknown, agree { return t }
            record(l.fact)
            return .unknown
        }
        let v = num[f], isEstimate = tag[f] == .estimate
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
        if selector == -2 { compare(single) } else { for k in variants { compare(plan.variants[k].value) } }
        if anyTrue && !anyFalse { return .yes }
        if anyFalse && !anyTrue { return .no }
        if tooClose {
            record(-1)
        } else if selector >= 0 {
            record(selector)
        }
        return .unknown
    }

    private enum VariantPick {
        case value(Double)
        /// The selector is known but names no variant: the figure is unavailable.
        case none
        /// The selector is unknown: every variant is a candidate.
        case all
    }

    /// The variant the selector fact picks, as `ParameterResolver.values` finds it (`VariantKey.key`).
    private func variant(_ p: ScreeningPlan.Param, _ plan: ScreeningPlan, _ facts: FactSet) -> VariantPick {
        let s = Int(p.selector)
        switch tag[s] {
        case .unknown: return .all
        case .bool:
            let k = num[s] == 1 ? p.yes : p.no
            return k >= 0 ? .value(plan.variants[Int(k)].value) : .none
        case .number, .estimate:
            let n = num[s]
            if n == n.rounded(), abs(n) < 1e15 {
                for k in p.variants where plan.variants[Int(k)].isNumber && plan.variants[Int(k)].number == n { return .value(plan.variants[Int(k)].value) }
                return .none
            }
            fallthrough
        case .other:
            guard let key = VariantKey.key(for: facts.values[s]) else { return .none }
            for k in p.variants where plan.variantKeys[Int(k)] == key { return .value(plan.variants[Int(k)].value) }
            return .none
        }
    }

    // MARK: Amounts

    /// One formula node, as `ExpressionEvaluator.evaluate` computes it.
    private mutating func expr(_ i: Int, _ program: ScreeningProgram, _ s: ScreeningProgram.Scheme, _ plan: ScreeningPlan, _ base: Int, _ facts: FactSet) -> Double? {
        let x = program.exprs[i]
        func arg(_ k: Int) -> Int { Int(program.args[Int(x.first) + k]) }
        switch x.op {
        case .number: return x.value
        case .step:
            let k = Int(x.ref)
            switch stepState[k] {
            case 1: return stepValue[k]
            case 2: return nil
            default:
                let v = expr(Int(program.stepRoots[Int(s.steps.lowerBound) + k]), program, s, plan, base, facts)
                stepState[k] = v == nil ? 2 : 1
                stepValue[k] = v ?? 0
                return v
            }
        case .text: return nil
        case .fact:
            let f = Int(x.ref)
            if plan.staleFacts[f] { amountUncertain = true }
            switch tag[f] {
            case .number, .estimate, .bool: return num[f]
            case .unknown:
                amountSources.append(x.ref)
                return nil
            case .other: return nil
            }
        case .parameter:
            let p = plan.params[base + Int(x.ref)]
            switch p.kind {
            case .number:
                if p.uncertain { amountUncertain = true }
                return p.value
            case .variants:
                switch variant(p, plan, facts) {
                case .value(let v):
                    if p.uncertain { amountUncertain = true }
                    return v
                case .none: return nil
                case .all:
                    // One variant only: it is the figure, whatever the selector.
                    if p.variants.count == 1 {
                        if p.uncertain { amountUncertain = true }
                        return plan.variants[Int(p.variants.lowerBound)].value
                    }
                    amountSources.append(p.selector)
                    return nil
                }
            case .unavailable, .table: return nil
            }
        case .negate:
            return expr(arg(0), program, s, plan, base, facts).map { -$0 }
        case .binary:
            let a = expr(arg(0), program, s, plan, base, facts), b = expr(arg(1), program, s, plan, base, facts)
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
                guard let v = expr(arg(k), program, s, plan, base, facts) else {
                    complete = false
                    continue
                }
                result = result.map { x.op == .min ? Swift.min($0, v) : Swift.max($0, v) } ?? v
            }
            return complete ? result : nil
        case .als:
            guard let c = expr(arg(0), program, s, plan, base, facts) else { return nil }
            return expr(arg(c != 0 ? 1 : 2), program, s, plan, base, facts)
        case .round: return expr(arg(0), program, s, plan, base, facts).map(ScreeningProgram.rounders[Int(x.ref)].round)
        case .onbekend: return nil
        case .bevat:
            let a = program.exprs[arg(0)], b = program.exprs[arg(1)]
            guard a.op == .fact, b.op == .text else { return nil }
            let f = Int(a.ref)
            switch facts.values[f] {
            case .list(let l): return l.contains(program.texts[Int(b.ref)]) ? 1 : 0
            case .unknown:
                amountSources.append(a.ref)
                return nil
            default: return nil
            }
        case .tabel:
            let a = program.exprs[arg(0)]
            guard a.op == .parameter, let v = expr(arg(1), program, s, plan, base, facts) else { return nil }
            let p = plan.params[base + Int(a.ref)]
            guard p.kind == .table else { return nil }
            if p.uncertain { amountUncertain = true }
            for k in p.bands where plan.bands[Int(k)].upTo == .infinity || v <= plan.bands[Int(k)].upTo { return plan.bands[Int(k)].value }
            return nil
        }
    }
}
