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
        /// Cents, `Int64.min` when absent (`Item.money`).
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
        /// The truth of gates and conditions together, of the conditions alone, and the failing gate
        /// (-1: none): what the explanation shows, for `hasUncertainFigures`.
        var truth = Truth.no
        var treeTruth = Truth.no
        var failedGate: Int16 = -1

        /// An amount field as money (nil when absent).
        static func money(_ cents: Int64) -> Money? { cents == .min ? nil : Money(cents: cents) }
    }

    /// The kind of a fact's value in the flat fact vector.
    enum Tag: UInt8 { case unknown, number, estimate, bool, other }

    /// The scratch buffers: the household's facts, flat, and the sources of missing paths.
    final class Scratch {
        let tag: FlatBuffer<Tag>
        let num: FlatBuffer<Double>
        let low: FlatBuffer<Double>
        let high: FlatBuffer<Double>
        let bounded: FlatBuffer<Bool>
        /// Missing sources (a fact, or -1 for the toetsingsinkomen), each once: at most one per fact.
        let sources: FlatBuffer<Int32>
        let amountSources: FlatBuffer<Int32>
        var stepState: FlatBuffer<UInt8>
        var stepValue: FlatBuffer<Double>

        init(steps: Int) {
            let n = FactRegistry.all.count
            tag = FlatBuffer(repeating: .unknown, count: n)
            num = FlatBuffer(repeating: 0, count: n)
            low = FlatBuffer(repeating: 0, count: n)
            high = FlatBuffer(repeating: 0, count: n)
            bounded = FlatBuffer(repeating: false, count: n)
            sources = FlatBuffer(repeating: 0, count: n + 1)
            amountSources = FlatBuffer(repeating: 0, count: n + 1)
            stepState = FlatBuffer(repeating: 0, count: steps)
            stepValue = FlatBuffer(repeating: 0, count: steps)
        }
    }

    let scratch: Scratch
    private var receivedNational: [Bool]
    private var receivedLocal: [Bool] = []

    /// The last household's answers, in listing order, and the paths they name.
    private(set) var items: [Item] = []
    private var sorted: [Item] = []
    /// The plans used last, most recent first (a caseload spans few days and municipalities).
    private var recent: [ScreeningPlan] = []
    private(set) var paths: [String] = []
    /// The plan of the last household.
    private(set) var plan: ScreeningPlan?
    /// The last household's facts (for explanations of single items).
    private(set) var facts: FactSet?
    /// The evaluation's amounts are kept (`keptAmount(_:)`): `Engine.evaluate` makes its outcomes from them.
    var keepsAmounts = false
    /// With `keepsAmounts`, the last household's amounts as `Engine.amount` gives them, and per
    /// plan entry the place of its amount there (-1: no amount rule, or the conditions fail).
    private var keptAmounts: [ComputedAmount] = []
    private var keptOf: [Int32] = []

    /// Only the money a household misses is asked for (`batch --gemist` without a report):
    /// schemes that are not money to claim, or that the household receives, are not evaluated
    /// (they are never shown) and get the status `nee`.
    var onlyMissedMoney = false

    init(catalogue: Catalogue, options: Engine.Options = Engine.Options()) {
        self.catalogue = catalogue
        self.options = options
        scratch = Scratch(steps: catalogue.screening.national(catalogue).maxSteps)
        receivedNational = [Bool](repeating: false, count: catalogue.schemes.count)
        items.reserveCapacity(64)
        paths.reserveCapacity(64)
    }

    /// What a screener allocates and reuses from household to household: its scratch, its arrays
    /// (with their capacity), its recent plans and its last facts' storage. `Engine.evaluate`
    /// keeps a few at rest (`ScreeningCache.restingBuffers`), so that one evaluation allocates little.
    struct Buffers {
        fileprivate var scratch: Scratch
        fileprivate var receivedNational: [Bool], receivedLocal: [Bool]
        fileprivate var items: [Item], sorted: [Item], paths: [String]
        /// Plans for these categories.
        fileprivate var recent: [ScreeningPlan], categories: Set<Category>
        fileprivate var facts: FactSet?
        fileprivate var keptAmounts: [ComputedAmount], keptOf: [Int32]
    }

    /// A screener over the buffers of an earlier one of the same catalogue.
    init(catalogue: Catalogue, options: Engine.Options, reusing b: Buffers) {
        self.catalogue = catalogue
        self.options = options
        (scratch, receivedNational, receivedLocal) = (b.scratch, b.receivedNational, b.receivedLocal)
        (items, sorted, paths, facts, keptAmounts, keptOf) = (b.items, b.sorted, b.paths, b.facts, b.keptAmounts, b.keptOf)
        // The recent plans are for the earlier screener's category filter.
        recent = b.categories == options.categories ? b.recent : []
    }

    /// The buffers, for a later screener of the same catalogue.
    var buffers: Buffers {
        Buffers(scratch: scratch, receivedNational: receivedNational, receivedLocal: receivedLocal, items: items, sorted: sorted, paths: paths,
                recent: recent, categories: options.categories, facts: facts, keptAmounts: keptAmounts, keptOf: keptOf)
    }

    /// The kept amount of plan entry `k` (with `keepsAmounts`), if it has one.
    func keptAmount(_ k: Int32) -> ComputedAmount? {
        let at = keptOf[Int(k)]
        return at < 0 ? nil : keptAmounts[Int(at)]
    }

    /// Screens one household: checks it as `Engine.evaluate` does (the same errors), then fills `items`.
    mutating func screen(_ household: Household) throws(EvaluationError) {
        let prepared = try Engine(catalogue: catalogue).prepare(household)
        do throws(HouseholdError) {
            try screen(household, prepared: prepared)
        } catch {
            throw .household(error)
        }
    }

    /// Screens one household whose municipality is prepared (`Engine.prepare`).
    mutating func screen(_ household: Household, prepared: Engine.Preparation) throws(HouseholdError) {
        let day = household.peildatum ?? options.defaultPeildatum
        try HouseholdChecks.check(household, on: day, firstDate: catalogue.firstDate)
        try Engine(catalogue: catalogue).checkReceived(household, local: prepared.local)
        let plan = self.plan(day, prepared)
        self.plan = plan
        // The last household's facts are computed over (taken out first, so their storage is unshared).
        var reused = self.facts ?? FactSet(peildatum: day)
        self.facts = nil
        FactComputer(household: household, day: day, globals: catalogue.globals, memo: catalogue.memo).compute(into: &reused)
        let facts = reused
        self.facts = facts
        load(facts)
        let national = plan.national, local = plan.localProgram
        markReceived(household.ontvangt, plan, national, local)
        items.removeAll(keepingCapacity: true)
        paths.removeAll(keepingCapacity: true)
        if keepsAmounts {
            keptAmounts.removeAll(keepingCapacity: true)
            if keptOf.count != plan.entries.count { keptOf = [Int32](repeating: -1, count: plan.entries.count) }
            keptOf.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
        }
        if let local, local.maxSteps > scratch.stepState.count {
            scratch.stepState = FlatBuffer(repeating: 0, count: local.maxSteps)
            scratch.stepValue = FlatBuffer(repeating: 0, count: local.maxSteps)
        }
        var nationalRun = Run(national, plan, scratch, facts)
        var localRun = local.map { Run($0, plan, scratch, facts) }
        nationalRun.namesUncertainty = keepsAmounts
        localRun?.namesUncertainty = keepsAmounts
        withExtendedLifetime((national, local, plan)) {
            for k in plan.entries.indices {
                let e = plan.entries[k]
                let receives: Int8 = household.ontvangt == nil ? -1 : (e.isLocal ? receivedLocal[Int(e.scheme)] : receivedNational[Int(e.scheme)]) ? 1 : 0
                var item: Item
                if onlyMissedMoney && (receives == 1 || plan.kinds.base[k] != .geld) {
                    item = Item(entry: Int32(k), status: .nee)
                } else if e.isLocal {
                    item = evaluate(e, Int32(k), &localRun!, facts)
                } else {
                    item = evaluate(e, Int32(k), &nationalRun, facts)
                }
                item.receives = receives
                items.append(item)
            }
        }
        sortItems(plan)
    }

    /// The plan for the household's day and municipality: a recent one when they agree, without hashing.
    private mutating func plan(_ day: Day, _ prepared: Engine.Preparation) -> ScreeningPlan {
        let code = prepared.municipality?.code
        if let k = recent.firstIndex(where: { $0.day == day && $0.municipality?.code == code }) {
            if k > 0 { recent.swapAt(k, k - 1) }
            return recent[max(0, k - 1)]
        }
        let p = catalogue.screening.plan(catalogue, day: day, options: options, municipality: prepared.municipality, local: prepared.local)
        if recent.count >= Self.recentPlans { recent.removeLast() }
        recent.insert(p, at: 0)
        return p
    }

    /// The most plans a screener keeps at hand.
    static let recentPlans = 64

    private func load(_ facts: FactSet) {
        let tag = scratch.tag.base, num = scratch.num.base, bounded = scratch.bounded.base
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
            scratch.low.base[id] = b.low ?? -.infinity
            scratch.high.base[id] = b.high ?? .infinity
        }
    }

    private mutating func markReceived(_ received: [String]?, _ plan: ScreeningPlan, _ national: ScreeningProgram, _ local: ScreeningProgram?) {
        for i in receivedNational.indices { receivedNational[i] = false }
        let count = plan.local?.schemes.count ?? 0
        if receivedLocal.count != count { receivedLocal = [Bool](repeating: false, count: count) }
        for i in receivedLocal.indices { receivedLocal[i] = false }
        guard let received else { return }
        for id in received {
            for i in national.positions[id] ?? [] { receivedNational[i] = true }
            for k in local?.positions[id] ?? [] { receivedLocal[k] = true }
        }
    }

    /// Orders the items as `Engine.evaluate` orders its outcomes: status, then national before
    /// local, then name and id: the plan's listing order, split by status in one pass.
    private mutating func sortItems(_ plan: ScreeningPlan) {
        var yes = 0, maybe = 0
        for it in items {
            if it.status == .ja { yes += 1 } else if it.status == .mogelijk { maybe += 1 }
        }
        if sorted.count != items.count { sorted = items }
        // One pass in listing order, each item put straight at the next place of its status.
        var next = (ja: 0, mogelijk: yes, nee: yes + maybe)
        sorted.withUnsafeMutableBufferPointer { out in
            items.withUnsafeBufferPointer { from in
                for k in plan.listingOrder {
                    let it = from[k]
                    switch it.status {
                    case .ja:
                        out[next.ja] = it
                        next.ja += 1
                    case .mogelijk:
                        out[next.mogelijk] = it
                        next.mogelijk += 1
                    case .nee:
                        out[next.nee] = it
                        next.nee += 1
                    }
                }
            }
        }
        swap(&items, &sorted)
    }

    /// The scheme of an item.
    func scheme(_ item: Item) -> Scheme { plan!.schemes[Int(item.entry)] }

    // MARK: One scheme

    private mutating func evaluate(_ e: ScreeningPlan.Entry, _ k: Int32, _ run: inout Run, _ facts: FactSet) -> Item {
        if e.notHere != 0 { return Item(entry: k, status: .nee) }
        let s = run.heads[Int(e.scheme)]
        run.base = Int(e.slots.lowerBound)
        if e.ownSlots != run.ownTables {
            run.use(own: e.ownSlots)
            run.ownTables = e.ownSlots
        }
        run.sourceCount = 0
        var gateTruth = Truth.yes
        var failed: Int16 = -1
        for g in s.gates {
            let t = run.leaf(Int(g))
            gateTruth = gateTruth && t
            if t == .no {
                failed = Int16(g - s.gates.lowerBound)
                break
            }
        }
        let treeTruth = failed >= 0 ? .no : run.tree(Int(s.root))
        let truth = gateTruth && treeTruth
        var item = Item(entry: k, status: .nee)
        (item.truth, item.treeTruth, item.failedGate) = (truth, treeTruth, failed)
        guard truth != .no else {
            // The traces that explain the `nee` may name an uncertain figure.
            item.uncertain = e.mayBeUncertain ? 2 : 0
            return item
        }

        // The amount, as `Engine.amount` computes it.
        var amountUnknownReason = false
        var tooLarge = false, known = false
        run.amountCount = 0
        run.amountUncertain = false
        run.amountUsedEstimate = false
        if run.namesUncertainty { run.amountUncertainSources.removeAll(keepingCapacity: true) }
        if e.hasRule && e.amountActive {
            run.amountFailed = false
            run.stepBase = Int(s.steps.lowerBound)
            for i in 0..<s.steps.count { run.stepState[i] = 0 }
            if let raw = run.expr(Int(s.amount)) {
                known = true
                if raw.isFinite, abs(raw) < Money.limit / 100 {
                    let split = e.period.split(Money.rounded(max(0, raw), e.rounding), monthRounding: e.monthRounding)
                    item.perMonth = split.perMonth?.cents ?? .min
                    item.perYear = split.perYear?.cents ?? .min
                    item.perQuarter = split.perQuarter?.cents ?? .min
                    item.once = split.once?.cents ?? .min
                } else {
                    amountUnknownReason = true
                    tooLarge = true
                }
            } else {
                amountUnknownReason = run.amountFailed
            }
        }
        if keepsAmounts && e.hasRule {
            let reason = tooLarge ? Amount.tooLarge : amountUnknownReason ? Amount.divisionByZero : nil
            keepAmount(k, e, s, &run, item, known: known, unknownReason: reason, facts)
        }

        // The verdict, as `Verdict.decide` gives it.
        var status = Status(truth)
        var openFromAmount = false
        if amountUnknownReason {
            if status == .ja { status = .mogelijk }
        } else if e.zeroMeansNo, e.hasRule {
            let y = item.perYear != .min ? item.perYear : item.once
            if y == 0 {
                // `nee`, with the amount (0) that says why (and only the amount's figures explain it).
                item.status = .nee
                item.uncertain = run.amountUncertain ? 1 : 0
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
            if run.amountCount > 0 {
                materialize(run.amountSources, run.amountCount, facts)
                paths[Int(start)...].sort()
            }
        } else if truth == .unknown {
            materialize(run.sources, run.sourceCount, facts)
        }
        item.missing = start..<Int32(paths.count)
        item.uncertain = run.amountUncertain ? 1 : e.mayBeUncertain ? 2 : 0
        return item
    }

    /// Keeps entry `k`'s amount as `Engine.amount` makes it: the split amounts, each step's value,
    /// the facts that would make an unknown amount known (sorted) and why it cannot be computed.
    private mutating func keepAmount(_ k: Int32, _ e: ScreeningPlan.Entry, _ s: ScreeningProgram.Head, _ run: inout Run, _ item: Item,
                                     known: Bool, unknownReason: String?, _ facts: FactSet) {
        var amount = Amount(perMonth: Item.money(item.perMonth), perYear: Item.money(item.perYear), perQuarter: Item.money(item.perQuarter),
                            once: Item.money(item.once), estimated: true, missing: [])
        if e.amountActive {
            amount.steps = (0..<s.steps.count).map { i in
                switch run.stepState[i] {
                case 1: return .value(run.stepValue[i])
                case 2: return .unknown
                default: return .notNeeded
                }
            }
            if !known && run.amountCount > 0 {
                let start = paths.count
                materialize(run.amountSources, run.amountCount, facts)
                amount.missing = paths[start...].sorted()
                paths.removeSubrange(start...)
            }
            amount.unknownReason = unknownReason
        }
        keptOf[Int(k)] = Int32(keptAmounts.count)
        keptAmounts.append(ComputedAmount(amount: amount, uncertain: run.amountUncertainSources, usedEstimate: run.amountUsedEstimate))
    }

    /// Appends the paths of the first `count` sources to `paths`, each once, in order.
    private mutating func materialize(_ list: UnsafeMutablePointer<Int32>, _ count: Int, _ facts: FactSet) {
        let start = paths.count
        for i in 0..<count {
            let s = list[i]
            if s < 0 {
                add("inkomen.toetsingsinkomen_per_jaar", from: start)
                continue
            }
            if case .unknown(let missing) = facts.values[Int(s)] { for m in missing { add(m, from: start) } }
        }
    }

    private mutating func add(_ path: String, from start: Int) {
        for i in start..<paths.count where paths[i] == path { return }
        paths.append(path)
    }
}
