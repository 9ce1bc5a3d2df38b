/// Whether the applicant, the partner or both have reached the AOW age on the peildatum.
enum AowLeeftijd {
    /// The AOW age in months.
    static let months = "aow.leeftijd_maanden"

    /// The unit: the AOW age (AOW art. 7a) applied to each person and to the couple.
    static let definition = DerivedFact(
        concept: "AOW-leeftijd", legalBasis: "AOW art. 7a",
        produces: [
            .init("aanvrager.aow_leeftijd_bereikt", "of de aanvrager de AOW-leeftijd heeft bereikt", .janee),
            .init("partner.aow_leeftijd_bereikt", "of de partner de AOW-leeftijd heeft bereikt", .janee),
            .init("huishouden.aow_leeftijd_bereikt", "of de aanvrager of de partner de AOW-leeftijd heeft bereikt", .janee),
            .init("huishouden.iedereen_aow_leeftijd", "of de aanvrager en de partner allebei de AOW-leeftijd hebben bereikt", .janee)
        ],
        parameters: [months])
}

extension FactComputer {
    /// AOW age reached on the peildatum. The AOW age is a parameter in months;
    /// with only a whole-year age the answer can be unknown in the year the age
    /// changes, and then the birth date settles it.
    func aowReached(_ p: Person, _ who: String) -> FactValue {
        guard let months = AowLeeftijd.definition.number(AowLeeftijd.months, in: globals, on: day, figures: figures) else { return .unknown(missing: []) }
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

    /// Whether either, or both, of applicant and partner reached the AOW age.
    func setHouseholdAow(_ facts: inout FactSet, hasPartner: FactValue) {
        let aowA = facts[FactIDs.aanvragerAowLeeftijdBereikt]
        let aowP = facts[FactIDs.partnerAowLeeftijdBereikt]
        let partner = truth(hasPartner)
        let missing = aowA.missing + aowP.missing + hasPartner.missing
        facts[FactIDs.huishoudenAowLeeftijdBereikt] = value(truth(aowA) || (partner && truth(aowP)), missing)
        facts[FactIDs.huishoudenIedereenAowLeeftijd] = value(truth(aowA) && (!partner || truth(aowP)), missing)
    }
}
