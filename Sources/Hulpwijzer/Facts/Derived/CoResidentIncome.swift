/// The yearly income of the co-residents, in total and as the huurtoeslag counts it:
/// a thuiswonend child under the age limit keeps a first part of its income free, and an
/// onderhuurder (a non-relative paying a commercial rent under a written agreement) is no
/// medebewoner at all (Awir art. 2 lid 1 onder e, 2°; Wht art. 2 and 20), so neither his income
/// nor his person counts.
enum CoResidentIncome {
    /// The free part of a young child's income.
    static let exemption = "huurtoeslag.vrijstelling_kind_onder_23"
    /// Below this age a child's income has the free part.
    static let exemptionAge = "huurtoeslag.vrijstelling_leeftijdsgrens"

    /// The unit: the medebewoners' income (Wet op de huurtoeslag, inkomen van medebewoners).
    static let definition = DerivedFact(
        concept: "inkomen van medebewoners",
        legalBasis: "Wet op de huurtoeslag (inkomen van medebewoners; vrijstelling voor een kind onder de 23); Awir art. 2 lid 1 onder e, 2° (een onderhuurder is geen medebewoner)",
        produces: [
            .init("medebewoners.inkomen_totaal", "het bruto jaarinkomen van de medebewoners samen", .euroPerJaar),
            .init("medebewoners.inkomen_huurtoeslag", "het inkomen van de medebewoners dat meetelt voor de huurtoeslag", .euroPerJaar),
            .init("huishouden.aantal_personen_huurtoeslag", "het aantal bewoners voor de huurtoeslag (zonder onderhuurders)", .aantal),
            .init("inkomen.huurtoeslag", "het inkomen voor de huurtoeslag (toetsingsinkomen en inkomen van de medebewoners)", .euroPerJaar),
            .init("huishouden.oudste_leeftijd_huurtoeslag", "de leeftijd van de oudste bewoner voor de huurtoeslag (zonder onderhuurders)", .jaren)
        ], parameters: [exemption, exemptionAge])
}

extension FactComputer {
    /// Whether co-resident `m` is an onderhuurder, who is no medebewoner for the toeslagen: a
    /// non-relative with a commercial rent. Nil when the relation or the rent is not known.
    func isSubtenant(_ m: CoResident) -> Bool? {
        guard let relation = m.relation else { return m.relatie == nil ? nil : false }
        if relation.isRelative { return false }
        return m.commercieleHuur
    }

    func setCoResidentIncome(_ facts: inout FactSet) {
        guard let others = household.medebewoners else {
            for id in [FactIDs.medebewonersInkomenTotaal, FactIDs.medebewonersInkomenHuurtoeslag,
                       FactIDs.huishoudenAantalPersonenHuurtoeslag, FactIDs.huishoudenOudsteLeeftijdHuurtoeslag] {
                facts[id] = .unknown(missing: ["medebewoners"])
            }
            return
        }
        let unit = CoResidentIncome.definition
        let free = unit.number(CoResidentIncome.exemption, in: globals, on: day, figures: figures)
        let freeBelow = unit.number(CoResidentIncome.exemptionAge, in: globals, on: day, figures: figures)
        var total = 0.0, counted = 0.0
        var incomeMissing: [String] = []
        var residents = 0.0
        var residentsMissing: [String] = []
        for (i, m) in others.enumerated() {
            let subtenant = isSubtenant(m)
            switch subtenant {
            case .some(false): residents += 1
            case .some(true): break
            case .none: residentsMissing.append(m.relatie == nil ? "medebewoners[\(i)].relatie" : "medebewoners[\(i)].commerciele_huur")
            }
            guard let inc = m.inkomenBrutoPerJaar else {
                incomeMissing.append("medebewoners[\(i)].inkomen_bruto_per_jaar")
                continue
            }
            total += inc
            if m.relation == .kind {
                guard let a = m.leeftijd else { incomeMissing.append("medebewoners[\(i)].leeftijd"); continue }
                guard let freeBelow else { incomeMissing.append("medebewoners[\(i)].inkomen_bruto_per_jaar"); continue }
                if Double(a) < freeBelow {
                    guard let free else { incomeMissing.append("medebewoners[\(i)].inkomen_bruto_per_jaar"); continue }
                    counted += max(0, inc - free)
                    continue
                }
            }
            switch subtenant {
            case .some(false): counted += inc
            case .some(true): break
            case .none: incomeMissing.append(residentsMissing.last ?? "medebewoners[\(i)].relatie")
            }
        }
        facts[FactIDs.medebewonersInkomenTotaal] = incomeMissing.isEmpty ? .number(total) : .unknown(missing: incomeMissing)
        facts[FactIDs.medebewonersInkomenHuurtoeslag] = incomeMissing.isEmpty ? .number(counted) : .unknown(missing: incomeMissing)
        setHuurtoeslagResidents(&facts, others, counted: residents, missing: residentsMissing)
    }

    /// The persons the huurtoeslag counts: applicant, partner, children and the co-residents who
    /// are no onderhuurder; and the oldest of them (for the rekengrens for the young).
    private func setHuurtoeslagResidents(_ facts: inout FactSet, _ others: [CoResident], counted: Double, missing: [String]) {
        let all = facts[FactIDs.huishoudenAantalPersonen]
        if let n = all.number, missing.isEmpty {
            facts[FactIDs.huishoudenAantalPersonenHuurtoeslag] = .number(n - Double(others.count) + counted)
        } else {
            facts[FactIDs.huishoudenAantalPersonenHuurtoeslag] = .unknown(missing: all.missing + missing)
        }
        var oldestMissing = missing
        var oldest = -1
        if let a = age(household.aanvrager) { oldest = a } else { oldestMissing.append("aanvrager.leeftijd") }
        switch household.partner {
        case .present(let p):
            if let a = age(p) { oldest = max(oldest, a) } else { oldestMissing.append("partner.leeftijd") }
        case .unknown: oldestMissing.append("partner")
        case .absent: break
        }
        for (i, m) in others.enumerated() where isSubtenant(m) == false {
            if let a = m.leeftijd { oldest = max(oldest, a) } else { oldestMissing.append("medebewoners[\(i)].leeftijd") }
        }
        facts[FactIDs.huishoudenOudsteLeeftijdHuurtoeslag] = oldestMissing.isEmpty ? .number(Double(oldest)) : .unknown(missing: oldestMissing)
    }

    /// The income the huurtoeslag tests: the toetsingsinkomen plus the co-residents' counted
    /// income; an estimated toetsingsinkomen keeps the sum an estimate. Runs after both are set.
    func setHuurtoeslagIncome(_ facts: inout FactSet) {
        let own = facts[FactIDs.inkomenToetsingsinkomen]
        let others = facts[FactIDs.medebewonersInkomenHuurtoeslag]
        switch (own, others.number) {
        case (.number(let t), .some(let o)): facts[FactIDs.inkomenHuurtoeslag] = .number(t + o)
        case (.estimate(let t, let basis), .some(let o)): facts[FactIDs.inkomenHuurtoeslag] = .estimate(t + o, basis: basis)
        default: facts[FactIDs.inkomenHuurtoeslag] = .unknown(missing: own.missing + others.missing)
        }
    }
}
