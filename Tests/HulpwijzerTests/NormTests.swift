import Testing
@testable import Hulpwijzer

/// Derived facts: the Participatiewet norms (art. 20–22a), AOW age, household type.
@Suite struct NormTests {
    func facts(_ json: String) throws -> FactSet {
        let h = try TestSupport.household(json)
        return FactComputer(household: h, day: h.peildatum!, globals: TestSupport.catalogue.globals).compute()
    }

    /// Kostendelersnorm per person (nl-participatiewet-2026.md §1c, derived from art. 22a):
    /// A = 2/3/4/5 on 1 January 2026 and 1 July 2026.
    @Test(arguments: [
        ("2026-03-01", 1, 1001.07), ("2026-03-01", 2, 867.59), ("2026-03-01", 3, 800.85), ("2026-03-01", 4, 760.81),
        ("2026-09-01", 1, 1013.90), ("2026-09-01", 2, 878.71), ("2026-09-01", 3, 811.12), ("2026-09-01", 4, 770.56),
    ])
    func kostendelersnormPerPerson(day: String, sharers: Int, perPerson: Double) throws {
        let others = Array(repeating: #"{"leeftijd": 40, "relatie": "familie", "student": false}"#, count: sharers).joined(separator: ",")
        let f = try facts(#"{"peildatum": "\#(day)", "aanvrager": {"leeftijd": 35}, "partner": null, "kinderen": [], "medebewoners": [\#(others)]}"#)
        #expect(f.value("norm.bijstand")?.number == perPerson)
        #expect(f.value("huishouden.aantal_kostendelers")?.number == Double(sharers))
    }

    @Test(arguments: [
        // (peildatum, applicant age, partner JSON, children, expected norm incl. holiday allowance)
        ("2025-03-01", 35, "null", "[]", 1345.45), ("2025-09-01", 35, "null", "[]", 1369.06),
        ("2026-03-01", 35, "null", "[]", 1401.50), ("2026-09-01", 35, "null", "[]", 1419.46),
        ("2026-03-01", 35, #"{"leeftijd": 33}"#, "[]", 2002.13), ("2026-03-01", 70, #"{"leeftijd": 60}"#, "[]", 2144.16),
        ("2026-03-01", 70, "null", "[]", 1564.69), ("2026-03-01", 19, "null", "[]", 345.99),
        ("2026-03-01", 19, #"{"leeftijd": 20}"#, "[]", 691.98), ("2026-03-01", 19, #"{"leeftijd": 20}"#, #"[{"leeftijd": 1}]"#, 1092.41),
        ("2026-03-01", 19, #"{"leeftijd": 25}"#, "[]", 1347.06), ("2026-03-01", 25, #"{"leeftijd": 19}"#, #"[{"leeftijd": 1}]"#, 1747.49),
    ])
    func normByHouseholdType(day: String, age: Int, partner: String, children: String, norm: Double) throws {
        let f = try facts(#"{"peildatum": "\#(day)", "aanvrager": {"leeftijd": \#(age)}, "partner": \#(partner), "kinderen": \#(children), "medebewoners": []}"#)
        #expect(f.value("norm.bijstand")?.number == norm)
    }

    @Test func socialMinimumIgnoresCostSharersAndHolidayPay() throws {
        let f = try facts(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 35}, "partner": null, "kinderen": [], "medebewoners": [{"leeftijd": 50, "relatie": "ouder"}], "inkomen": {"netto_per_maand": 1597.72}}"#)
        #expect(f.value("norm.sociaal_minimum")?.number == 1331.43)
        #expect(f.value("norm.bijstand")?.number == 1001.07)
        #expect(f.value("inkomen.percentage_sociaal_minimum")?.number == 120)
    }

    /// An income limit in percent means the limit in whole cents: 120% of € 1.331,43 is
    /// € 1.597,716, so € 1.597,72. Up to that cent the income is "tot 120%", the next cent is
    /// above it, and "lager dan 120%" holds up to € 1.597,71. (The percentage used to be rounded to
    /// 0,01 before the comparison: € 1.597,78 passed "tot 120%", and € 1.730,80 failed "lager dan
    /// 130%" although the limit is € 1.730,86.)
    @Test(arguments: [
        (1597.72, 1331.43, 120.0, "=="), (1597.73, 1331.43, 120.0, ">"), (1597.71, 1331.43, 120.0, "<"),
        (1597.78, 1331.43, 120.0, ">"),
        (1730.86, 1331.43, 130.0, "=="), (1730.80, 1331.43, 130.0, "<"), (1730.87, 1331.43, 130.0, ">"),
        // 150% of € 1.300,61 is € 1.950,915: the half cent rounds up (binary floating point says 1950,91499…).
        (1950.92, 1300.61, 150.0, "=="), (1950.91, 1300.61, 150.0, "<"), (1950.93, 1300.61, 150.0, ">"),
        (0.0, 1331.43, 0.0, "=="), (1331.43, 1331.43, 100.0, "=="),
    ])
    func anIncomeLimitInPercentIsALimitInWholeCents(net: Double, norm: Double, limit: Double, relation: String) {
        let p = Bijstandsnorm.percentage(net: net, of: norm)
        switch relation {
        case "==": #expect(p == limit, "\(net) of \(norm): \(p)")
        case "<": #expect(p < limit, "\(net) of \(norm): \(p)")
        default: #expect(p > limit, "\(net) of \(norm): \(p)")
        }
        // The bound used while kostendelers are unknown never exceeds the value itself.
        #expect(Bijstandsnorm.percentageAtLeast(net: net, overHighestNorm: norm) <= p)
    }

    /// A percentage just above a limit is not shown as the limit itself.
    @Test func aPercentageNextToItsLimitIsShownWithTheDecimalsThatTellThemApart() {
        #expect(Trace.distinct(130.0013, from: [130], unit: .procent) == "130,001%")
        #expect(Trace.distinct(129.9955, from: [130], unit: .procent) == "129,996%")
        #expect(Trace.distinct(130, from: [130], unit: .procent) == "130%")
        #expect(Trace.distinct(119.946, from: [120], unit: .procent) == "119,9%")
        #expect(Trace.distinct(1597.72, from: [1597.716], unit: .euroPerMaand) == "€ 1.597,72 per maand")
    }

    @Test func costSharersNeedTheFactsThatDecideThem() throws {
        let f = try facts(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 35}, "partner": null, "kinderen": [], "medebewoners": [{"leeftijd": 28, "relatie": "anders"}]}"#)
        #expect(Set(f.value("norm.bijstand")?.missing ?? []) == ["medebewoners[0].student", "medebewoners[0].commerciele_huur"] ||
                f.value("norm.bijstand")?.missing == ["medebewoners[0].student"])
        let tenant = try facts(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 35}, "partner": null, "kinderen": [], "medebewoners": [{"leeftijd": 40, "relatie": "huurder", "commerciele_huur": true}]}"#)
        #expect(tenant.value("norm.bijstand")?.number == 1401.50)
        let young = try facts(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 35}, "partner": null, "kinderen": [], "medebewoners": [{"leeftijd": 26}]}"#)
        #expect(young.value("norm.bijstand")?.number == 1401.50)
    }

    @Test func aowAgeFromAgeOrBirthDate() throws {
        #expect(try facts(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 67}}"#).value("aanvrager.aow_leeftijd_bereikt") == .bool(true))
        #expect(try facts(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 66}}"#).value("aanvrager.aow_leeftijd_bereikt") == .bool(false))
        // From 2028 the AOW age is 67 and 3 months: a whole-year age of 67 cannot decide it.
        #expect(try facts(#"{"peildatum": "2028-03-01", "aanvrager": {"leeftijd": 67}}"#).value("aanvrager.aow_leeftijd_bereikt") == .unknown(missing: ["aanvrager.geboortedatum"]))
        #expect(try facts(#"{"peildatum": "2028-03-01", "aanvrager": {"geboortedatum": "1960-11-15"}}"#).value("aanvrager.aow_leeftijd_bereikt") == .bool(true))
        #expect(try facts(#"{"peildatum": "2028-03-01", "aanvrager": {"geboortedatum": "1961-01-15"}}"#).value("aanvrager.aow_leeftijd_bereikt") == .bool(false))
    }

    @Test func householdTypeAndCounts() throws {
        let f = try facts(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 35}, "partner": null, "kinderen": [{"leeftijd": 3}, {"geboortedatum": "2012-05-01"}, {"leeftijd": 16}], "medebewoners": []}"#)
        #expect(f.value("huishouden.type") == .text("alleenstaande_ouder"))
        #expect(f.value("huishouden.aantal_personen")?.number == 4)
        #expect(f.value("kinderen.aantal_0_5")?.number == 1)
        #expect(f.value("kinderen.aantal_12_15")?.number == 1)
        #expect(f.value("kinderen.aantal_16_17")?.number == 1)
        let unknown = try facts(#"{"peildatum": "2026-03-01"}"#)
        #expect(unknown.value("huishouden.type") == .unknown(missing: ["partner", "kinderen"]))
    }
}
