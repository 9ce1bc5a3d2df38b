/// The query engine: computes a household's facts once, evaluates the national
/// schemes and those of the household's municipality, and explains each outcome.
public struct Engine: Sendable {
    /// The catalogue the engine evaluates.
    public let catalogue: Catalogue

    /// Creates an engine over a loaded catalogue.
    public init(catalogue: Catalogue) { self.catalogue = catalogue }

    /// Options of one query.
    public struct Options: Sendable {
        /// The date to use when the household gives no peildatum (default: today).
        public var defaultPeildatum: Day
        /// Keep only schemes of these categories (empty: all).
        public var categories: Set<Category>

        /// Creates options with a default peildatum and a category filter.
        public init(defaultPeildatum: Day = Day.today(), categories: Set<Category> = []) {
            self.defaultPeildatum = defaultPeildatum
            self.categories = categories
        }
    }

    /// The first date the catalogue has rules for.
    public var firstDate: Day { catalogue.firstDate }

    /// The household's municipality and its part of the catalogue, read before evaluation.
    public struct Preparation: Sendable {
        /// The municipality the household's `gemeente` resolves to, if given.
        public let municipality: Municipality?
        /// That municipality's own schemes and figures.
        public let local: LocalCatalogue?
    }

    /// Resolves the household's municipality (an unknown name is a household error) and loads
    /// its part of the catalogue (read once and cached; a broken file is a catalogue error).
    /// All file I/O of a query happens here, never in `evaluate(_:prepared:options:)`.
    public func prepare(_ household: Household) throws(EvaluationError) -> Preparation {
        guard let typed = household.gemeente else { return Preparation(municipality: nil, local: nil) }
        let municipality: Municipality
        do throws(MunicipalityLookupError) {
            municipality = try catalogue.memo.municipality(typed) { (t: String) throws(MunicipalityLookupError) in try catalogue.municipalities.resolve(t) }
        } catch {
            throw .household(HouseholdError(path: "gemeente", error.description))
        }
        do throws(CatalogueError) {
            return Preparation(municipality: municipality, local: try catalogue.local(for: municipality.code))
        } catch {
            throw .catalogue(error)
        }
    }

    /// Prepares and evaluates every candidate scheme for the household.
    public func evaluate(_ household: Household, options: Options = Options()) throws(EvaluationError) -> Evaluation {
        let prepared = try prepare(household)
        do throws(HouseholdError) {
            return try evaluate(household, prepared: prepared, options: options)
        } catch {
            throw .household(error)
        }
    }

    /// Evaluates every candidate scheme for a prepared household; reads no files.
    ///
    /// The statuses, missing facts and the places of the tests that explain them come from the
    /// compiled programs (`Screener`); the outcomes are then made as `evaluateByTree` makes them
    /// (`outcome(_:truth:treeTruth:failedGate:missing:…)`), so both give the same evaluation.
    public func evaluate(_ household: Household, prepared: Preparation, options: Options = Options()) throws(HouseholdError) -> Evaluation {
        var screener = catalogue.screening.restingBuffers().map { Screener(catalogue: catalogue, options: options, reusing: $0) }
            ?? Screener(catalogue: catalogue, options: options)
        screener.keepsAmounts = true
        defer { catalogue.screening.rest(screener.buffers) }
        try screener.screen(household, prepared: prepared)
        return screener.evaluation(household, prepared: prepared)
    }

    /// Prepares and evaluates a household by walking each scheme's condition tree (the reference).
    func evaluateByTree(_ household: Household, options: Options = Options()) throws(EvaluationError) -> Evaluation {
        let prepared = try prepare(household)
        do throws(HouseholdError) {
            return try evaluateByTree(household, prepared: prepared, options: options)
        } catch {
            throw .household(error)
        }
    }

    /// Evaluates a prepared household by walking each scheme's condition tree: the reference
    /// that `evaluate(_:prepared:options:)` (compiled programs) is tested against.
    func evaluateByTree(_ household: Household, prepared: Preparation, options: Options = Options()) throws(HouseholdError) -> Evaluation {
        let day = household.peildatum ?? options.defaultPeildatum
        try HouseholdChecks.check(household, on: day, firstDate: firstDate)
        let municipality = prepared.municipality
        let local = prepared.local
        try checkReceived(household, local: local)

        let facts = FactComputer(household: household, day: day, globals: catalogue.globals, memo: catalogue.memo).compute()
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(catalogue.schemes.count + (local?.schemes.count ?? 0))
        var ranks: [Int] = []
        ranks.reserveCapacity(catalogue.schemes.count + (local?.schemes.count ?? 0))

        // Gates are decided once per household and shared by every scheme that has them.
        let gateEvaluator = ConditionEvaluator(facts: facts, resolver: ParameterResolver(overrides: nil, day: day))
        let sharedGates = PrecomputedGates.decide(catalogue.index.gates, gateEvaluator)

        let context = EvaluationContext(facts: facts, overrides: local?.overrides ?? [:], municipalityKnown: municipality != nil)
        let localIndex = local.map { catalogue.memo.localIndex($0, national: catalogue.schemes) }
        for (i, scheme) in catalogue.schemes.enumerated() where scheme.applies(on: day, categories: options.categories) {
            let notOffered = municipality.flatMap { localIndex?.notHere(i, in: $0) }
            ranks.append(catalogue.nameRank[i])
            outcomes.append(evaluate(scheme, context: context, household: household, overrides: localIndex?.overrides[i] ?? nil,
                                     precomputedGates: PrecomputedGates(gates: sharedGates, positions: catalogue.index.gatesOfScheme[i]),
                                     notOffered: notOffered, policyNotFound: localIndex?.policyNotFound[i] ?? nil))
        }
        for (k, scheme) in (local?.schemes ?? []).enumerated() where scheme.applies(on: day, categories: options.categories) {
            // Local schemes carry their place in name order, so the sort below needs no names.
            ranks.append(scheme.isLocal ? localIndex?.localRank[k] ?? 0 : 0)
            outcomes.append(evaluate(scheme, context: context, household: household, overrides: nil, precomputedGates: nil))
        }
        // Sort small keys, not the (large) outcomes: status, national before local, then name order.
        let schemes = outcomes.map(\.scheme)
        let keys = outcomes.indices.map { k -> Int in
            // Fields read in place: `let o = outcomes[k]` would copy the whole outcome.
            let status = outcomes[k].status
            let statusRank = status == .ja ? 0 : status == .mogelijk ? 1 : 2
            return statusRank << 40 | (schemes[k].isLocal ? 1 << 39 : 0) | ranks[k]
        }
        let order = outcomes.indices.sorted { i, j in
            if keys[i] != keys[j] { return keys[i] < keys[j] }
            return (schemes[i].name, schemes[i].id) < (schemes[j].name, schemes[j].id)
        }
        outcomes.permute(to: order)
        return evaluation(household, day: day, prepared: prepared, outcomes: outcomes)
    }

    /// The evaluation of a household from its outcomes in listing order, with the notes on the
    /// household and its municipality.
    func evaluation(_ household: Household, day: Day, prepared: Preparation, outcomes: [Outcome]) -> Evaluation {
        let municipality = prepared.municipality, local = prepared.local
        var notes = HouseholdChecks.remarks(household, on: day).map(EvaluationNote.household)
        if municipality == nil {
            notes.append(.municipalityUnknown)
        } else if let m = municipality, !(local?.isModelled ?? false) {
            notes.append(.municipalityNotModelled(name: m.name))
        } else if let m = municipality, local?.schemes.isEmpty ?? true {
            notes.append(.municipalityWithoutLocalSchemes(name: m.name))
        }
        if let m = municipality, let found = local?.notFound, !found.isEmpty { notes.append(.municipalityNotFound(name: m.name, items: found)) }
        return Evaluation(id: household.id, peildatum: day, municipality: municipality,
                          localModelled: municipality == nil ? nil : !(local?.schemes.isEmpty ?? true),
                          outcomes: outcomes, notes: notes)
    }

    /// Every id in `ontvangt` names a scheme of the catalogue or of the municipality.
    func checkReceived(_ household: Household, local: LocalCatalogue?) throws(HouseholdError) {
        guard let received = household.ontvangt else { return }
        // The index answers the common case (every id known) without building a set per household.
        let localSchemes = local?.schemes ?? []
        if !received.allSatisfy({ id in catalogue.index.byID[id] != nil || localSchemes.contains { $0.id == id } }) {
            let known = Set(catalogue.schemes.map(\.id) + localSchemes.map(\.id))
            var problems: [HouseholdError.Problem] = []
            for (i, id) in received.enumerated() where !known.contains(id) {
                problems.append(.init(path: "ontvangt[\(i)]", message: "\(Quoted.text(id)) is geen bekende regeling." + Suggest.didYouMean(id, in: Array(known))))
            }
            if !problems.isEmpty { throw HouseholdError(problems: problems) }
        }
    }

    func evaluate(_ scheme: Scheme, context: EvaluationContext, household: Household, overrides: [String: Parameter]?,
                  precomputedGates: PrecomputedGates?, notOffered: Verdict.NotHere? = nil, policyNotFound: NotFound? = nil) -> Outcome {
        let facts = context.facts
        let resolver = ParameterResolver(overrides: overrides, day: facts.peildatum)
        let evaluator = ConditionEvaluator(facts: facts, resolver: resolver)
        // Gates first: a failing gate decides `nee` without the rest of the tree.
        var gateTruth = Truth.yes
        var failedGate: Int?
        var missing = MissingPaths()
        for (k, gate) in scheme.gates.enumerated() {
            // A shared gate is read in place.
            if let shared = precomputedGates?.truth(k) {
                gateTruth = gateTruth && shared
                if shared == .no {
                    failedGate = k
                    break
                }
                if shared == .unknown, let paths = precomputedGates?.missing(k) { missing.add(paths) }
                continue
            }
            let t = evaluator.trace(gate)
            gateTruth = gateTruth && t.truth
            if t.truth == .no {
                failedGate = k
                break
            }
            if t.truth == .unknown { missing.add(t.missing) }
        }
        // The truth and the facts that keep it open, without building explanations: those
        // are worked out only when someone asks (`Outcome.explain()`).
        let treeTruth = failedGate == nil ? evaluator.evaluate(scheme.conditions, into: &missing) : .no
        let truth = gateTruth && treeTruth
        return outcome(scheme, truth: truth, treeTruth: treeTruth, failedGate: failedGate, missing: missing.paths,
                       receives: household.ontvangt.map { $0.contains(scheme.id) }, context: context,
                       computed: truth == .no ? nil : scheme.amount.map { amount($0, facts: facts, resolver: resolver) },
                       notOffered: notOffered, policyNotFound: policyNotFound)
    }

    /// A scheme's outcome from the truth of its gates and conditions together (`truth`), of its
    /// conditions (`treeTruth`), the gate that failed (by position), the facts that keep an
    /// unknown truth open and the amount (computed when the truth is not `nee` and the scheme has
    /// an amount rule): the verdict and what explains it.
    func outcome(_ scheme: Scheme, truth: Truth, treeTruth: Truth, failedGate: Int?, missing: [String], receives: Bool?,
                 context: EvaluationContext, computed: ComputedAmount?, notOffered: Verdict.NotHere?, policyNotFound: NotFound?) -> Outcome {
        let facts = context.facts
        let verdict = Verdict.decide(truth: truth, missing: missing, amount: computed?.amount, zeroMeansNo: scheme.amount?.zeroMeansNo ?? false,
                                     discretionary: scheme.discretionary, notOffered: notOffered, policyNotFound: policyNotFound)
        let evidence: Outcome.Evidence = verdict.withoutTraces ? .fixed([])
            : failedGate.map { .failedGate(context, $0) } ?? .conditions(context, truth: truth, treeTruth: treeTruth)
        return Outcome(scheme: scheme, status: verdict.status, notes: verdict.notes, missing: verdict.missing,
                       amount: verdict.showsAmount ? computed?.amount : nil,
                       receives: receives, day: facts.peildatum, evidence: evidence,
                       amountUncertain: computed?.uncertain ?? [], amountUsedEstimate: computed?.usedEstimate ?? false)
    }

    /// Computes a scheme's amount rule for the household's facts.
    func amount(_ rule: AmountRule, facts: FactSet, resolver: ParameterResolver) -> ComputedAmount {
        var e = ExpressionEvaluator(facts: facts, resolver: resolver)
        let raw = rule.validFrom.map { facts.peildatum < $0 } == true ? nil : e.evaluate(rule)
        let found = (e.uncertain, e.usedEstimate)
        var result = Amount(perMonth: nil, perYear: nil, perQuarter: nil, once: nil, estimated: true,
                            missing: e.missing.isEmpty ? [] : Array(Set(e.missing)).sorted(), steps: e.stepValues)
        if let from = rule.validFrom, facts.peildatum < from {
            result.missing = []
            return ComputedAmount(amount: result, uncertain: found.0, usedEstimate: found.1)
        }
        guard let raw else {
            result.unknownReason = e.failure
            return ComputedAmount(amount: result, uncertain: found.0, usedEstimate: found.1)
        }
        // Inputs are bounded (`InputLimits.amount`), but a formula may still multiply them past any real amount.
        guard raw.isFinite, abs(raw) < Money.limit / 100 else {
            result.unknownReason = Amount.tooLarge
            return ComputedAmount(amount: result, uncertain: found.0, usedEstimate: found.1)
        }
        let native = Money.rounded(max(0, raw), rule.rounding)
        (result.perMonth, result.perYear, result.perQuarter, result.once) = rule.period.split(native, monthRounding: rule.monthRounding)
        return ComputedAmount(amount: result, uncertain: found.0, usedEstimate: found.1)
    }

    /// Unknown facts of `mogelijk` outcomes, ranked by how many schemes they
    /// would settle, then by the money involved.
    static func questions(_ outcomes: [Outcome]) -> [Question] {
        // Few distinct fields per household: a linear search beats hashing here.
        var list: [Question] = []
        for o in outcomes where o.status == .mogelijk {
            for m in o.missing {
                let k: Int
                if let found = list.firstIndex(where: { $0.field == m }) { k = found } else {
                    list.append(Question(field: m, schemes: [], value: 0))
                    k = list.count - 1
                }
                list[k].schemes.append(o.scheme.id)
                list[k].value += o.amount?.yearly ?? 0
            }
        }
        let counts = list.map { $0.schemes.count }, values = list.map { $0.value }
        let order = list.indices.sorted { i, j in
            counts[i] != counts[j] ? counts[i] > counts[j] : values[i] != values[j] ? values[i] > values[j] : list[i].field < list[j].field
        }
        return order.map { list[$0] }
    }
}

/// The gate tests a household decided once (shared by every scheme with the same gate),
/// and where a scheme's gates are among them.
struct PrecomputedGates {
    /// One shared gate's result: its truth and the paths that would settle it.
    struct Gate {
        let truth: Truth
        let missing: [String]
    }

    let gates: [Gate?]
    let positions: [Int]

    /// Decides each gate once for a household. Gates that compare with a parameter are left
    /// out (nil): a municipality may set their figure, so each scheme decides them itself.
    static func decide(_ leaves: [Condition.Leaf], _ evaluator: ConditionEvaluator) -> [Gate?] {
        leaves.map { leaf in
            guard leaf.op.parameterName == nil else { return nil }
            let result = evaluator.decide(leaf, withReference: false)
            return Gate(truth: result.truth, missing: result.truth == .no ? [] : result.missing)
        }
    }

    /// The truth of the scheme's gate `k`, read in place (nil when it is not shared).
    func truth(_ k: Int) -> Truth? { k < positions.count ? gates[positions[k]]?.truth : nil }

    /// The paths that would settle the scheme's gate `k` (nil when it is not shared).
    func missing(_ k: Int) -> [String]? { k < positions.count ? gates[positions[k]]?.missing : nil }
}

extension AmountRule.Period {
    /// An amount paid per this period as the amounts per month, year and quarter, or once.
    func split(_ native: Money, monthRounding: AmountRule.Rounding) -> (perMonth: Money?, perYear: Money?, perQuarter: Money?, once: Money?) {
        switch self {
        case .maand: return (native, native * 12, nil, nil)
        case .kwartaal: return (Money.rounded(native.euros / 3, monthRounding), native * 4, native, nil)
        case .jaar: return (Money.rounded(native.euros / 12, monthRounding), native, nil, nil)
        case .eenmalig: return (nil, nil, nil, native)
        }
    }
}

extension Array {
    /// Reorders the array so that element `i` becomes the old element `order[i]`,
    /// by swapping (no copies of the elements).
    mutating func permute(to order: [Int]) {
        var done = [Bool](repeating: false, count: count)
        // Swapping through the buffer moves elements without retaining and releasing them.
        withUnsafeMutableBufferPointer { buffer in
            for start in buffer.indices where !done[start] {
                var i = start
                while true {
                    done[i] = true
                    let next = order[i]
                    if next == start { break }
                    buffer.swapAt(i, next)
                    i = next
                }
            }
        }
    }
}

