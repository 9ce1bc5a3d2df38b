/// Counts and ages of the children under 18, and their hours of childcare.
enum Children {
    /// The unit: age groups used by the kindregelingen; a summary of the input.
    static let definition = DerivedFact(
        concept: "kinderen", legalBasis: nil,
        produces: ["huishouden.heeft_kinderen", "huishouden.aantal_kinderen", "kinderen.aantal_0_5", "kinderen.aantal_6_11",
                   "kinderen.aantal_12_17", "kinderen.aantal_12_15", "kinderen.aantal_16_17", "kinderen.aantal_onder_12",
                   "kinderen.aantal_4_17", "kinderen.jongste_leeftijd", "kinderen.oudste_leeftijd",
                   "kinderen.kinderopvang_uren_per_maand"],
        parameters: [])
}

extension FactComputer {
    func setChildren(_ facts: inout FactSet) {
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
        facts[FactIDs.kinderenKinderopvangUrenPerMaand] = missingHours.isEmpty ? .number(hours) : .unknown(missing: missingHours)
        // Whether there are children is known as soon as the list is non-empty.
        facts[FactIDs.huishoudenHeeftKinderen] = !ages.isEmpty ? .bool(true) : missingAges.isEmpty ? .bool(false) : .unknown(missing: missingAges)
        guard missingAges.isEmpty else {
            for id in countIDs + [FactIDs.kinderenJongsteLeeftijd, FactIDs.kinderenOudsteLeeftijd] { facts[id] = .unknown(missing: missingAges) }
            return
        }
        func count(_ r: ClosedRange<Int>) -> FactValue { .number(Double(ages.filter { r.contains($0) }.count)) }
        facts[FactIDs.kinderenAantal05] = count(0...5)
        facts[FactIDs.kinderenAantal611] = count(6...11)
        facts[FactIDs.kinderenAantal1217] = count(12...17)
        facts[FactIDs.kinderenAantal1215] = count(12...15)
        facts[FactIDs.kinderenAantal1617] = count(16...17)
        facts[FactIDs.kinderenAantalOnder12] = count(0...11)
        facts[FactIDs.kinderenAantal417] = count(4...17)
        facts[FactIDs.huishoudenAantalKinderen] = .number(Double(ages.count))
        facts[FactIDs.kinderenJongsteLeeftijd] = ages.min().map { .number(Double($0)) } ?? .unknown(missing: [])
        facts[FactIDs.kinderenOudsteLeeftijd] = ages.max().map { .number(Double($0)) } ?? .unknown(missing: [])
    }
}
