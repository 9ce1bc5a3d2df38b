/// Computes a household's facts, direct and derived, for a peildatum: first the
/// contract fields, then each derived unit of `DerivedFact.all`.
///
/// Derived facts follow the rule "unknown is not zero": when an input is
/// missing, the derived fact is unknown and names the missing input paths.
struct FactComputer {
    let household: Household
    let day: Day
    let globals: ParameterStore

    /// The value, or unknown with the path that would make it known (built only then).
    static func known<T>(_ v: T?, _ path: @autoclosure () -> String, _ make: (T) -> FactValue) -> FactValue {
        guard let v else { return .unknown(missing: [path()]) }
        return make(v)
    }

    func compute() -> FactSet {
        var facts = FactSet(peildatum: day)
        setPerson(&facts, "aanvrager", FactIDs.aanvrager, household.aanvrager)
        if let p = household.partner.value {
            setPerson(&facts, "partner", FactIDs.partner, p)
        } else {
            let missing = household.partner == .unknown ? ["partner"] : []
            for id in FactIDs.partner.all { facts[id] = .unknown(missing: missing) }
        }
        setFields(&facts)
        let partner = hasPartner()
        setChildren(&facts)
        setComposition(&facts, hasPartner: partner)
        setCostSharers(&facts)
        setHouseholdAow(&facts, hasPartner: partner)
        setCoResidentIncome(&facts)
        facts[FactIDs.inkomenToetsingsinkomen] = toetsingsinkomen()
        Bijstandsnorm(household: household, day: day, globals: globals, computer: self).set(&facts)
        setAssets(&facts)
        return facts
    }

    private func setPerson(_ facts: inout FactSet, _ who: String, _ ids: FactIDs.Person, _ p: Person) {
        facts[ids.leeftijd] = Self.known(age(p), "\(who).leeftijd") { .number(Double($0)) }
        facts[ids.rechtmatigVerblijf] = Self.known(p.rechtmatigVerblijf, "\(who).rechtmatig_verblijf") { .bool($0) }
        facts[ids.zorgverzekerd] = Self.known(p.zorgverzekerd, "\(who).zorgverzekerd") { .bool($0) }
        facts[ids.onderwijs] = Self.known(p.onderwijs, "\(who).onderwijs") { .text($0) }
        facts[ids.studiefinanciering] = Self.known(p.studiefinanciering, "\(who).studiefinanciering") { .bool($0) }
        facts[ids.werkUrenPerWeek] = Self.known(p.werkUrenPerWeek, "\(who).werk_uren_per_week") { .number($0) }
        facts[ids.zelfstandige] = Self.known(p.zelfstandige, "\(who).zelfstandige") { .bool($0) }
        facts[ids.arbeidsongeschiktProcent] = Self.known(p.arbeidsongeschiktProcent, "\(who).arbeidsongeschikt_procent") { .number($0) }
        facts[ids.chronischZiekOfBeperking] = Self.known(p.chronischZiekOfBeperking, "\(who).chronisch_ziek_of_beperking") { .bool($0) }
        facts[ids.aowJarenVerzekerd] = Self.known(p.aowJarenVerzekerd, "\(who).aow_jaren_verzekerd") { .number($0) }
        facts[ids.uitkeringen] = Self.known(p.uitkeringen, "\(who).uitkeringen") { .list($0) }
        facts[ids.werkt] = works(p, who)
        facts[ids.aowLeeftijdBereikt] = aowReached(p, who)
    }

    /// The household-level contract fields, copied as they are.
    private func setFields(_ facts: inout FactSet) {
        let w = household.woning
        facts[FactIDs.woningSoort] = Self.known(w.soort, "woning.soort") { .text($0) }
        facts[FactIDs.woningZelfstandig] = Self.known(w.zelfstandig, "woning.zelfstandig") { .bool($0) }
        facts[FactIDs.woningKaleHuurPerMaand] = Self.known(w.kaleHuurPerMaand, "woning.kale_huur_per_maand") { .number($0) }
        facts[FactIDs.woningServicekostenPerMaand] = Self.known(w.servicekostenPerMaand, "woning.servicekosten_per_maand") { .number($0) }
        facts[FactIDs.woningOverwaarde] = Self.known(w.overwaarde, "woning.overwaarde") { .number($0) }
        let i = household.inkomen
        facts[FactIDs.inkomenNettoPerMaand] = Self.known(i.nettoPerMaand, "inkomen.netto_per_maand") { .number($0) }
        facts[FactIDs.inkomenToetsingsinkomenPerJaar] = Self.known(i.toetsingsinkomenPerJaar, "inkomen.toetsingsinkomen_per_jaar") { .number($0) }
        facts[FactIDs.inkomenMaandenLaagInkomen] = Self.known(i.maandenLaagInkomen, "inkomen.maanden_laag_inkomen") { .number($0) }
        let v = household.vermogen
        facts[FactIDs.vermogenTotaal] = Self.known(v.totaal, "vermogen.totaal") { .number($0) }
        facts[FactIDs.vermogenAutoWaarde] = Self.known(v.autoWaarde, "vermogen.auto_waarde") { .number($0) }
        let s = household.schulden
        facts[FactIDs.schuldenTotaal] = Self.known(s.totaal, "schulden.totaal") { .number($0) }
        facts[FactIDs.schuldenProblematisch] = Self.known(s.problematisch, "schulden.problematisch") { .bool($0) }
        facts[FactIDs.schuldenBeslag] = Self.known(s.beslag, "schulden.beslag") { .bool($0) }
        facts[FactIDs.schuldenInSchuldhulp] = Self.known(s.inSchuldhulp, "schulden.in_schuldhulp") { .bool($0) }
        facts[FactIDs.schuldenWsnp] = Self.known(s.wsnp, "schulden.wsnp") { .bool($0) }
        facts[FactIDs.schuldenAantalSchuldeisers] = Self.known(s.aantalSchuldeisers, "schulden.aantal_schuldeisers") { .number($0) }
        facts[FactIDs.huishoudenOntvangt] = Self.known(household.ontvangt, "ontvangt") { .list($0) }
    }

    /// The toetsingsinkomen as given, or estimated from net income when only that is known.
    private func toetsingsinkomen() -> FactValue {
        if let t = household.inkomen.toetsingsinkomenPerJaar { return .number(t) }
        guard let net = household.inkomen.nettoPerMaand else {
            return .unknown(missing: ["inkomen.toetsingsinkomen_per_jaar"])
        }
        return IncomeEstimator(household: household, day: day, globals: globals).estimate(netPerMonth: net)
            ?? .unknown(missing: ["inkomen.toetsingsinkomen_per_jaar"])
    }

    func truth(_ v: FactValue) -> Truth {
        if case .bool(let b) = v { return Truth(b) }
        return .unknown
    }

    /// A truth as a fact; unknown names the missing paths once each, sorted.
    func value(_ t: Truth, _ missing: [String]) -> FactValue {
        switch t {
        case .yes: return .bool(true)
        case .no: return .bool(false)
        case .unknown:
            var unique: [String] = []
            for m in missing where !unique.contains(m) { unique.append(m) }
            return .unknown(missing: unique.sorted())
        }
    }
}
