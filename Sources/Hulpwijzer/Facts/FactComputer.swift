/// Computes a household's facts, direct and derived, for a peildatum: first the
/// contract fields, then each derived unit of `DerivedFact.all`.
///
/// Derived facts follow the rule "unknown is not zero": when an input is
/// missing, the derived fact is unknown and names the missing input paths.
struct FactComputer {
    let household: Household
    let day: Day
    let globals: ParameterStore
    /// The catalogue's memo for answers that depend only on the peildatum (nil: compute each time).
    var memo: EvaluationMemo? = nil
    /// The derived units' figures on the day, from the memo (taken once per household).
    var figures: DayFigures? = nil

    /// The value, or unknown with the path that would make it known (built only then).
    static func known<T>(_ v: T?, _ path: @autoclosure () -> String, _ make: (T) -> FactValue) -> FactValue {
        guard let v else { return .unknown(missing: [path()]) }
        return make(v)
    }

    /// A contract field with the id of its fact and its path, resolved once.
    private struct Copy<Host>: Sendable {
        let id: FactID
        let path: String
        let field: ContractField<Host>
        /// The value when the field is not given (built once, not per household).
        let unknown: FactValue
    }

    /// The fields of a section that are copied as facts (the computed ones are set apart).
    private static func copies<Host>(_ fields: [ContractField<Host>], _ prefix: String) -> [Copy<Host>] {
        fields.compactMap { field in
            let path = prefix + field.key
            switch field.fact {
            case .none, .computed: return nil
            case .same: return Copy(id: FactRegistry.require(path), path: path, field: field, unknown: .unknown(missing: [path]))
            case .named(let name): return Copy(id: FactRegistry.require(name), path: path, field: field, unknown: .unknown(missing: [path]))
            }
        }
    }

    private static let aanvrager = copies(ContractFields.person, "aanvrager.")
    private static let partner = copies(ContractFields.person, "partner.")
    private static let partnerFacts = FactRegistry.all.indices.filter { FactRegistry.all[$0].name.hasPrefix("partner.") }
    private static let top = copies(ContractFields.household, "")
    private static let housing = copies(ContractFields.housing, "woning.")
    private static let income = copies(ContractFields.income, "inkomen.")
    private static let assets = copies(ContractFields.assets, "vermogen.")
    private static let debts = copies(ContractFields.debts, "schulden.")

    private static func copy<Host>(_ copies: [Copy<Host>], of host: Host, into facts: inout FactSet) {
        // By index: reading each entry in place copies no `Copy` (with its closures and strings).
        for i in copies.indices { facts[copies[i].id] = copies[i].field.get(host)?.fact ?? copies[i].unknown }
    }

    func compute() -> FactSet {
        var facts = FactSet(peildatum: day)
        compute(into: &facts)
        return facts
    }

    /// Computes the facts into `facts`, reusing its storage (every earlier value is replaced).
    func compute(into facts: inout FactSet) {
        if figures == nil, let memo {
            var withFigures = self
            withFigures.figures = memo.figures(on: day, globals)
            withFigures.compute(into: &facts)
            return
        }
        facts.reset(peildatum: day)
        setPerson(&facts, "aanvrager", Self.aanvrager, (FactIDs.aanvragerLeeftijd, FactIDs.aanvragerWerkt, FactIDs.aanvragerAowLeeftijdBereikt), household.aanvrager)
        if let p = household.partner.value {
            setPerson(&facts, "partner", Self.partner, (FactIDs.partnerLeeftijd, FactIDs.partnerWerkt, FactIDs.partnerAowLeeftijdBereikt), p)
        } else {
            let missing = household.partner == .unknown ? ["partner"] : []
            for id in Self.partnerFacts { facts[id] = .unknown(missing: missing) }
        }
        Self.copy(Self.top, of: household, into: &facts)
        Self.copy(Self.housing, of: household.woning, into: &facts)
        Self.copy(Self.income, of: household.inkomen, into: &facts)
        Self.copy(Self.assets, of: household.vermogen, into: &facts)
        Self.copy(Self.debts, of: household.schulden, into: &facts)
        let partner = hasPartner()
        setChildren(&facts)
        setQuarterAges(&facts)
        setComposition(&facts, hasPartner: partner)
        setCostSharers(&facts)
        setHouseholdAow(&facts, hasPartner: partner)
        setCoResidentIncome(&facts)
        facts[FactIDs.inkomenToetsingsinkomen] = toetsingsinkomen()
        setHuurtoeslagIncome(&facts)
        Bijstandsnorm(household: household, day: day, globals: globals, computer: self).set(&facts)
        setAssets(&facts)
        setKwijtscheldingBuffer(&facts)
        markStaleFigures(&facts)
    }

    private func setPerson(_ facts: inout FactSet, _ who: String, _ copies: [Copy<Person>], 
                           _ ids: (age: FactID, works: FactID, aow: FactID), _ p: Person) {
        Self.copy(copies, of: p, into: &facts)
        facts[ids.age] = Self.known(age(p), "\(who).leeftijd") { .number(Double($0)) }
        facts[ids.works] = works(p, who)
        facts[ids.aow] = aowReached(p, who)
    }

    /// The toetsingsinkomen as given, or estimated from net income when only that is known.
    private func toetsingsinkomen() -> FactValue {
        if let t = household.inkomen.toetsingsinkomenPerJaar { return .number(t) }
        guard let net = household.inkomen.nettoPerMaand else {
            return .unknown(missing: ["inkomen.toetsingsinkomen_per_jaar"])
        }
        return IncomeEstimator(household: household, day: day, globals: globals, figures: figures).estimate(netPerMonth: net)
            ?? .unknown(missing: ["inkomen.toetsingsinkomen_per_jaar"])
    }

    func truth(_ v: FactValue) -> Truth {
        if case .bool(let b) = v { return Truth(b) }
        return .unknown
    }

    /// A truth as a fact; unknown names the missing paths once each, sorted (built only then).
    func value(_ t: Truth, _ missing: @autoclosure () -> [String]) -> FactValue {
        switch t {
        case .yes: return .bool(true)
        case .no: return .bool(false)
        case .unknown:
            // The paths are gathered only for an unknown truth.
            var unique: [String] = []
            for m in missing() where !unique.contains(m) { unique.append(m) }
            return .unknown(missing: unique.sorted())
        }
    }
}
