/// The co-residents who count for the kostendelersnorm (Pw art. 19a): old enough,
/// not a student with student finance, not a commercial tenant who is no relative.
enum Kostendelers {
    /// From this age a co-resident is a cost sharer (Pw art. 19a lid 1).
    static let minimumAge = "pw.kostendeler.minimumleeftijd"
    /// Below this age a co-resident may still receive student finance, so it must be asked.
    static let studentAge = "wsf.leeftijdsgrens_hoger_onderwijs"

    /// The unit: the number of cost sharers (Pw art. 19a, used by art. 22a).
    static let definition = DerivedFact(
        concept: "kostendelers", legalBasis: "Pw art. 19a en 22a",
        produces: [
            .init("huishouden.aantal_kostendelers", "het aantal kostendelende medebewoners (27 jaar of ouder)", .aantal)
        ], parameters: [minimumAge, studentAge])
}

extension FactComputer {
    /// The number of cost sharers with the paths that would settle the others;
    /// nil when the age limits have no value on the peildatum.
    func costSharers() -> (count: Int, missing: [String])? {
        let unit = Kostendelers.definition
        guard let minimumAge = unit.number(Kostendelers.minimumAge, in: globals, on: day, figures: figures),
              let studentAge = unit.number(Kostendelers.studentAge, in: globals, on: day, figures: figures) else { return nil }
        guard let others = household.medebewoners else { return (0, ["medebewoners"]) }
        var count = 0
        var missing: [String] = []
        for (i, m) in others.enumerated() {
            guard let a = m.leeftijd.map(Double.init) else {
                missing.append("medebewoners[\(i)].leeftijd")
                continue
            }
            if a < minimumAge { continue }
            if m.student == true { continue }
            if m.student == nil && a < studentAge {
                missing.append("medebewoners[\(i)].student")
                continue
            }
            if m.relation?.isRelative != true {
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

    func setCostSharers(_ facts: inout FactSet) {
        guard let sharers = costSharers() else {
            facts[FactIDs.huishoudenAantalKostendelers] = .unknown(missing: [])
            return
        }
        facts[FactIDs.huishoudenAantalKostendelers] = sharers.missing.isEmpty ? .number(Double(sharers.count)) : .unknown(missing: sharers.missing)
    }
}
