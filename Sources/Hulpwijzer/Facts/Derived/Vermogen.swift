/// The asset limit of the Participatiewet and the assets on 1 January.
enum Vermogen {
    /// The asset limit for a single person.
    static let single = "pw.vermogensgrens.alleenstaand"
    /// The asset limit for a couple or a single parent.
    static let family = "pw.vermogensgrens.gezin"

    /// The unit: the vermogensgrens (Pw art. 34) and the assets on 1 January (the given total when not stated).
    static let definition = DerivedFact(
        concept: "vermogen", legalBasis: "Pw art. 34",
        produces: [
            .init("norm.vermogensgrens", "de vermogensgrens van de Participatiewet", .euro),
            .init("vermogen.op_1_januari", "het vermogen op 1 januari", .euro)
        ], parameters: [single, family])
}

extension FactComputer {
    func setAssets(_ facts: inout FactSet) {
        let v = household.vermogen
        facts[FactIDs.vermogenOp1Januari] = Self.known(v.peildatum1Januari ?? v.totaal, "vermogen.peildatum_1_januari") { .number($0) }
        let unit = Vermogen.definition
        func limit(_ name: String) -> FactValue { unit.number(name, in: globals, on: day, figures: figures).map { .number($0) } ?? .unknown(missing: []) }
        let type = facts[FactIDs.huishoudenType]
        if case .text(let t) = type {
            facts[FactIDs.normVermogensgrens] = limit(t == Leefsituatie.alleenstaand.rawValue ? Vermogen.single : Vermogen.family)
        } else if facts[FactIDs.huishoudenHeeftPartner].bool == true {
            facts[FactIDs.normVermogensgrens] = limit(Vermogen.family)
        } else {
            facts[FactIDs.normVermogensgrens] = type
            // Unknown whether single: the limit is one of the two, so it lies between them.
            if let a = limit(Vermogen.single).number, let b = limit(Vermogen.family).number {
                facts.bound(FactIDs.normVermogensgrens, FactBound(low: min(a, b), high: max(a, b), because: "bij elke leefsituatie"))
            }
        }
    }
}
