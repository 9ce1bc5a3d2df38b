/// Counts and ages of the children under 18, and their hours of childcare.
enum Children {
    /// The unit: age groups used by the kindregelingen; a summary of the input.
    static let definition = DerivedFact(
        concept: "kinderen", legalBasis: nil,
        produces: [
            .init("huishouden.heeft_kinderen", "of er kinderen onder de 18 zijn", .janee),
            .init("huishouden.aantal_kinderen", "het aantal kinderen onder de 18", .aantal),
            .init("kinderen.aantal_0_5", "het aantal kinderen van 0 tot en met 5 jaar", .aantal),
            .init("kinderen.aantal_6_11", "het aantal kinderen van 6 tot en met 11 jaar", .aantal),
            .init("kinderen.aantal_12_17", "het aantal kinderen van 12 tot en met 17 jaar", .aantal),
            .init("kinderen.aantal_12_15", "het aantal kinderen van 12 tot en met 15 jaar", .aantal),
            .init("kinderen.aantal_16_17", "het aantal kinderen van 16 of 17 jaar", .aantal),
            .init("kinderen.aantal_onder_12", "het aantal kinderen onder de 12", .aantal),
            .init("kinderen.aantal_4_17", "het aantal kinderen van 4 tot en met 17 jaar", .aantal),
            .init("kinderen.jongste_leeftijd", "de leeftijd van het jongste kind", .jaren),
            .init("kinderen.oudste_leeftijd", "de leeftijd van het oudste kind", .jaren),
            .init("kinderen.kinderopvang_uren_per_maand", "het totaal aantal uren kinderopvang per maand", .uren)
        ],
        parameters: [])
}

extension FactComputer {
    /// The counts of children by age, in one list (built once).
    private static let childCountIDs = [FactIDs.kinderenAantal05, FactIDs.kinderenAantal611, FactIDs.kinderenAantal1217, FactIDs.kinderenAantal1215,
                                        FactIDs.kinderenAantal1617, FactIDs.kinderenAantalOnder12, FactIDs.kinderenAantal417, FactIDs.huishoudenAantalKinderen]

    func setChildren(_ facts: inout FactSet) {
        let countIDs = Self.childCountIDs
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
        func count(_ r: ClosedRange<Int>) -> FactValue { .number(Double(ages.reduce(0) { r.contains($1) ? $0 + 1 : $0 })) }
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
