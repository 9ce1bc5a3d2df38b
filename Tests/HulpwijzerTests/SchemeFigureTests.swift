import Testing
@testable import Hulpwijzer

/// The first catalogue schemes against published figures (sources in the comments).
@Suite struct SchemeFigureTests {
    func base(_ day: String, partner: String = "null", income: Double, assets: Double = 1000, children: String = "[]") -> String {
        #"{"peildatum": "\#(day)", "aanvrager": {"leeftijd": 40, "zorgverzekerd": true, "rechtmatig_verblijf": true, "aow_jaren_verzekerd": 20}, "partner": \#(partner), "kinderen": \#(children), "medebewoners": [], "inkomen": {"toetsingsinkomen_per_jaar": \#(income)}, "vermogen": {"totaal": \#(assets)}}"#
    }
    static let partner = #"{"leeftijd": 40, "zorgverzekerd": true, "rechtmatig_verblijf": true}"#

    /// Rijksoverheid / Toeslagenkaart 2026: maximum € 129 per month single, € 246 with a partner;
    /// income table point € 35.000 → € 69 per month.
    @Test func zorgtoeslag2026PublishedFigures() throws {
        let single = try TestSupport.evaluate(base("2026-03-01", income: 20000))
        #expect(TestSupport.outcome(single, "zorgtoeslag")?.amount?.perMonth == 129)
        #expect(TestSupport.outcome(single, "zorgtoeslag")?.amount?.perYear == 1550)
        let couple = try TestSupport.evaluate(base("2026-03-01", partner: Self.partner, income: 20000))
        #expect(TestSupport.outcome(couple, "zorgtoeslag")?.amount?.perMonth == 246)
        #expect(TestSupport.outcome(couple, "zorgtoeslag")?.amount?.perYear == 2963)
        let point = try TestSupport.evaluate(base("2026-03-01", income: 35000))
        #expect(TestSupport.outcome(point, "zorgtoeslag")?.amount?.perMonth == 69)
        // A partner without Dutch insurance: half (berekening zorgtoeslag, step 4).
        let uninsured = try TestSupport.evaluate(base("2026-03-01", partner: #"{"leeftijd": 40, "zorgverzekerd": false, "rechtmatig_verblijf": true}"#, income: 20000))
        #expect(TestSupport.outcome(uninsured, "zorgtoeslag")?.amount?.perYear == 1481)
    }

    /// Income limits 2025 (€ 39.719 / € 50.206) and 2026 (€ 40.857 / € 51.142): below, at, above.
    @Test(arguments: [
        ("2025-06-01", false, 39718.0, Status.ja), ("2025-06-01", false, 39719, .ja), ("2025-06-01", false, 39720, .nee),
        ("2026-06-01", false, 40856, .ja), ("2026-06-01", false, 40857, .ja), ("2026-06-01", false, 40858, .nee),
        ("2025-06-01", true, 50206, .ja), ("2025-06-01", true, 50207, .nee),
        ("2026-06-01", true, 51142, .ja), ("2026-06-01", true, 51143, .nee),
    ])
    func zorgtoeslagIncomeLimitEdges(day: String, withPartner: Bool, income: Double, expected: Status) throws {
        let json = base(day, partner: withPartner ? Self.partner : "null", income: income)
        #expect(try TestSupport.status(json, "zorgtoeslag") == expected)
    }

    /// The same household on 2025-06-01 and 2026-06-01 uses each year's limit.
    @Test func dateSwitchingUsesEachYearsFigures() throws {
        let json2025 = base("2025-06-01", income: 40000)
        let json2026 = base("2026-06-01", income: 40000)
        let o2025 = try #require(TestSupport.outcome(try TestSupport.evaluate(json2025), "zorgtoeslag"))
        let o2026 = try #require(TestSupport.outcome(try TestSupport.evaluate(json2026), "zorgtoeslag"))
        #expect(o2025.status == .nee)
        #expect(o2025.explain().reasons.contains { $0.contains("€ 39.719 per jaar (2025)") })
        #expect(o2026.status == .ja)
        #expect(o2026.explain().reasons.contains { $0.contains("€ 40.857 per jaar (2026)") })
        #expect(o2025.amount == nil)
        // 2025 amounts use the 2025 drempelinkomen (€ 28.406): the published maximum of € 131.
        let ok2025 = try #require(TestSupport.outcome(try TestSupport.evaluate(base("2025-06-01", income: 20000)), "zorgtoeslag"))
        #expect(ok2025.amount?.perMonth == 131)
        #expect(ok2025.explain().amountNote?.contains("bedragen vanaf") != true)
    }

    @Test func zorgtoeslagAssetLimit() throws {
        #expect(try TestSupport.status(base("2026-03-01", income: 20000, assets: 146011), "zorgtoeslag") == .ja)
        #expect(try TestSupport.status(base("2026-03-01", income: 20000, assets: 146012), "zorgtoeslag") == .nee)
        #expect(try TestSupport.status(base("2025-03-01", income: 20000, assets: 141897), "zorgtoeslag") == .nee)
    }

    /// nl-national-2026-aanvulling.md §8 worked examples.
    @Test func kindgebondenBudgetWorkedExamples() throws {
        let single = try TestSupport.evaluate(base("2026-03-01", income: 35000, children: #"[{"leeftijd": 8}, {"leeftijd": 13}]"#))
        let s = try #require(TestSupport.outcome(single, "kindgebonden-budget"))
        #expect(s.status == .ja)
        #expect(s.amount?.perYear == 8899.94)
        #expect(s.amount?.perMonth == 741.66)
        let couple = try TestSupport.evaluate(base("2026-03-01", partner: Self.partner, income: 45000, children: #"[{"leeftijd": 5}, {"leeftijd": 14}, {"leeftijd": 16}]"#))
        let c = try #require(TestSupport.outcome(couple, "kindgebonden-budget"))
        #expect(c.amount?.perYear == 8982.72)
        #expect(c.amount?.perMonth == 748.56)
        // The single parent's budget reaches 0 at about € 152.104 (aanvulling §8): above it, nee.
        let rich = try TestSupport.evaluate(base("2026-03-01", income: 153000, children: #"[{"leeftijd": 8}, {"leeftijd": 13}]"#))
        #expect(TestSupport.outcome(rich, "kindgebonden-budget")?.status == .nee)
        let noChildren = try TestSupport.evaluate(base("2026-03-01", income: 20000))
        #expect(TestSupport.outcome(noChildren, "kindgebonden-budget")?.status == .nee)
    }

    /// SVB amounts per quarter: Q1 2026 (€ 295,07 / € 358,30 / € 421,53) and Q3 2026 (€ 298,40 / € 362,35 / € 426,29).
    @Test func kinderbijslagPerAgeBand() throws {
        let kids = #"[{"leeftijd": 2}, {"leeftijd": 7}, {"leeftijd": 15}]"#
        let q1 = try #require(TestSupport.outcome(try TestSupport.evaluate(base("2026-02-01", income: 20000, children: kids)), "kinderbijslag"))
        #expect(q1.amount?.perQuarter == 1074.90)
        let q3 = try #require(TestSupport.outcome(try TestSupport.evaluate(base("2026-08-01", income: 20000, children: kids)), "kinderbijslag"))
        #expect(q3.amount?.perQuarter == 1087.04)
        let y2025 = try #require(TestSupport.outcome(try TestSupport.evaluate(base("2025-02-01", income: 20000, children: kids)), "kinderbijslag"))
        #expect(y2025.amount?.perQuarter == 1043.49)
        #expect(!y2025.explain().uncertainFigures.isEmpty)
    }

    /// Bijstand asset limit 2026 € 8.000 single, € 16.000 single parent; 2025 € 7.770.
    @Test(arguments: [
        ("2026-03-01", "[]", 8000.0, Status.ja), ("2026-03-01", "[]", 8001, .nee),
        ("2026-03-01", #"[{"leeftijd": 5}]"#, 16000, .ja), ("2026-03-01", #"[{"leeftijd": 5}]"#, 16001, .nee),
        ("2025-03-01", "[]", 7770, .ja), ("2025-03-01", "[]", 7771, .nee),
    ])
    func bijstandAssetEdges(day: String, children: String, assets: Double, expected: Status) throws {
        let json = #"{"peildatum": "\#(day)", "aanvrager": {"leeftijd": 40, "rechtmatig_verblijf": true, "uitkeringen": []}, "partner": null, "kinderen": \#(children), "medebewoners": [], "inkomen": {"netto_per_maand": 0}, "vermogen": {"totaal": \#(assets)}}"#
        #expect(try TestSupport.status(json, "bijstand") == expected)
    }

    @Test func bijstandIncomeAndAmount() throws {
        let json = #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "rechtmatig_verblijf": true, "uitkeringen": []}, "partner": null, "kinderen": [], "medebewoners": [], "inkomen": {"netto_per_maand": %@}, "vermogen": {"totaal": 0}}"#
        let none = try #require(TestSupport.outcome(try TestSupport.evaluate(json.replacingOccurrences(of: "%@", with: "0")), "bijstand"))
        #expect(none.status == .ja)
        #expect(none.amount?.perMonth == 1401.50)
        #expect(try TestSupport.status(json.replacingOccurrences(of: "%@", with: "1331.43"), "bijstand") == .ja)
        #expect(try TestSupport.status(json.replacingOccurrences(of: "%@", with: "1332.43"), "bijstand") == .nee)
        // At the AOW age bijstand is replaced by the AIO.
        let old = #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 68, "rechtmatig_verblijf": true, "aow_jaren_verzekerd": 30}, "partner": null, "kinderen": [], "medebewoners": [], "inkomen": {"netto_per_maand": 900}, "vermogen": {"totaal": 2000}}"#
        #expect(try TestSupport.status(old, "bijstand") == .nee)
        #expect(try TestSupport.status(old, "aio") == .ja)
    }

    /// AOW: 2% per insured year of the gross amount (SVB 2026: € 1.637,57 single, € 1.122,12 per person married).
    @Test func aowAmount() throws {
        let single = #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 70, "aow_jaren_verzekerd": 40}, "partner": null}"#
        let o = try #require(TestSupport.outcome(try TestSupport.evaluate(single), "aow"))
        #expect(o.status == .ja)
        #expect(o.amount?.perMonth == 1310.06)
        let married = #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 70, "aow_jaren_verzekerd": 50}, "partner": {"leeftijd": 70}}"#
        #expect(TestSupport.outcome(try TestSupport.evaluate(married), "aow")?.amount?.perMonth == 1122.12)
        #expect(try TestSupport.status(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 66}}"#, "aow") == .nee)
    }
}
