/// The yearly income of the co-residents, in total and as the huurtoeslag counts it:
/// a thuiswonend child under the age limit keeps a first part of its income free.
enum CoResidentIncome {
    /// The free part of a young child's income.
    static let exemption = "huurtoeslag.vrijstelling_kind_onder_23"
    /// Below this age a child's income has the free part.
    static let exemptionAge = "huurtoeslag.vrijstelling_leeftijdsgrens"

    /// The unit: the medebewoners' income (Wet op de huurtoeslag, inkomen van medebewoners).
    static let definition = DerivedFact(
        concept: "inkomen van medebewoners", legalBasis: "Wet op de huurtoeslag (inkomen van medebewoners; vrijstelling voor een kind onder de 23)",
        produces: [
            .init("medebewoners.inkomen_totaal", "het bruto jaarinkomen van de medebewoners samen", .euroPerJaar),
            .init("medebewoners.inkomen_huurtoeslag", "het inkomen van de medebewoners dat meetelt voor de huurtoeslag", .euroPerJaar)
        ], parameters: [exemption, exemptionAge])
}

extension FactComputer {
    func setCoResidentIncome(_ facts: inout FactSet) {
        guard let others = household.medebewoners else {
            facts[FactIDs.medebewonersInkomenTotaal] = .unknown(missing: ["medebewoners"])
            facts[FactIDs.medebewonersInkomenHuurtoeslag] = .unknown(missing: ["medebewoners"])
            return
        }
        let unit = CoResidentIncome.definition
        let free = unit.number(CoResidentIncome.exemption, in: globals, on: day)
        let freeBelow = unit.number(CoResidentIncome.exemptionAge, in: globals, on: day)
        var total = 0.0, counted = 0.0
        var incomeMissing: [String] = []
        for (i, m) in others.enumerated() {
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
            } else if m.relatie == nil {
                incomeMissing.append("medebewoners[\(i)].relatie")
                continue
            }
            counted += inc
        }
        facts[FactIDs.medebewonersInkomenTotaal] = incomeMissing.isEmpty ? .number(total) : .unknown(missing: incomeMissing)
        facts[FactIDs.medebewonersInkomenHuurtoeslag] = incomeMissing.isEmpty ? .number(counted) : .unknown(missing: incomeMissing)
    }
}
