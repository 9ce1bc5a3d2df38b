/// The Participatiewet norm that applies to a household (Pw art. 20–22a: the
/// jongerennorm, the norms from 21, the pension-age norms and the kostendelersnorm),
/// and the net income as a percentage of it.
struct Bijstandsnorm {
    /// Parameter names, each a dated figure in `data/parameters/participatiewet.json`.
    enum P {
        static let alleenstaand = "pw.norm.alleenstaand", alleenstaandAow = "pw.norm.alleenstaand_aow"
        static let gehuwden = "pw.norm.gehuwden", gehuwdenAow = "pw.norm.gehuwden_aow"
        static let jongereAlleenstaand = "pw.norm.jongere_alleenstaand"
        static let jongerenGehuwd = "pw.norm.jongeren_gehuwd", jongerenGehuwdMetKinderen = "pw.norm.jongeren_gehuwd_met_kinderen"
        static let eenJonger = "pw.norm.gehuwd_een_jonger", eenJongerMetKinderen = "pw.norm.gehuwd_een_jonger_met_kinderen"
        static let kostendelerJongere = "pw.norm.kostendeler_jongere_partner"
        static let kostendelerJongereMetKinderen = "pw.norm.kostendeler_jongere_partner_met_kinderen"
        static let vakantietoeslag = "pw.vakantietoeslag_aandeel"
        static let jongerenLeeftijd = "pw.jongerennorm.leeftijdsgrens"
    }

    /// The unit: the norms and the income percentages derived from them.
    static let definition = DerivedFact(
        concept: "bijstandsnorm", legalBasis: "Pw art. 20–22a (jongerennorm art. 20, kostendelersnorm art. 22a); voor de kwijtschelding de norm van art. 21 ook onder de 21 (URI art. 16)",
        produces: [
            .init("norm.bijstand", "de bijstandsnorm (met vakantiegeld, met kostendelersnorm)", .euroPerMaand),
            .init("norm.bijstand_zonder_vakantiegeld", "de bijstandsnorm zonder vakantiegeld (met kostendelersnorm)", .euroPerMaand),
            .init("norm.sociaal_minimum", "de bijstandsnorm zonder vakantiegeld en zonder kostendelersnorm", .euroPerMaand),
            .init("inkomen.percentage_bijstandsnorm", "het netto inkomen als percentage van de bijstandsnorm zonder vakantiegeld (met kostendelersnorm)", .procent),
            .init("inkomen.percentage_sociaal_minimum", "het netto inkomen als percentage van de bijstandsnorm (zonder vakantiegeld)", .procent),
            .init("norm.kwijtschelding", "de bijstandsnorm voor 21 jaar en ouder, ook voor wie jonger is (met vakantiegeld, met kostendelersnorm; URI art. 16)", .euroPerMaand),
            .init("inkomen.percentage_norm_kwijtschelding", "het netto inkomen als percentage van de bijstandsnorm voor 21 jaar en ouder (zonder vakantiegeld)", .procent)
        ],
        parameters: [P.alleenstaand, P.alleenstaandAow, P.gehuwden, P.gehuwdenAow, P.jongereAlleenstaand, P.jongerenGehuwd,
                     P.jongerenGehuwdMetKinderen, P.eenJonger, P.eenJongerMetKinderen, P.kostendelerJongere,
                     P.kostendelerJongereMetKinderen, P.vakantietoeslag, P.jongerenLeeftijd])

    let household: Household
    let day: Day
    let globals: ParameterStore
    let computer: FactComputer

    private func p(_ name: String) -> Double? { Self.definition.number(name, in: globals, on: day, figures: computer.figures) }

    /// Kostendelersnorm factor for `a` cost sharers in total (art. 22a lid 1): (40 + 30A) / 100A.
    static func costSharerFactor(_ a: Int) -> Double { (40 + 30 * Double(a)) / (100 * Double(a)) }

    /// Net monthly norm including holiday allowance, or unknown with the missing inputs.
    /// `adultNorms`: the norms of art. 21 also for 18–20-year-olds (no jongerennorm), as the
    /// kwijtschelding uses them (Uitvoeringsregeling Invorderingswet 1990 art. 16).
    func norm(withCostSharers: Bool, adultNorms: Bool = false, facts: FactSet) -> FactValue {
        guard let youngLimit = p(P.jongerenLeeftijd) else { return .unknown(missing: []) }
        let youngBelow = adultNorms ? 18 : youngLimit
        guard let applicantAge = computer.age(household.aanvrager) else { return .unknown(missing: ["aanvrager.leeftijd"]) }
        guard applicantAge >= 18 else { return .unknown(missing: []) }
        var sharers = 0
        if withCostSharers {
            // The count as `setCostSharers` set it (unknown: with the paths that would settle it).
            switch facts[FactIDs.huishoudenAantalKostendelers] {
            case .number(let n): sharers = Int(n)
            case let other: return .unknown(missing: other.missing)
            }
        }
        return norm(sharers: sharers, applicantAge: applicantAge, youngBelow: youngBelow, facts: facts)
    }

    /// The highest norm any number of the co-residents whose status is unknown can give, when
    /// only that number is unknown (Pw art. 22a: kostendelers lower the norm); nil otherwise.
    func highestNorm(adultNorms: Bool = false, facts: FactSet) -> Double? {
        guard let youngLimit = p(P.jongerenLeeftijd), let applicantAge = computer.age(household.aanvrager), applicantAge >= 18,
              let s = computer.costSharers(), !s.missing.isEmpty else { return nil }
        let open = household.medebewoners?.count ?? 10
        var highest: Double?
        for extra in 0...open {
            guard let n = norm(sharers: s.count + extra, applicantAge: applicantAge, youngBelow: adultNorms ? 18 : youngLimit, facts: facts).number else { return nil }
            highest = max(highest ?? n, n)
        }
        return highest
    }

    private func norm(sharers: Int, applicantAge: Int, youngBelow: Double, facts: FactSet) -> FactValue {
        let aowA = facts[FactIDs.aanvragerAowLeeftijdBereikt]
        switch household.partner {
        case .unknown:
            return .unknown(missing: ["partner"])
        case .absent:
            if Double(applicantAge) < youngBelow { return number(p(P.jongereAlleenstaand)) }
            guard let aow = aowA.bool else { return .unknown(missing: aowA.missing) }
            if sharers == 0 { return number(p(aow ? P.alleenstaandAow : P.alleenstaand)) }
            guard let b = p(aow ? P.gehuwdenAow : P.gehuwden) else { return .unknown(missing: []) }
            return .number(cents(Self.costSharerFactor(1 + sharers) * b))
        case .present(let partner):
            guard let partnerAge = computer.age(partner) else { return .unknown(missing: ["partner.leeftijd"]) }
            let aowP = facts[FactIDs.partnerAowLeeftijdBereikt]
            let anyAOW = (aowA.bool == true) || (aowP.bool == true)
            if !anyAOW && (aowA.bool == nil || aowP.bool == nil) { return .unknown(missing: aowA.missing + aowP.missing) }
            let young = [applicantAge, partnerAge].filter { Double($0) < youngBelow }.count
            if anyAOW || young == 0 {
                guard let b = p(anyAOW ? P.gehuwdenAow : P.gehuwden) else { return .unknown(missing: []) }
                if sharers == 0 { return .number(b) }
                return .number(2 * cents(Self.costSharerFactor(2 + sharers) * b))
            }
            guard let hasChildren = facts[FactIDs.huishoudenHeeftKinderen].bool else { return .unknown(missing: ["kinderen"]) }
            if young == 2 {
                return number(p(hasChildren ? P.jongerenGehuwdMetKinderen : P.jongerenGehuwd))
            }
            if sharers == 0 {
                return number(p(hasChildren ? P.eenJongerMetKinderen : P.eenJonger))
            }
            // One partner 18–20 with cost sharers: the older partner's kostendelersnorm plus the
            // young partner's component (art. 22a lid 3).
            guard let b = p(P.gehuwden),
                  let young = p(hasChildren ? P.kostendelerJongereMetKinderen : P.kostendelerJongere) else {
                return .unknown(missing: [])
            }
            return .number(cents(Self.costSharerFactor(1 + sharers) * b) + young)
        }
    }

    /// Sets the norms with and without holiday allowance and the income percentages.
    func set(_ facts: inout FactSet) {
        let share = p(P.vakantietoeslag)
        func withoutHoliday(_ v: FactValue) -> FactValue {
            guard let n = v.number else { return v }
            guard let share else { return .unknown(missing: []) }
            return .number((n * (1 - share) * 100).rounded() / 100)
        }
        let full = norm(withCostSharers: true, facts: facts)
        facts[FactIDs.normBijstand] = full
        facts[FactIDs.normBijstandZonderVakantiegeld] = withoutHoliday(full)
        facts[FactIDs.normSociaalMinimum] = withoutHoliday(norm(withCostSharers: false, facts: facts))
        let adult = norm(withCostSharers: true, adultNorms: true, facts: facts)
        facts[FactIDs.normKwijtschelding] = adult
        let net = facts[FactIDs.inkomenNettoPerMaand]
        setBounds(&facts, net: net, withoutHoliday: withoutHoliday)
        for (base, percentage) in [(facts[FactIDs.normSociaalMinimum], FactIDs.inkomenPercentageSociaalMinimum),
                                   (facts[FactIDs.normBijstandZonderVakantiegeld], FactIDs.inkomenPercentageBijstandsnorm),
                                   (withoutHoliday(adult), FactIDs.inkomenPercentageNormKwijtschelding)] {
            if let s = base.number, let n = net.number, s > 0 {
                facts[percentage] = .number(Self.percentage(net: n, of: s))
            } else {
                facts[percentage] = .unknown(missing: net.missing + base.missing)
            }
        }
    }

    /// When only the kostendelers are unknown, the norms are at most the highest norm they can
    /// give, and the income percentages at least the income over that norm.
    private func setBounds(_ facts: inout FactSet, net: FactValue, withoutHoliday: (FactValue) -> FactValue) {
        let because = "ook met medebewoners (kostendelers)"
        for (adultNorms, full, bare, percentage) in [
            (false, FactIDs.normBijstand, FactIDs.normBijstandZonderVakantiegeld, FactIDs.inkomenPercentageBijstandsnorm),
            (true, FactIDs.normKwijtschelding, nil, FactIDs.inkomenPercentageNormKwijtschelding),
        ] {
            guard !facts[full].isKnown, let high = highestNorm(adultNorms: adultNorms, facts: facts),
                  let highBare = withoutHoliday(.number(high)).number, highBare > 0 else { continue }
            facts.bound(full, FactBound(low: 0, high: high, because: because))
            if let bare { facts.bound(bare, FactBound(low: 0, high: highBare, because: because)) }
            if case .number(let n) = net {
                facts.bound(percentage, FactBound(low: Self.percentageAtLeast(net: n, overHighestNorm: highBare), high: nil, because: because))
            }
        }
    }

    /// The net income as a percentage of a norm, for tests against an income limit such as "tot
    /// 120%" or "lager dan 120%". A municipality turns the percentage into an amount in whole cents
    /// (120% of € 1.331,43 is € 1.597,72) and compares the income with that amount. So an income
    /// that is P% of the norm rounded to the cent counts as exactly P% (P with at most two
    /// decimals): "tot 120%" then holds up to € 1.597,72 and "lager dan 120%" up to € 1.597,71.
    /// Any other income gives its exact percentage. (Rounding every percentage to 0,01 let incomes
    /// up to 7 cents above a limit pass and failed some a few cents below a strict one.)
    static func percentage(net: Double, of norm: Double) -> Double {
        let exact = net / norm * 100
        let round = (exact * 100).rounded() / 100
        // The limit in cents, half a cent rounded up; first snapped to 4 decimals, because a
        // percentage and a norm with two decimals each give at most four (150 × 1300,61 is
        // 195091,5 cents, which binary floating point makes 195091,49999…).
        let limitCents = ((round * norm * 10_000).rounded() / 10_000).rounded()
        return limitCents == (net * 100).rounded() ? round : exact
    }

    /// A lower bound of `percentage(net:of:)` for every norm up to `norm`.
    static func percentageAtLeast(net: Double, overHighestNorm norm: Double) -> Double {
        ((net - 0.005) / norm * 10_000).rounded(.down) / 100
    }

    private func number(_ v: Double?) -> FactValue { v.map { .number($0) } ?? .unknown(missing: []) }
    private func cents(_ v: Double) -> Double { (v * 100).rounded() / 100 }
}
