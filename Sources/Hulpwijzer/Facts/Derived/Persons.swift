/// Whether the applicant and the partner do paid work, from hours and self-employment.
enum Persons {
    /// The unit: `werkt` of each person; no legal concept, a summary of the input.
    static let definition = DerivedFact(
        concept: "werk", legalBasis: nil,
        produces: [
            .init("aanvrager.werkt", "betaald werk (in loondienst of als zelfstandige) van de aanvrager", .janee),
            .init("partner.werkt", "betaald werk (in loondienst of als zelfstandige) van de partner", .janee)
        ], parameters: [])
}

extension FactComputer {
    /// Age on the peildatum from `leeftijd` or `geboortedatum`.
    func age(_ p: Person) -> Int? {
        if let a = p.leeftijd { return a }
        if let b = p.geboortedatum { return max(0, day.years(since: b)) }
        return nil
    }

    /// Paid work (employed hours or self-employed), or unknown with the missing hours.
    func works(_ p: Person, _ who: String) -> FactValue {
        if let h = p.werkUrenPerWeek, h > 0 { return .bool(true) }
        if p.zelfstandige == true { return .bool(true) }
        if p.werkUrenPerWeek == 0 { return .bool(false) }
        return .unknown(missing: ["\(who).werk_uren_per_week"])
    }
}
