/// Computes a household's facts, direct and derived, for a peildatum.
///
/// Derived facts follow the rule "unknown is not zero": when an input is
/// missing, the derived fact is unknown and names the missing input paths.
struct FactComputer {
    let household: Household
    let day: Day
    let globals: ParameterStore

    /// The value, or unknown with the path that would make it known (built only then).
    private static func known<T>(_ v: T?, _ path: @autoclosure () -> String, _ make: (T) -> FactValue) -> FactValue {
        guard let v else { return .unknown(missing: [path()]) }
        return make(v)
    }

    func compute() -> FactSet {
        var facts = FactSet(peildatum: day)
        let partnerPresent: Person? = household.partner.value
        setPerson(&facts, "aanvrager", FactIDs.aanvrager, household.aanvrager)
        if let p = partnerPresent {
            setPerson(&facts, "partner", FactIDs.partner, p)
        } else {
            let missing = household.partner == .unknown ? ["partner"] : []
            for id in FactIDs.partner.all { facts[id] = .unknown(missing: missing) }
        }

        let hasPartner: FactValue
        switch household.partner {
        case .unknown: hasPartner = .unknown(missing: ["partner"])
        case .absent: hasPartner = .bool(false)
        case .present: hasPartner = .bool(true)
        }
        facts[FactIDs.huishoudenHeeftPartner] = (hasPartner)
        setChildren(&facts)
        setHousehold(&facts, hasPartner: hasPartner)
        setMoney(&facts)
        setNorms(&facts)
        return facts
    }

    // MARK: persons

    /// Age on the peildatum from `leeftijd` or `geboortedatum`.
    func age(_ p: Person) -> Int? {
        if let a = p.leeftijd { return a }
        if let b = p.geboortedatum { return max(0, day.years(since: b)) }
        return nil
    }

    private func setPerson(_ facts: inout FactSet, _ who: String, _ ids: FactIDs.Person, _ p: Person) {
        facts[ids.leeftijd] = (Self.known(age(p), "\(who).leeftijd") { .number(Double($0)) })
        facts[ids.rechtmatigVerblijf] = (Self.known(p.rechtmatigVerblijf, "\(who).rechtmatig_verblijf") { .bool($0) })
        facts[ids.zorgverzekerd] = (Self.known(p.zorgverzekerd, "\(who).zorgverzekerd") { .bool($0) })
        facts[ids.onderwijs] = (Self.known(p.onderwijs, "\(who).onderwijs") { .text($0) })
        facts[ids.studiefinanciering] = (Self.known(p.studiefinanciering, "\(who).studiefinanciering") { .bool($0) })
        facts[ids.werkUrenPerWeek] = (Self.known(p.werkUrenPerWeek, "\(who).werk_uren_per_week") { .number($0) })
        facts[ids.zelfstandige] = (Self.known(p.zelfstandige, "\(who).zelfstandige") { .bool($0) })
        facts[ids.arbeidsongeschiktProcent] = (Self.known(p.arbeidsongeschiktProcent, "\(who).arbeidsongeschikt_procent") { .number($0) })
        facts[ids.chronischZiekOfBeperking] = (Self.known(p.chronischZiekOfBeperking, "\(who).chronisch_ziek_of_beperking") { .bool($0) })
        facts[ids.aowJarenVerzekerd] = (Self.known(p.aowJarenVerzekerd, "\(who).aow_jaren_verzekerd") { .number($0) })
        facts[ids.uitkeringen] = (Self.known(p.uitkeringen, "\(who).uitkeringen") { .list($0) })
        facts[ids.werkt] = (works(p, who))
        facts[ids.aowLeeftijdBereikt] = (aowReached(p, who))
    }

    private func works(_ p: Person, _ who: String) -> FactValue {
        if let h = p.werkUrenPerWeek, h > 0 { return .bool(true) }
        if p.zelfstandige == true { return .bool(true) }
        if p.werkUrenPerWeek == 0 && p.zelfstandige != true {
            return p.zelfstandige == nil ? .bool(false) : .bool(false)
        }
        return .unknown(missing: ["\(who).werk_uren_per_week"])
    }

    /// AOW age reached on the peildatum. The AOW age is a parameter in months
    /// (`aow.leeftijd_maanden`); with only a whole-year age the answer can be
    /// unknown in the year the age changes, and then the birth date settles it.
    private func aowReached(_ p: Person, _ who: String) -> FactValue {
        guard let months = globals.number("aow.leeftijd_maanden", on: day) else { return .unknown(missing: []) }
        let required = Int(months)
        if let b = p.geboortedatum {
            let reachedOn = b.adding(months: required)
            return .bool(reachedOn <= day)
        }
        guard let a = p.leeftijd else { return .unknown(missing: ["\(who).leeftijd"]) }
        if a * 12 >= required { return .bool(true) }
        if a * 12 + 11 < required { return .bool(false) }
        return .unknown(missing: ["\(who).geboortedatum"])
    }

    // MARK: children and household

    private func setChildren(_ facts: inout FactSet) {
        let countIDs = [FactIDs.kinderenAantal05, FactIDs.kinderenAantal611, FactIDs.kinderenAantal1217, FactIDs.kinderenAantal1215,
                        FactIDs.kinderenAantal1617, FactIDs.kinderenAantalOnder12, FactIDs.kinderenAantal417, FactIDs.huishoudenAantalKinderen]
        guard let children = household.kinderen else {
            for id in countIDs + [FactIDs.huishoudenHeeftKinderen, FactIDs.kinderenJongsteLeeftijd, FactIDs.kinderenOudsteLeeftijd,
                                   FactIDs.kinderenKinderopvangUrenPerMaand] {
                facts[id] = .unknown(missing: ["kinderen"])
            }
            return
        }
        var ages: [Int] = []
        var missingAges: [String] = []
        var hours = 0.0
        var missingHours: [String] = []
        for (i, c) in children.enumerated() {
            if let a = c.leeftijd ?? c.geboortedatum.map({ max(0, day.years(since: $0)) }) {
                if a < 18 { ages.append(a) }
            } else {
                missingAges.append("kinderen[\(i)].leeftijd")
            }
            if let h = c.kinderopvangUrenPerMaand { hours += h } else { missingHours.append("kinderen[\(i)].kinderopvang_uren_per_maand") }
        }
        facts[FactIDs.kinderenKinderopvangUrenPerMaand] = (missingHours.isEmpty ? .number(hours) : .unknown(missing: missingHours))
        // Whether there are children is known as soon as the list is non-empty.
        facts[FactIDs.huishoudenHeeftKinderen] = (!ages.isEmpty ? .bool(true) : missingAges.isEmpty ? .bool(false) : .unknown(missing: missingAges))
        guard missingAges.isEmpty else {
            for id in countIDs + [FactIDs.kinderenJongsteLeeftijd, FactIDs.kinderenOudsteLeeftijd] { facts[id] = .unknown(missing: missingAges) }
            return
        }
        func count(_ r: ClosedRange<Int>) -> FactValue { .number(Double(ages.filter { r.contains($0) }.count)) }
        facts[FactIDs.kinderenAantal05] = (count(0...5))
        facts[FactIDs.kinderenAantal611] = (count(6...11))
        facts[FactIDs.kinderenAantal1217] = (count(12...17))
        facts[FactIDs.kinderenAantal1215] = (count(12...15))
        facts[FactIDs.kinderenAantal1617] = (count(16...17))
        facts[FactIDs.kinderenAantalOnder12] = (count(0...11))
        facts[FactIDs.kinderenAantal417] = (count(4...17))
        facts[FactIDs.huishoudenAantalKinderen] = (.number(Double(ages.count)))
        facts[FactIDs.kinderenJongsteLeeftijd] = (ages.min().map { .number(Double($0)) } ?? .unknown(missing: []))
        facts[FactIDs.kinderenOudsteLeeftijd] = (ages.max().map { .number(Double($0)) } ?? .unknown(missing: []))
    }

    /// Co-residents who count for the kostendelersnorm (Pw art. 19a): 27 or older,
    /// not a student with student finance, not a commercial tenant who is no relative.
    func costSharers() -> (count: Int, missing: [String]) {
        guard let others = household.medebewoners else { return (0, ["medebewoners"]) }
        var count = 0
        var missing: [String] = []
        for (i, m) in others.enumerated() {
            guard let a = m.leeftijd else {
                missing.append("medebewoners[\(i)].leeftijd")
                continue
            }
            if a < 27 { continue }
            if m.student == true { continue }
            if m.student == nil && a < 30 {
                missing.append("medebewoners[\(i)].student")
                continue
            }
            let relative = m.relatie == "kind" || m.relatie == "ouder" || m.relatie == "familie"
            if !relative {
                if m.commercieleHuur == true { continue }
                if m.commercieleHuur == nil {
                    missing.append("medebewoners[\(i)].commerciele_huur")
                    continue
                }
            }
            count += 1
        }
        return (count, missing)
    }

    private func setHousehold(_ facts: inout FactSet, hasPartner: FactValue) {
        let hasChildren = facts[FactIDs.huishoudenHeeftKinderen]
        switch (hasPartner, hasChildren) {
        case (.bool(let p), .bool(let k)):
            facts[FactIDs.huishoudenType] = (.text(p ? (k ? "paar_met_kinderen" : "paar") : (k ? "alleenstaande_ouder" : "alleenstaand")))
        default:
            facts[FactIDs.huishoudenType] = (.unknown(missing: hasPartner.missing + hasChildren.missing))
        }

        let sharers = costSharers()
        facts[FactIDs.huishoudenAantalKostendelers] = (sharers.missing.isEmpty ? .number(Double(sharers.count)) : .unknown(missing: sharers.missing))

        // Number of residents.
        var missing = hasPartner.missing
        var persons = 1.0
        if hasPartner.bool == true { persons += 1 }
        if let n = Optional(facts[FactIDs.huishoudenAantalKinderen])?.number { persons += n } else { missing += ["kinderen"] }
        if let m = household.medebewoners { persons += Double(m.count) } else { missing += ["medebewoners"] }
        facts[FactIDs.huishoudenAantalPersonen] = (missing.isEmpty ? .number(persons) : .unknown(missing: missing))

        // Oldest resident (for the huurtoeslag youth limit).
        var oldestMissing: [String] = []
        var oldest = -1
        if let a = age(household.aanvrager) { oldest = a } else { oldestMissing.append("aanvrager.leeftijd") }
        if case .present(let p) = household.partner {
            if let a = age(p) { oldest = max(oldest, a) } else { oldestMissing.append("partner.leeftijd") }
        } else if household.partner == .unknown { oldestMissing.append("partner") }
        if let m = household.medebewoners {
            for (i, c) in m.enumerated() {
                if let a = c.leeftijd { oldest = max(oldest, a) } else { oldestMissing.append("medebewoners[\(i)].leeftijd") }
            }
        } else { oldestMissing.append("medebewoners") }
        facts[FactIDs.huishoudenOudsteLeeftijd] = (oldestMissing.isEmpty ? .number(Double(oldest)) : .unknown(missing: oldestMissing))

        let aowA = facts[FactIDs.aanvragerAowLeeftijdBereikt]
        let aowP = facts[FactIDs.partnerAowLeeftijdBereikt]
        let partnerTruth = truth(hasPartner)
        facts[FactIDs.huishoudenAowLeeftijdBereikt] = (value(truth(aowA) || (partnerTruth && truth(aowP)), aowA.missing + aowP.missing + hasPartner.missing))
        facts[FactIDs.huishoudenIedereenAowLeeftijd] = (value(truth(aowA) && (!partnerTruth || truth(aowP)), aowA.missing + aowP.missing + hasPartner.missing))
        let rvA = facts[FactIDs.aanvragerRechtmatigVerblijf]
        let rvP = facts[FactIDs.partnerRechtmatigVerblijf]
        facts[FactIDs.huishoudenRechtmatigVerblijf] = (value(truth(rvA) && (!partnerTruth || truth(rvP)), rvA.missing + rvP.missing + hasPartner.missing))
        let wA = facts[FactIDs.aanvragerWerkt]
        let wP = facts[FactIDs.partnerWerkt]
        facts[FactIDs.huishoudenWerkt] = (value(truth(wA) || (partnerTruth && truth(wP)), wA.missing + wP.missing + hasPartner.missing))
        facts[FactIDs.huishoudenAllenWerken] = (value(truth(wA) && (!partnerTruth || truth(wP)), wA.missing + wP.missing + hasPartner.missing))

        // Benefits of applicant and partner together.
        var benefits: [String] = []
        var benefitsMissing: [String] = []
        if let u = household.aanvrager.uitkeringen { benefits += u } else { benefitsMissing.append("aanvrager.uitkeringen") }
        switch household.partner {
        case .present(let p):
            if let u = p.uitkeringen { benefits += u } else { benefitsMissing.append("partner.uitkeringen") }
        case .unknown: benefitsMissing.append("partner")
        case .absent: break
        }
        facts[FactIDs.huishoudenUitkeringen] = (benefitsMissing.isEmpty ? .list(benefits) : .unknown(missing: benefitsMissing))

        // Insured adults (applicant + partner) for the zorgtoeslag.
        var insured = 0.0
        var insuredMissing: [String] = []
        if let z = household.aanvrager.zorgverzekerd { insured += z ? 1 : 0 } else { insuredMissing.append("aanvrager.zorgverzekerd") }
        switch household.partner {
        case .present(let p):
            if let z = p.zorgverzekerd { insured += z ? 1 : 0 } else { insuredMissing.append("partner.zorgverzekerd") }
        case .unknown: insuredMissing.append("partner")
        case .absent: break
        }
        facts[FactIDs.huishoudenZorgverzekerden] = (insuredMissing.isEmpty ? .number(insured) : .unknown(missing: insuredMissing))
        // Income of co-residents (huurtoeslag counts it; a child under 23 keeps a first part free).
        if let others = household.medebewoners {
            var total = 0.0, counted = 0.0
            var incomeMissing: [String] = []
            let free = globals.number("huurtoeslag.vrijstelling_kind_onder_23", on: day)
            for (i, m) in others.enumerated() {
                guard let inc = m.inkomenBrutoPerJaar else {
                    incomeMissing.append("medebewoners[\(i)].inkomen_bruto_per_jaar")
                    continue
                }
                total += inc
                if m.relatie == "kind" {
                    guard let a = m.leeftijd else { incomeMissing.append("medebewoners[\(i)].leeftijd"); continue }
                    if a < 23 {
                        guard let free else { incomeMissing.append("medebewoners[\(i)].inkomen_bruto_per_jaar"); continue }
                        counted += max(0, inc - free)
                        continue
                    }
                } else if m.relatie == nil {
                    incomeMissing.append("medebewoners[\(i)].relatie")
                    continue
                }
                counted += inc
            }
            facts[FactIDs.medebewonersInkomenTotaal] = (incomeMissing.isEmpty ? .number(total) : .unknown(missing: incomeMissing))
            facts[FactIDs.medebewonersInkomenHuurtoeslag] = (incomeMissing.isEmpty ? .number(counted) : .unknown(missing: incomeMissing))
        } else {
            facts[FactIDs.medebewonersInkomenTotaal] = (.unknown(missing: ["medebewoners"]))
            facts[FactIDs.medebewonersInkomenHuurtoeslag] = (.unknown(missing: ["medebewoners"]))
        }
        facts[FactIDs.huishoudenOntvangt] = (Self.known(household.ontvangt, "ontvangt") { .list($0) })
    }

    private func truth(_ v: FactValue) -> Truth {
        switch v {
        case .bool(let b): return Truth(b)
        default: return .unknown
        }
    }

    private func value(_ t: Truth, _ missing: [String]) -> FactValue {
        switch t {
        case .yes: return .bool(true)
        case .no: return .bool(false)
        case .unknown:
            var unique: [String] = []
            for m in missing where !unique.contains(m) { unique.append(m) }
            return .unknown(missing: unique.sorted())
        }
    }

    // MARK: money

    private func setMoney(_ facts: inout FactSet) {
        let w = household.woning
        facts[FactIDs.woningSoort] = (Self.known(w.soort, "woning.soort") { .text($0) })
        facts[FactIDs.woningZelfstandig] = (Self.known(w.zelfstandig, "woning.zelfstandig") { .bool($0) })
        facts[FactIDs.woningKaleHuurPerMaand] = (Self.known(w.kaleHuurPerMaand, "woning.kale_huur_per_maand") { .number($0) })
        facts[FactIDs.woningServicekostenPerMaand] = (Self.known(w.servicekostenPerMaand, "woning.servicekosten_per_maand") { .number($0) })
        facts[FactIDs.woningOverwaarde] = (Self.known(w.overwaarde, "woning.overwaarde") { .number($0) })
        let i = household.inkomen
        facts[FactIDs.inkomenNettoPerMaand] = (Self.known(i.nettoPerMaand, "inkomen.netto_per_maand") { .number($0) })
        facts[FactIDs.inkomenToetsingsinkomenPerJaar] = (Self.known(i.toetsingsinkomenPerJaar, "inkomen.toetsingsinkomen_per_jaar") { .number($0) })
        facts[FactIDs.inkomenToetsingsinkomen] = (toetsingsinkomen(facts))
        facts[FactIDs.inkomenMaandenLaagInkomen] = (Self.known(i.maandenLaagInkomen, "inkomen.maanden_laag_inkomen") { .number($0) })
        let v = household.vermogen
        facts[FactIDs.vermogenTotaal] = (Self.known(v.totaal, "vermogen.totaal") { .number($0) })
        facts[FactIDs.vermogenAutoWaarde] = (Self.known(v.autoWaarde, "vermogen.auto_waarde") { .number($0) })
        facts[FactIDs.vermogenOp1Januari] = (Self.known(v.peildatum1Januari ?? v.totaal, "vermogen.peildatum_1_januari") { .number($0) })
        let s = household.schulden
        facts[FactIDs.schuldenTotaal] = (Self.known(s.totaal, "schulden.totaal") { .number($0) })
        facts[FactIDs.schuldenProblematisch] = (Self.known(s.problematisch, "schulden.problematisch") { .bool($0) })
        facts[FactIDs.schuldenBeslag] = (Self.known(s.beslag, "schulden.beslag") { .bool($0) })
        facts[FactIDs.schuldenInSchuldhulp] = (Self.known(s.inSchuldhulp, "schulden.in_schuldhulp") { .bool($0) })
        facts[FactIDs.schuldenWsnp] = (Self.known(s.wsnp, "schulden.wsnp") { .bool($0) })
        facts[FactIDs.schuldenAantalSchuldeisers] = (Self.known(s.aantalSchuldeisers, "schulden.aantal_schuldeisers") { .number($0) })
    }

    /// The toetsingsinkomen as given, or estimated from net income when only that is known.
    private func toetsingsinkomen(_ facts: FactSet) -> FactValue {
        if let t = household.inkomen.toetsingsinkomenPerJaar { return .number(t) }
        guard let net = household.inkomen.nettoPerMaand else {
            return .unknown(missing: ["inkomen.toetsingsinkomen_per_jaar"])
        }
        return IncomeEstimator(household: household, day: day, globals: globals).estimate(netPerMonth: net)
            ?? .unknown(missing: ["inkomen.toetsingsinkomen_per_jaar"])
    }

    // MARK: norms

    private func setNorms(_ facts: inout FactSet) {
        let calculator = NormCalculator(household: household, day: day, globals: globals, computer: self)
        let share = globals.number("pw.vakantietoeslag_aandeel", on: day) ?? 0.05
        func withoutHoliday(_ v: FactValue) -> FactValue {
            v.number.map { .number(($0 * (1 - share) * 100).rounded() / 100) } ?? v
        }
        let full = calculator.norm(withCostSharers: true, facts: facts)
        facts[FactIDs.normBijstand] = (full)
        facts[FactIDs.normBijstandZonderVakantiegeld] = (withoutHoliday(full))
        facts[FactIDs.normSociaalMinimum] = (withoutHoliday(calculator.norm(withCostSharers: false, facts: facts)))
        let net = facts[FactIDs.inkomenNettoPerMaand]
        for (norm, percentage) in [(FactIDs.normSociaalMinimum, FactIDs.inkomenPercentageSociaalMinimum),
                                   (FactIDs.normBijstandZonderVakantiegeld, FactIDs.inkomenPercentageBijstandsnorm)] {
            let base = facts[norm]
            if let s = base.number, let n = net.number, s > 0 {
                facts[percentage] = .number((n / s * 10_000).rounded() / 100)
            } else {
                facts[percentage] = .unknown(missing: net.missing + base.missing)
            }
        }
        facts[FactIDs.normVermogensgrens] = (calculator.assetLimit(facts: facts))
    }
}
