/// The children's ages as the kinderbijslag counts them: on the first day of the calendar
/// quarter of the peildatum (AKW art. 12 lid 3), not on the peildatum itself. A child born in
/// the quarter is not yet counted (the right starts in the next quarter).
///
/// With a birth date the age is exact. With only an age on the peildatum it is exact when the
/// peildatum is the first day of the quarter; otherwise the child may have had its birthday
/// since, so a child at a band edge (0, 6, 12 or 18) is unknown and its birth date is asked.
enum QuarterAges {
    /// The unit: kinderbijslag age bands on the first day of the quarter.
    static let definition = DerivedFact(
        concept: "leeftijd voor de kinderbijslag", legalBasis: "AKW art. 12 lid 3 (de leeftijd op de eerste dag van het kwartaal)",
        produces: [
            .init("kinderbijslag.aantal_0_5", "het aantal kinderen van 0 tot en met 5 jaar op de eerste dag van het kwartaal", .aantal),
            .init("kinderbijslag.aantal_6_11", "het aantal kinderen van 6 tot en met 11 jaar op de eerste dag van het kwartaal", .aantal),
            .init("kinderbijslag.aantal_12_17", "het aantal kinderen van 12 tot en met 17 jaar op de eerste dag van het kwartaal", .aantal)
        ],
        parameters: [])

    /// The band edges: an age on the peildatum of one of these may be one lower on the first day of the quarter.
    /// (An array: four numbers need no hash table, and a `Set<Int>` first used at start-up costs
    /// the instantiation of its type.)
    static let edges: [Int] = [0, 6, 12, 18]
}

extension FactComputer {
    /// The first day of the calendar quarter that contains the peildatum.
    var quarterStart: Day { Day(year: day.year, month: (day.month - 1) / 3 * 3 + 1, day: 1) ?? day }

    func setQuarterAges(_ facts: inout FactSet) {
        let ids = [FactIDs.kinderbijslagAantal05, FactIDs.kinderbijslagAantal611, FactIDs.kinderbijslagAantal1217]
        guard let children = household.kinderen else {
            for id in ids { facts[id] = .unknown(missing: ["kinderen"]) }
            return
        }
        let start = quarterStart
        var ages: [Int] = []
        var missing: [String] = []
        for (i, c) in children.enumerated() {
            if let birth = c.geboortedatum {
                // Born after the first day of the quarter: not counted in this quarter.
                if start < birth { continue }
                ages.append(start.years(since: birth))
            } else if let a = c.leeftijd {
                if start == day || !QuarterAges.edges.contains(a) {
                    ages.append(a)
                } else {
                    missing.append("kinderen[\(i)].geboortedatum")
                }
            } else {
                missing.append("kinderen[\(i)].leeftijd")
            }
        }
        guard missing.isEmpty else {
            for id in ids { facts[id] = .unknown(missing: missing) }
            return
        }
        func count(_ r: ClosedRange<Int>) -> FactValue { .number(Double(ages.filter { r.contains($0) }.count)) }
        facts[FactIDs.kinderbijslagAantal05] = count(0...5)
        facts[FactIDs.kinderbijslagAantal611] = count(6...11)
        facts[FactIDs.kinderbijslagAantal1217] = count(12...17)
    }
}
