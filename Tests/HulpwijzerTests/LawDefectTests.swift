import Testing
@testable import Hulpwijzer

/// One household per defect found in the audit of issue 8, each with the status and amount the
/// law gives (the article or official page in the comment).
@Suite struct LawDefectTests {
    /// Status and monthly amount of one scheme for a household given as JSON.
    static func result(_ json: String, _ id: String) throws -> (status: Status?, perMonth: Double?, missing: [String]) {
        let outcome = TestSupport.outcome(try TestSupport.evaluate(json), id)
        return (outcome?.status, outcome?.amount?.perMonth?.euros, (outcome?.missing ?? []) + (outcome?.amount?.missing ?? []))
    }

    static func single(age: Int, net: String, extra: String = "", peildatum: String = "2026-03-01") -> String {
        """
        {"peildatum": "\(peildatum)", "aanvrager": {"leeftijd": \(age), "uitkeringen": [], "rechtmatig_verblijf": true,
         "zorgverzekerd": true, "studiefinanciering": false}, "partner": null, "kinderen": [], "medebewoners": [],
         "woning": {"soort": "huur", "zelfstandig": true, "kale_huur_per_maand": 500},
         "inkomen": {\(net)}, "vermogen": {"totaal": 100}\(extra)}
        """
    }

    /// Rv art. 475dc lid 1: the voet is at most 95 % of the net monthly income including holiday
    /// pay. A part-timer with € 800 net (excluding holiday pay): 95 % × € 800 × 1,08 = € 820,80,
    /// not the € 1.331,43 of a full income.
    @Test func beslagvrijeVoetIsCappedAt95PercentOfNetIncome() throws {
        let low = try Self.result(Self.single(age: 30, net: #""netto_per_maand": 800, "toetsingsinkomen_per_jaar": 11000"#,
                                              extra: #", "schulden": {"beslag": true}"#), "beslagvrije-voet")
        #expect(low.status == .ja)
        #expect(low.perMonth == 820.80)
        // Counter-case: with € 1.500 net the cap (€ 1.539) is above the voet, which stays € 1.331,43.
        let high = try Self.result(Self.single(age: 30, net: #""netto_per_maand": 1500, "toetsingsinkomen_per_jaar": 11000"#,
                                               extra: #", "schulden": {"beslag": true}"#), "beslagvrije-voet")
        #expect(high.perMonth == 1331.43)
        // Unknown net income: the cap cannot be applied, so the amount is unknown, not the maximum.
        let unknown = try Self.result(Self.single(age: 30, net: #""toetsingsinkomen_per_jaar": 11000"#,
                                                  extra: #", "schulden": {"beslag": true}"#), "beslagvrije-voet")
        #expect(unknown.perMonth == nil)
        #expect(unknown.missing.contains("inkomen.netto_per_maand"))
    }

    /// Pw art. 20 lid 3–4 (2026): a single 18–20-year-old whose parents cannot support him gets
    /// the jongerennorm (€ 345,99) raised by up to € 746,45, so up to € 1.092,44 with holiday pay.
    /// With € 600 net he is `mogelijk` (the question decides), with € 460,86 a month.
    @Test func jongerennormIncreaseMakesAnIndependent19YearOldMogelijk() throws {
        let r = try Self.result(Self.single(age: 19, net: #""netto_per_maand": 600"#), "bijstand")
        #expect(r.status == .mogelijk)
        #expect(r.perMonth == 460.86)
        // Below the plain jongerennorm: entitled without the increase (€ 345,99 − € 200 / 0,95).
        let low = try Self.result(Self.single(age: 19, net: #""netto_per_maand": 200"#), "bijstand")
        #expect(low.status == .ja)
        #expect(low.perMonth == 135.46)
        // Above the raised norm: no bijstand whatever the parents can do.
        #expect(try Self.result(Self.single(age: 19, net: #""netto_per_maand": 1100"#), "bijstand").status == .nee)
        // 2025 had no increase: the same € 600 is above the jongerennorm.
        #expect(try Self.result(Self.single(age: 19, net: #""netto_per_maand": 600"#, peildatum: "2025-09-01"), "bijstand").status == .nee)
    }

    static func couple(_ a: Int, _ aYears: Int, _ b: Int, _ bYears: Int, net: Int) -> String {
        """
        {"peildatum": "2026-03-01", "aanvrager": {"leeftijd": \(a), "uitkeringen": [], "rechtmatig_verblijf": true, "aow_jaren_verzekerd": \(aYears)},
         "partner": {"leeftijd": \(b), "uitkeringen": [], "rechtmatig_verblijf": true, "aow_jaren_verzekerd": \(bYears)},
         "kinderen": [], "medebewoners": [], "inkomen": {"netto_per_maand": \(net)}, "vermogen": {"totaal": 100}}
        """
    }

    /// Pw art. 47a and art. 22: a couple of whom one has an incomplete AOW gets AIO up to the
    /// pensioner couple norm (€ 2.144,16 in January 2026): with € 1.900 net, € 2.144,16 − € 1.900 / 0,95.
    @Test func aioWhenThePartnerHasAnIncompleteAOW() throws {
        let r = try Self.result(Self.couple(70, 50, 69, 40, net: 1900), "aio")
        #expect(r.status == .ja)
        #expect(r.perMonth == 144.16)
        // Counter-case: both with a full AOW and the same income: no AIO.
        #expect(try Self.result(Self.couple(70, 50, 69, 50, net: 1900), "aio").status == .nee)
    }

    /// Pw art. 47a: the younger partner of a pensioner is helped by the SVB (AIO), not by the
    /// municipality's bijstand.
    @Test func theYoungerPartnerOfAPensionerGetsAIONotBijstand() throws {
        let json = Self.couple(60, 50, 70, 50, net: 1500)
        #expect(try Self.result(json, "aio").status == .ja)
        #expect(try Self.result(json, "bijstand").status == .nee)
    }

    static func person(_ fields: String, peildatum: String = "2026-03-01") -> String {
        """
        {"peildatum": "\(peildatum)", "aanvrager": {\(fields)}, "partner": null, "kinderen": [], "medebewoners": [],
         "inkomen": {"netto_per_maand": 900}, "vermogen": {"totaal": 100}}
        """
    }

    /// WW art. 19 lid 1 onder a: no WW while a Ziektewet benefit runs.
    @Test func noWWWhileOnZiektewet() throws {
        #expect(try Self.result(Self.person(#""leeftijd": 40, "uitkeringen": ["ziektewet"], "rechtmatig_verblijf": true"#), "ww").status == .nee)
        #expect(try Self.result(Self.person(#""leeftijd": 40, "uitkeringen": [], "rechtmatig_verblijf": true"#), "ww").status == .mogelijk)
    }

    /// Bbz 2004 art. 1: a gevestigde zelfstandige works at least 1.225 hours a year in the
    /// business (23,56 hours a week); with 12 hours a week that route is closed.
    @Test func bbzUrencriterium() throws {
        let few = try TestSupport.evaluate(Self.person(#""leeftijd": 40, "uitkeringen": [], "rechtmatig_verblijf": true, "zelfstandige": true, "werk_uren_per_week": 12"#))
        let many = try TestSupport.evaluate(Self.person(#""leeftijd": 40, "uitkeringen": [], "rechtmatig_verblijf": true, "zelfstandige": true, "werk_uren_per_week": 40"#))
        // With too few hours the gevestigde route is closed, so its question is no longer open.
        let open = { (e: Evaluation) in TestSupport.outcome(e, "bbz")?.explain().reasons.contains { $0.contains("Gevestigde zelfstandige") } }
        #expect(open(few) == false)
        #expect(open(many) == true)
    }

    /// A student who receives studiefinanciering (mbo, hbo or wo) is entitled to it.
    @Test func aStudentWhoReceivesStudiefinancieringIsJa() throws {
        let json = Self.person(#""leeftijd": 20, "uitkeringen": [], "rechtmatig_verblijf": true, "onderwijs": "hbo", "studiefinanciering": true"#)
        #expect(try Self.result(json, "studiefinanciering").status == .ja)
        let unknown = Self.person(#""leeftijd": 20, "uitkeringen": [], "rechtmatig_verblijf": true, "onderwijs": "hbo""#)
        #expect(try Self.result(unknown, "studiefinanciering").status == .mogelijk)
    }

    /// AKW art. 12 from 1 July 2025: 70 % of the basisbedrag € 416,41 is € 291,49 per quarter
    /// for a child of 0–5 (not the January amount of € 286,45).
    @Test func kinderbijslagSecondHalfOf2025() throws {
        let json = #"{"peildatum": "2025-08-01", "aanvrager": {"leeftijd": 35, "rechtmatig_verblijf": true}, "kinderen": [{"leeftijd": 3, "thuiswonend": true}, {"leeftijd": 8, "thuiswonend": true}, {"leeftijd": 14, "thuiswonend": true}]}"#
        let outcome = TestSupport.outcome(try TestSupport.evaluate(json), "kinderbijslag")
        #expect(outcome?.amount?.perQuarter == 1061.85)  // 291,49 + 353,95 + 416,41
        let january = #"{"peildatum": "2025-02-01", "aanvrager": {"leeftijd": 35, "rechtmatig_verblijf": true}, "kinderen": [{"leeftijd": 3, "thuiswonend": true}]}"#
        #expect(TestSupport.outcome(try TestSupport.evaluate(january), "kinderbijslag")?.amount?.perQuarter == 286.45)
    }

    /// Schemes a counsellor expects that were missing (issue 8): each is listed for the household
    /// it is for and `nee` for one it cannot be for.
    @Test(arguments: [
        ("iow", #""leeftijd": 62, "uitkeringen": [], "rechtmatig_verblijf": true"#, #""leeftijd": 45, "uitkeringen": [], "rechtmatig_verblijf": true"#),
        ("bewindvoeringskosten", #""leeftijd": 45, "uitkeringen": [], "rechtmatig_verblijf": true"#, #""leeftijd": 16, "uitkeringen": [], "rechtmatig_verblijf": true"#),
    ])
    func missingSchemesExist(_ id: String, _ fits: String, _ doesNot: String) throws {
        #expect(try Self.result(Self.person(fits), id).status == .mogelijk)
        #expect(try Self.result(Self.person(doesNot), id).status == .nee)
    }

    /// AKW art. 7a: a child of 3–17 with intensive care needs: double kinderbijslag is `mogelijk`
    /// (the CIZ question decides); a family whose only child is 2 cannot get it.
    @Test func dubbeleKinderbijslag() throws {
        func family(_ age: Int) -> String {
            #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 35, "rechtmatig_verblijf": true}, "kinderen": [{"leeftijd": \#(age), "thuiswonend": true}]}"#
        }
        #expect(try Self.result(family(3), "dubbele-kinderbijslag").status == .mogelijk)
        #expect(try Self.result(family(12), "dubbele-kinderbijslag").status == .mogelijk)
        #expect(try Self.result(family(2), "dubbele-kinderbijslag").status == .nee)
    }

    /// Pw art. 78gg: a couple living on WW without bijstand may get the alleenverdieners
    /// compensation; a couple on bijstand does not need it.
    @Test func alleenverdienersTegemoetkoming() throws {
        func couple(_ benefit: String) -> String {
            #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 50, "rechtmatig_verblijf": true, "uitkeringen": ["\#(benefit)"]}, "partner": {"leeftijd": 48, "rechtmatig_verblijf": true, "uitkeringen": []}, "kinderen": [], "medebewoners": []}"#
        }
        #expect(try Self.result(couple("ww"), "alleenverdienerstegemoetkoming").status == .mogelijk)
        #expect(try Self.result(couple("bijstand"), "alleenverdienerstegemoetkoming").status == .nee)
    }
}
