/// The highest amount of free assets the kwijtschelding can leave a household
/// (Uitvoeringsregeling Invorderingswet 1990 art. 12 lid 2 d: one month's kosten van bestaan
/// plus the average monthly net housing costs and health premiums; Regeling kwijtschelding
/// belastingen medeoverheden art. 4: a municipality or waterschap may add at most a fixed extra
/// buffer). Every part is taken at its highest: the norm without kostendelers at 100 %, the
/// rent without subtracting huurtoeslag, the premiums as paid, and the largest extra buffer.
/// Assets above it can never be left free, whatever the municipality decides.
enum KwijtscheldingBuffer {
    /// Parameter names, each a dated figure in `data/parameters/kwijtschelding.json`.
    enum P {
        static let single = "kwijtschelding.extra_buffer_max.alleenstaand"
        static let singleParent = "kwijtschelding.extra_buffer_max.alleenstaande_ouder"
        static let couple = "kwijtschelding.extra_buffer_max.paar"
    }

    /// The unit: the upper bound of the free assets.
    static let definition = DerivedFact(
        concept: "vrije buffer kwijtschelding",
        legalBasis: "Uitvoeringsregeling Invorderingswet 1990 art. 12 lid 2 d; Regeling kwijtschelding belastingen medeoverheden art. 4",
        produces: [
            .init("vermogen.kwijtschelding_buffer_hoogstens",
                  "de hoogste vrije buffer bij kwijtschelding (één maand bijstandsnorm, huur en zorgpremies, plus de grootste extra buffer die een gemeente mag geven)",
                  .euro)
        ],
        parameters: [P.single, P.singleParent, P.couple])
}

extension FactComputer {
    /// Sets `vermogen.kwijtschelding_buffer_hoogstens`, unknown (with the paths that settle it)
    /// while the rent, the premiums or the norm are unknown.
    func setKwijtscheldingBuffer(_ facts: inout FactSet) {
        let unit = KwijtscheldingBuffer.definition
        var missing: [String] = []
        var total = 0.0
        var complete = true
        // The paths are built only when the part is missing.
        func add(_ v: Double?, _ paths: @autoclosure () -> [String]) {
            if let v { total += v } else {
                complete = false
                missing += paths()
            }
        }
        let norm = Bijstandsnorm(household: household, day: day, globals: globals, computer: self)
            .norm(withCostSharers: false, adultNorms: true, facts: facts)
        add(norm.number, norm.missing)
        let housing = household.woning
        switch housing.soort.flatMap(Woonsoort.init(rawValue:)) {
        case .huur:
            add(housing.kaleHuurPerMaand, ["woning.kale_huur_per_maand"])
            add(housing.servicekostenPerMaand, ["woning.servicekosten_per_maand"])
        case .dakloos:
            break
        case .koop, .inwonend, .instelling:
            // Mortgage costs or board are not in the contract: the bound stays open.
            add(nil, [])
        case nil:
            add(nil, ["woning.soort"])
        }
        // Someone without a Dutch health insurance pays no premium for it.
        func premium(_ p: Person) -> Double? { p.zorgpremiePerMaand ?? (p.zorgverzekerd == false ? 0 : nil) }
        add(premium(household.aanvrager), ["aanvrager.zorgpremie_per_maand"])
        switch household.partner {
        case .present(let p): add(premium(p), ["partner.zorgpremie_per_maand"])
        case .absent: break
        case .unknown: add(nil, ["partner"])
        }
        let extra: Double?
        var situation: Leefsituatie?
        if case .text(let t) = facts[FactIDs.huishoudenType] { situation = Leefsituatie(rawValue: t) }
        switch situation {
        case .alleenstaand: extra = unit.number(KwijtscheldingBuffer.P.single, in: globals, on: day, figures: figures)
        case .alleenstaandeOuder: extra = unit.number(KwijtscheldingBuffer.P.singleParent, in: globals, on: day, figures: figures)
        case .paar, .paarMetKinderen: extra = unit.number(KwijtscheldingBuffer.P.couple, in: globals, on: day, figures: figures)
        case nil:
            // Unknown household type: the largest of the three is still an upper bound.
            let all = [KwijtscheldingBuffer.P.single, KwijtscheldingBuffer.P.singleParent, KwijtscheldingBuffer.P.couple]
                .map { unit.number($0, in: globals, on: day, figures: figures) }
            extra = all.contains(where: { $0 == nil }) ? nil : all.compactMap { $0 }.max()
        }
        add(extra, [])
        let id = FactIDs.vermogenKwijtscheldingBufferHoogstens
        if complete {
            facts[id] = .number((total * 100).rounded() / 100)
        } else {
            var unique: [String] = []
            for m in missing where !unique.contains(m) { unique.append(m) }
            facts[id] = .unknown(missing: unique)
            // The parts that are known already make the buffer at least their sum (rent and
            // premiums are never negative), so assets under that sum are free whatever the rest is.
            if norm.number != nil, extra != nil {
                facts.bound(id, FactBound(low: (total * 100).rounded() / 100, high: nil,
                                          because: "ook zonder de nog onbekende woonlasten en zorgpremies"))
            }
        }
    }
}
