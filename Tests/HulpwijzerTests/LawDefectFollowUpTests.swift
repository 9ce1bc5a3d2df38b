import Foundation
import Testing
@testable import Hulpwijzer

/// The remaining defects of issue 8, one household each with the status and amount the law
/// gives (the article or official page in the comment), on 2025 and 2026 peildata.
@Suite struct LawDefectFollowUpTests {
    typealias L = LawDefectTests

    static func renter(peildatum: String, income: Int, rent: Double, coResidents: String = "") -> String {
        """
        {"peildatum": "\(peildatum)", "aanvrager": {"leeftijd": 40, "uitkeringen": [], "rechtmatig_verblijf": true, "zorgverzekerd": true},
         "partner": null, "kinderen": [], "medebewoners": [\(coResidents)],
         "woning": {"soort": "huur", "zelfstandig": true, "kale_huur_per_maand": \(rent), "servicekosten_per_maand": 0},
         "inkomen": {"toetsingsinkomen_per_jaar": \(income)}, "vermogen": {"totaal": 100}}
        """
    }

    static let lodger = #"{"leeftijd": 30, "relatie": "huurder", "commerciele_huur": true, "student": false, "inkomen_bruto_per_jaar": 24000}"#

    /// Awir art. 2 lid 1 onder e, 2°; Wht art. 2 and 20 (2026 text): an onderhuurder with a
    /// written commercial rent is no medebewoner. A single person (€ 18.000) renting at € 700 who
    /// lets a room keeps the one-person amounts: (€ 498,20 − € 202,52) + 65 % × (€ 700 − € 498,20)
    /// = € 426,85; no afbouw below the ijkpunt of € 23.425.
    @Test func anOnderhuurderIsNoMedebewonerForHuurtoeslag() throws {
        let r = try L.result(Self.renter(peildatum: "2026-03-01", income: 18000, rent: 700, coResidents: Self.lodger), "huurtoeslag")
        #expect(r.status == .ja)
        #expect(r.perMonth == 426.85)
        // Counter-case: the same person without a commercial rent is a medebewoner: two persons,
        // € 42.000 together: € 297,49 + € 131,17 − 22 % × (€ 42.000 − € 31.500) / 12 = € 236,16.
        let mede = Self.lodger.replacingOccurrences(of: #""relatie": "huurder", "commerciele_huur": true"#, with: #""relatie": "anders", "commerciele_huur": false"#)
        #expect(try L.result(Self.renter(peildatum: "2026-03-01", income: 18000, rent: 700, coResidents: mede), "huurtoeslag").perMonth == 236.16)
        // Whether he pays a commercial rent is not known: the amount is unknown, and the question is asked.
        let open = Self.lodger.replacingOccurrences(of: #""commerciele_huur": true, "#, with: "")
        let unknown = try L.result(Self.renter(peildatum: "2026-03-01", income: 18000, rent: 700, coResidents: open), "huurtoeslag")
        #expect(unknown.perMonth == nil)
        #expect(unknown.missing.contains("medebewoners[0].commerciele_huur"))
    }

    /// Wht art. 13 and 18–19 (2025 text): with the one-person referentie-inkomensijkpunt of
    /// € 32.625 the normhuur is at most € 483,78, so the basishuur is at most € 495,78; a single
    /// person with € 14.000 and a rent of € 720 (under the maximum of € 900,07) is entitled.
    @Test func huurtoeslag2025SaysJaWhenTheIncomeCannotStandInTheWay() throws {
        #expect(try L.result(Self.renter(peildatum: "2025-06-01", income: 14000, rent: 720), "huurtoeslag").status == .ja)
        // Counter-cases: an income above the ijkpunt, or a rent near the basishuur, need the proefberekening.
        #expect(try L.result(Self.renter(peildatum: "2025-06-01", income: 40000, rent: 720), "huurtoeslag").status == .mogelijk)
        #expect(try L.result(Self.renter(peildatum: "2025-06-01", income: 14000, rent: 480), "huurtoeslag").status == .mogelijk)
        // The onderhuurder's income does not count in 2025 either; a medebewoner's does.
        let rich = Self.lodger.replacingOccurrences(of: "24000", with: "30000")
        #expect(try L.result(Self.renter(peildatum: "2025-06-01", income: 14000, rent: 720, coResidents: rich), "huurtoeslag").status == .ja)
        let richMede = rich.replacingOccurrences(of: #""relatie": "huurder", "commerciele_huur": true"#, with: #""relatie": "familie""#)
        #expect(try L.result(Self.renter(peildatum: "2025-06-01", income: 14000, rent: 720, coResidents: richMede), "huurtoeslag").status == .mogelijk)
    }

    /// Uitvoeringsregeling Invorderingswet 1990 art. 16: the kosten van bestaan are 90 % of the
    /// norm of Pw art. 21, also for 18–20-year-olds. A 19-year-old with € 1.100 net: 90 % of
    /// € 1.401,50 × 0,95 = € 1.198,28 in 2026 (2025 H2: 90 % of € 1.369,06 × 0,95 = € 1.170,55).
    @Test(arguments: ["2026-03-01", "2025-09-01"])
    func kwijtscheldingUsesTheAdultNormForTheYoung(_ peildatum: String) throws {
        let json = L.single(age: 19, net: #""netto_per_maand": 1100"#, extra: #", "schulden": {}"#, peildatum: peildatum)
            .replacingOccurrences(of: #""totaal": 100}"#, with: #""totaal": 100, "auto_waarde": 0}"#)
        let outcome = TestSupport.outcome(try TestSupport.evaluate(json), "kwijtschelding-gemeentelijke-belastingen")
        let reasons = outcome?.explain().reasons ?? []
        #expect(outcome?.status == .ja, "\(reasons)")
        // Counter-case: € 1.250 net is above the kosten van bestaan, so the partial-kwijtschelding question stays.
        let above = json.replacingOccurrences(of: "1100", with: "1250")
        #expect(try TestSupport.status(above, "kwijtschelding-gemeentelijke-belastingen") == .mogelijk)
    }

    static func zorg(_ peildatum: String, applicant: Bool, partner: Bool?, income: Int) -> String {
        let p = partner.map { #"{"leeftijd": 40, "uitkeringen": [], "rechtmatig_verblijf": true, "zorgverzekerd": \#($0)}"# } ?? "null"
        return """
        {"peildatum": "\(peildatum)", "aanvrager": {"leeftijd": 40, "uitkeringen": [], "rechtmatig_verblijf": true, "zorgverzekerd": \(applicant)},
         "partner": \(p), "kinderen": [], "medebewoners": [], "inkomen": {"toetsingsinkomen_per_jaar": \(income)}, "vermogen": {"totaal": 100}}
        """
    }

    /// Wzt art. 1 lid 1 onder d: the 2025 drempelinkomen is 108 % of 12 × € 2.191,80 = € 28.406.
    /// Single, € 20.000: € 2.112 − 1,896 % × € 28.406 = € 1.573 a year, € 131 a month (the
    /// published 2025 maximum); € 35.000: € 1.573,42 − 13,7 % × € 6.594 = € 670, € 55 a month.
    @Test func zorgtoeslag2025IsComputed() throws {
        let low = try L.result(Self.zorg("2025-06-01", applicant: true, partner: nil, income: 20000), "zorgtoeslag")
        #expect(low.status == .ja)
        #expect(low.perMonth == 131)
        #expect(try L.result(Self.zorg("2025-06-01", applicant: true, partner: nil, income: 35000), "zorgtoeslag").perMonth == 55)
    }

    /// Wkb art. 2 (2025 text): single parent, one child of 5, € 35.000: € 2.511 + € 3.389 −
    /// 7,1 % × (€ 35.000 − € 28.406) = € 5.431,83 a year, € 452,65 a month.
    @Test func kindgebondenBudget2025IsComputed() throws {
        let json = #"{"peildatum": "2025-06-01", "aanvrager": {"leeftijd": 35, "rechtmatig_verblijf": true}, "partner": null, "kinderen": [{"leeftijd": 5, "thuiswonend": true}], "inkomen": {"toetsingsinkomen_per_jaar": 35000}, "vermogen": {"totaal": 100}}"#
        let outcome = TestSupport.outcome(try TestSupport.evaluate(json), "kindgebonden-budget")
        #expect(outcome?.amount?.perYear == 5431.83)
    }

    /// Wzt art. 2 lid 4: an uninsured applicant with an insured partner: the household gets half.
    /// 2026, couple, € 25.000: (2 × € 2.119 − 4,289 % × € 29.736) / 2 = € 1.481 a year, € 123 a
    /// month; 2025: (2 × € 2.112 − 4,273 % × € 28.406) / 2 = € 1.505, € 125 a month.
    @Test func zorgtoeslagHalfWhenOnlyThePartnerIsInsured() throws {
        let r = try L.result(Self.zorg("2026-03-01", applicant: false, partner: true, income: 25000), "zorgtoeslag")
        #expect(r.status == .ja)
        #expect(r.perMonth == 123)
        #expect(try L.result(Self.zorg("2025-06-01", applicant: false, partner: true, income: 25000), "zorgtoeslag").perMonth == 125)
        // Counter-cases: nobody insured is `nee`; an uninsured single person is `nee`.
        #expect(try L.result(Self.zorg("2026-03-01", applicant: false, partner: false, income: 25000), "zorgtoeslag").status == .nee)
        #expect(try L.result(Self.zorg("2026-03-01", applicant: false, partner: nil, income: 25000), "zorgtoeslag").status == .nee)
    }

    static func family(_ peildatum: String, _ child: String) -> String {
        #"{"peildatum": "\#(peildatum)", "aanvrager": {"leeftijd": 35, "rechtmatig_verblijf": true}, "kinderen": [{\#(child), "thuiswonend": true}]}"#
    }

    /// AKW art. 12 lid 3: the age on the first day of the quarter. A child born on 20 July 2020
    /// is 5 on 1 July 2026, so Q3 2026 pays € 298,40 (0–5), and Q4 from 1 October € 362,35 (6–11).
    /// 2025: a child born 10 August 2013 is 11 on 1 July 2025: € 353,95, not the 12–17 amount.
    @Test func kinderbijslagTakesTheAgeOnTheFirstDayOfTheQuarter() throws {
        func quarter(_ json: String) throws -> Double? { TestSupport.outcome(try TestSupport.evaluate(json), "kinderbijslag")?.amount?.perQuarter?.euros }
        #expect(try quarter(Self.family("2026-08-15", #""geboortedatum": "2020-07-20""#)) == 298.40)
        #expect(try quarter(Self.family("2026-10-01", #""geboortedatum": "2020-07-20""#)) == 362.35)
        #expect(try quarter(Self.family("2025-09-01", #""geboortedatum": "2013-08-10""#)) == 353.95)
        // Only an age of 6 later in the quarter: 5 or 6 on 1 July, so the amount waits for the birth date.
        let edge = TestSupport.outcome(try TestSupport.evaluate(Self.family("2026-08-15", #""leeftijd": 6"#)), "kinderbijslag")
        #expect(edge?.amount?.perQuarter == nil)
        #expect(edge?.amount?.missing.contains("kinderen[0].geboortedatum") == true)
        // On the first day of the quarter, or away from an edge, the age alone decides.
        #expect(try quarter(Self.family("2026-07-01", #""leeftijd": 6"#)) == 362.35)
        #expect(try quarter(Self.family("2026-08-15", #""leeftijd": 8"#)) == 362.35)
    }

    /// An IOW benefit is a known value of `uitkeringen`, and whoever receives it is entitled.
    @Test func iowIsAKnownBenefit() throws {
        #expect(HouseholdDecoder.knownBenefits.contains("iow"))
        let json = L.person(#""leeftijd": 63, "uitkeringen": ["iow"], "rechtmatig_verblijf": true"#)
        #expect(try L.result(json, "iow").status == .ja)
    }
}

/// The hersteloperatie toeslagen (Rijksoverheid, 4 July 2025): for a household in a debt file
/// it is `mogelijk` (the recognition as gedupeerde decides); without debt problems it is not shown.
@Suite struct HersteloperatieTests {
    @Test func shownForADebtFileOnly() throws {
        func household(_ debts: String) -> String {
            #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40}, "schulden": {\#(debts)}}"#
        }
        #expect(try TestSupport.status(household(#""problematisch": true"#), "hersteloperatie-toeslagen") == .mogelijk)
        #expect(try TestSupport.status(household(#""problematisch": false, "in_schuldhulp": false"#), "hersteloperatie-toeslagen") == .nee)
    }
}

/// `regelingen --alle` lists the abolished schemes with their end date (text and JSON).
@Suite struct EndedSchemeListingTests {
    @Test func endedSchemesAreListedWithTheirEndDate() throws {
        let text = try TestSupport.run(["regelingen", "--alle"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("aow-partnertoeslag"))
        #expect(text.stdout.contains("bestond tot en met 31 december 2014"))
        let json = try TestSupport.run(["regelingen", "--alle", "--format", "json"])
        let items = try #require(try JSONParser.parse(json.stdout).arrayValue)
        let ended = items.filter { $0.objectValue?["beeindigd"] == .bool(true) }
        #expect(ended.map { $0.objectValue?["id"]?.stringValue } == ["energietoeslag", "tijdelijk-noodfonds-energie", "aow-partnertoeslag"])
        #expect(ended.first?.objectValue?["geldig_tot"] == .string("2023-12-31"))
        // Without --alle they are not listed.
        #expect(!(try TestSupport.run(["regelingen"]).stdout.contains("aow-partnertoeslag")))
    }

    @Test func aBrokenEndedFileIsAnErrorNamingTheField() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ended-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("beeindigd"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try #"{"regelingen": [{"id": "x", "naam": "X", "geldig_tot": "2024-13-01", "wat_nu": "-", "bron": "https://example.org", "zekerheid": "onzeker"}]}"#
            .write(to: dir.appendingPathComponent(EndedScheme.file), atomically: true, encoding: .utf8)
        #expect(throws: CatalogueError.self) { try EndedScheme.load(directory: dir.path) }
        do {
            _ = try EndedScheme.load(directory: dir.path)
        } catch {
            #expect(error.description.contains("regelingen[0].geldig_tot"))
        }
    }
}
