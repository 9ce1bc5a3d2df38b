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

    /// Evaluates every candidate scheme for the household.
    public func evaluate(_ household: Household, options: Options = Options()) throws(HouseholdError) -> Evaluation {
        let day = household.peildatum ?? options.defaultPeildatum
        try HouseholdChecks.check(household, on: day, firstDate: firstDate)
        var municipality: Municipality?
        var local: LocalCatalogue?
        if let typed = household.gemeente {
            do {
                municipality = try catalogue.municipalities.resolve(typed)
            } catch {
                throw HouseholdError(path: "gemeente", error.description)
            }
            do {
                local = try catalogue.local(for: municipality!.code)
            } catch {
                throw HouseholdError(path: "gemeente", "de gegevens van \(municipality!.name) in de catalogus zijn ongeldig: \(error.description)")
            }
        }
        if let received = household.ontvangt {
            let known = Set(catalogue.schemes.map(\.id) + (local?.schemes.map(\.id) ?? []))
            var problems: [HouseholdError.Problem] = []
            for (i, id) in received.enumerated() where !known.contains(id) {
                problems.append(.init(path: "ontvangt[\(i)]", message: "\"\(id)\" is geen bekende regeling." + Suggest.didYouMean(id, in: Array(known))))
            }
            if !problems.isEmpty { throw HouseholdError(problems: problems) }
        }

        let facts = FactComputer(household: household, day: day, globals: catalogue.globals).compute()
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(catalogue.schemes.count + (local?.schemes.count ?? 0))

        // Gates are decided once per household and shared by every scheme that has them.
        let gateEvaluator = ConditionEvaluator(facts: facts, resolver: ParameterResolver(overrides: nil, day: day))
        let gateTraces = catalogue.index.gates.map { $0.op.parameterName == nil ? gateEvaluator.evaluate($0) : nil }

        var evaluator = gateEvaluator
        let context = EvaluationContext(facts: facts, overrides: local?.overrides ?? [:], municipalityKnown: municipality != nil)
        for (i, scheme) in catalogue.schemes.enumerated() where applies(scheme, day, options) {
            var outcome = evaluate(scheme, context: context, household: household, overrides: local?.overrides[scheme.id],
                                   precomputedGates: PrecomputedGates(traces: gateTraces, positions: catalogue.index.gatesOfScheme[i]),
                                   evaluator: &evaluator)
            if let m = municipality, local?.notOffered.contains(scheme.id) == true {
                outcome.status = .nee
                outcome.traces = []
                outcome.missing = []
                outcome.amount = nil
                outcome.notes = [.text("\(m.name) biedt deze regeling niet aan.")]
            }
            outcomes.append(outcome)
        }
        for scheme in local?.schemes ?? [] where applies(scheme, day, options) {
            outcomes.append(evaluate(scheme, context: context, household: household, overrides: nil,
                                     precomputedGates: nil, evaluator: &evaluator))
        }
        // Sort small keys, not the (large) outcomes: status, national before local, then name order.
        let schemes = outcomes.map(\.scheme)
        let keys = outcomes.map { o -> Int in
            let statusRank = o.status == .ja ? 0 : o.status == .mogelijk ? 1 : 2
            return statusRank << 40 | (o.scheme.isLocal ? 1 << 39 : 0) | (o.scheme.isLocal ? 0 : o.scheme.rank)
        }
        let order = outcomes.indices.sorted { i, j in
            if keys[i] != keys[j] { return keys[i] < keys[j] }
            return (schemes[i].name, schemes[i].id) < (schemes[j].name, schemes[j].id)
        }
        outcomes.permute(to: order)
        var notes = HouseholdChecks.remarks(household, on: day)
        if municipality == nil {
            notes.append("Gemeente onbekend: geef de gemeente op om ook de eigen regelingen van de gemeente te zien (minimaregelingen, stadspas, kindregelingen). Gemeentelijke regelingen zijn nu getoetst met de landelijke standaard.")
        } else if let m = municipality, !(local?.isModelled ?? false) {
            notes.append("Voor \(m.name) zijn nog geen eigen gemeentelijke regelingen en bedragen in hulpwijzer opgenomen; kijk op de website van de gemeente. De wettelijke regelingen zijn getoetst met de landelijke standaard.")
        } else if let m = municipality, local?.schemes.isEmpty ?? true {
            notes.append("Voor \(m.name) zijn de eigen grenzen en bedragen bij wettelijke regelingen opgenomen, maar nog geen eigen minimaregelingen (zoals een stadspas); kijk daarvoor op de website van de gemeente.")
        }
        return Evaluation(id: household.id, peildatum: day, municipality: municipality,
                          localModelled: municipality == nil ? nil : !(local?.schemes.isEmpty ?? true),
                          outcomes: outcomes, notes: notes)
    }

    private func applies(_ s: Scheme, _ day: Day, _ options: Options) -> Bool {
        guard s.validFrom <= day, s.validUntil.map({ day <= $0 }) ?? true else { return false }
        return options.categories.isEmpty || s.categories.contains(where: options.categories.contains)
    }

    func evaluate(_ scheme: Scheme, facts: FactSet, household: Household, overrides: [String: Parameter]?,
                  municipalityKnown: Bool, precomputedGates: PrecomputedGates?) -> Outcome {
        let resolver = ParameterResolver(overrides: overrides, day: facts.peildatum)
        var evaluator = ConditionEvaluator(facts: facts, resolver: resolver)
        let context = EvaluationContext(facts: facts, overrides: overrides.map { [scheme.id: $0] } ?? [:], municipalityKnown: municipalityKnown)
        return evaluate(scheme, context: context, household: household, overrides: overrides,
                        precomputedGates: precomputedGates, evaluator: &evaluator)
    }

    func evaluate(_ scheme: Scheme, context: EvaluationContext, household: Household, overrides: [String: Parameter]?,
                  precomputedGates: PrecomputedGates?, evaluator: inout ConditionEvaluator) -> Outcome {
        let facts = context.facts
        let resolver = ParameterResolver(overrides: overrides, day: facts.peildatum)
        evaluator.reset(resolver: resolver)
        var outcome = Outcome(scheme: scheme, status: .nee, storedTraces: [], context: nil, notes: [], missing: [], amount: nil,
                              amountUncertain: [], receives: household.ontvangt.map { $0.contains(scheme.id) }, amountUsedEstimate: false)
        // Gates first: a failing gate decides `nee` without the rest of the tree.
        var gateTruth = Truth.yes
        var missing: [String] = []
        for (k, gate) in scheme.gates.enumerated() {
            let t = precomputedGates?.trace(k) ?? evaluator.evaluate(gate)
            gateTruth = gateTruth && t.truth
            if t.truth == .no {
                outcome.traces = [t]
                return outcome
            }
            if t.truth == .unknown { for m in t.missing where !missing.contains(m) { missing.append(m) } }
        }
        // The truth and the facts that keep it open, without building explanations: those
        // are worked out only when someone reads them (`Outcome.traces`).
        let treeTruth = evaluator.truth(scheme.conditions, missing: &missing)
        let truth = gateTruth && treeTruth
        outcome.storedTraces = nil
        outcome.context = context
        outcome.truth = truth
        outcome.treeTruth = treeTruth
        if truth == .no { return outcome }
        outcome.status = Status(truth)
        outcome.missing = truth == .unknown ? missing : []
        if outcome.status != .nee, let rule = scheme.amount {
            let a = amount(rule, facts: facts, resolver: resolver, outcome: &outcome)
            outcome.amount = a
            if rule.zeroMeansNo {
                if let y = a.perYear ?? a.once, y == 0, a.perYear != nil || a.once != nil {
                    outcome.status = .nee
                    outcome.traces = []
                    outcome.missing = []
                    outcome.notes.append(.text("Het berekende bedrag is € 0: bij dit inkomen geeft de regeling niets."))
                } else if a.perYear == nil && a.once == nil && outcome.status == .ja {
                    outcome.status = .mogelijk
                    outcome.missing = a.missing
                    outcome.notes.append(.text(a.missing.isEmpty
                        ? "Of er recht is hangt af van de hoogte van het bedrag, en dat kan hulpwijzer voor deze datum niet berekenen."
                        : "Of er recht is hangt af van de hoogte van het bedrag; daarvoor ontbreekt: \(a.missing.joined(separator: ", "))."))
                }
            }
        }
        if scheme.discretionary && outcome.status == .ja {
            outcome.status = .mogelijk
            outcome.notes.append(.discretionary)
        }
        return outcome
    }

    private func amount(_ rule: AmountRule, facts: FactSet, resolver: ParameterResolver, outcome: inout Outcome) -> Amount {
        var e = ExpressionEvaluator(facts: facts, resolver: resolver)
        let raw = rule.validFrom.map { facts.peildatum < $0 } == true ? nil : e.evaluate(rule)
        outcome.amountUncertain = e.uncertain
        outcome.amountUsedEstimate = e.usedEstimate
        var result = Amount(perMonth: nil, perYear: nil, perQuarter: nil, once: nil, estimated: true,
                            missing: e.missing.isEmpty ? [] : Array(Set(e.missing)).sorted(), steps: e.stepValues)
        if let from = rule.validFrom, facts.peildatum < from {
            result.missing = []
            return result
        }
        guard let raw else { return result }
        let native = Engine.round(max(0, raw), rule.rounding)
        switch rule.period {
        case .maand:
            result.perMonth = native
            result.perYear = Engine.round(native * 12, .cent)
        case .kwartaal:
            result.perQuarter = native
            result.perMonth = Engine.round(native / 3, rule.monthRounding)
            result.perYear = Engine.round(native * 4, .cent)
        case .jaar:
            result.perYear = native
            result.perMonth = Engine.round(native / 12, rule.monthRounding)
        case .eenmalig:
            result.once = native
        }
        return result
    }

    static func round(_ v: Double, _ r: AmountRule.Rounding) -> Double {
        switch r {
        case .cent: return (v * 100).rounded() / 100
        case .euro: return v.rounded()
        case .euro_beneden: return (v + 1e-9).rounded(.down)
        }
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
        let counts = list.map(\.schemes.count), values = list.map(\.value)
        let order = list.indices.sorted { i, j in
            counts[i] != counts[j] ? counts[i] > counts[j] : values[i] != values[j] ? values[i] > values[j] : list[i].field < list[j].field
        }
        return order.map { list[$0] }
    }
}

/// The gate tests a household decided once (shared by every scheme with the same gate),
/// and where a scheme's gates are among them.
struct PrecomputedGates {
    let traces: [Trace?]
    let positions: [Int]

    func trace(_ k: Int) -> Trace? { k < positions.count ? traces[positions[k]] : nil }
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

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
