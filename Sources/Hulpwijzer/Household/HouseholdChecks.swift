/// Checks that need the peildatum: ages against birth dates, dates in range.
enum HouseholdChecks {
    static func check(_ h: Household, on day: Day, firstDate: Day) throws(HouseholdError) {
        var problems: [HouseholdError.Problem] = []
        if day < firstDate {
            problems.append(.init(path: "peildatum", message: "\(day) ligt voor \(firstDate); de catalogus bevat regels en bedragen vanaf \(firstDate.dutch)"))
        }
        func person(_ p: Person, _ path: String) {
            birth(p.leeftijd, p.geboortedatum, path)
        }
        func birth(_ age: Int?, _ birth: Day?, _ path: String) {
            guard let birth else { return }
            if day < birth {
                problems.append(.init(path: "\(path).geboortedatum", message: "\(birth) ligt na de peildatum \(day)"))
            } else if let age, age != day.years(since: birth) {
                problems.append(.init(path: "\(path).leeftijd", message: "\(age) past niet bij geboortedatum \(birth): op \(day) is dat \(day.years(since: birth)) jaar"))
            }
        }
        person(h.aanvrager, "aanvrager")
        if case .present(let p) = h.partner { person(p, "partner") }
        for (i, c) in (h.kinderen ?? []).enumerated() {
            birth(c.leeftijd, c.geboortedatum, "kinderen[\(i)]")
        }
        if !problems.isEmpty { throw HouseholdError(problems: problems) }
    }

    /// Remarks about facts that were accepted but not used as given.
    static func remarks(_ h: Household, on day: Day) -> [String] {
        var out: [String] = []
        for (i, c) in (h.kinderen ?? []).enumerated() {
            if let a = c.leeftijd ?? c.geboortedatum.map({ day.years(since: $0) }), a >= 18 {
                out.append("kinderen[\(i)] is \(a) jaar en telt niet mee als kind; geef een meerderjarig kind dat thuis woont op als medebewoner met relatie \"kind\".")
            }
        }
        return out
    }
}
