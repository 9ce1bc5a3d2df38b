/// The Participatiewet norm that applies to a household (art. 20–22a Pw), and
/// the asset limit of art. 34 Pw, from the dated national parameters.
struct NormCalculator {
    let household: Household
    let day: Day
    let globals: ParameterStore
    let computer: FactComputer

    private func p(_ name: String) -> Double? { globals.number(name, on: day) }

    /// Kostendelersnorm factor for `a` cost sharers in total (art. 22a lid 1): (40 + 30A) / 100A.
    static func costSharerFactor(_ a: Int) -> Double { (40 + 30 * Double(a)) / (100 * Double(a)) }

    /// Net monthly norm including holiday allowance, or unknown with the missing inputs.
    func norm(withCostSharers: Bool, facts: FactSet) -> FactValue {
        guard let applicantAge = computer.age(household.aanvrager) else { return .unknown(missing: ["aanvrager.leeftijd"]) }
        guard applicantAge >= 18 else { return .unknown(missing: []) }
        let aowA = facts[FactIDs.aanvragerAowLeeftijdBereikt]
        var sharers = 0
        if withCostSharers {
            let s = computer.costSharers()
            if !s.missing.isEmpty { return .unknown(missing: s.missing) }
            sharers = s.count
        }
        switch household.partner {
        case .unknown:
            return .unknown(missing: ["partner"])
        case .absent:
            if applicantAge < 21 { return number(p("pw.norm.jongere_alleenstaand")) }
            guard let aow = aowA.bool else { return .unknown(missing: aowA.missing) }
            if sharers == 0 { return number(p(aow ? "pw.norm.alleenstaand_aow" : "pw.norm.alleenstaand")) }
            guard let b = p(aow ? "pw.norm.gehuwden_aow" : "pw.norm.gehuwden") else { return .unknown(missing: []) }
            return .number(cents(NormCalculator.costSharerFactor(1 + sharers) * b))
        case .present(let partner):
            guard let partnerAge = computer.age(partner) else { return .unknown(missing: ["partner.leeftijd"]) }
            let aowP = facts[FactIDs.partnerAowLeeftijdBereikt]
            let anyAOW = (aowA.bool == true) || (aowP.bool == true)
            if !anyAOW && (aowA.bool == nil || aowP.bool == nil) { return .unknown(missing: aowA.missing + aowP.missing) }
            let young = [applicantAge, partnerAge].filter { $0 < 21 }.count
            if anyAOW || young == 0 {
                guard let b = p(anyAOW ? "pw.norm.gehuwden_aow" : "pw.norm.gehuwden") else { return .unknown(missing: []) }
                if sharers == 0 { return .number(b) }
                return .number(2 * cents(NormCalculator.costSharerFactor(2 + sharers) * b))
            }
            guard let hasChildren = facts[FactIDs.huishoudenHeeftKinderen].bool else { return .unknown(missing: ["kinderen"]) }
            if young == 2 {
                return number(p(hasChildren ? "pw.norm.jongeren_gehuwd_met_kinderen" : "pw.norm.jongeren_gehuwd"))
            }
            if sharers == 0 {
                return number(p(hasChildren ? "pw.norm.gehuwd_een_jonger_met_kinderen" : "pw.norm.gehuwd_een_jonger"))
            }
            // One partner 18–20 with cost sharers: the older partner's kostendelersnorm plus the
            // young partner's component (art. 22a lid 3).
            guard let b = p("pw.norm.gehuwden"),
                  let young = p(hasChildren ? "pw.norm.kostendeler_jongere_partner_met_kinderen" : "pw.norm.kostendeler_jongere_partner") else {
                return .unknown(missing: [])
            }
            return .number(cents(NormCalculator.costSharerFactor(1 + sharers) * b) + young)
        }
    }

    /// Asset limit (art. 34 Pw): single, or single parent and couple.
    func assetLimit(facts: FactSet) -> FactValue {
        let type = facts[FactIDs.huishoudenType]
        if case .text(let t) = type {
            return number(p(t == "alleenstaand" ? "pw.vermogensgrens.alleenstaand" : "pw.vermogensgrens.gezin"))
        }
        if Optional(facts[FactIDs.huishoudenHeeftPartner])?.bool == true { return number(p("pw.vermogensgrens.gezin")) }
        return type
    }

    private func number(_ v: Double?) -> FactValue { v.map { .number($0) } ?? .unknown(missing: []) }
    private func cents(_ v: Double) -> Double { (v * 100).rounded() / 100 }
}
