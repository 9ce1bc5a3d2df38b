import Testing
@testable import Hulpwijzer

/// The free assets kwijtschelding can leave (issue 8, "Partial knowledge": a couple with
/// € 30.000 savings). Uitvoeringsregeling Invorderingswet 1990 art. 12 lid 2 d leaves one month's
/// kosten van bestaan plus the monthly net housing costs and health premiums free; the Regeling
/// kwijtschelding belastingen medeoverheden art. 4 lets a municipality or waterschap add at most
/// € 2.000 (couple), € 1.800 (single parent) or € 1.500 (single). Assets above the sum with every
/// part at its highest are never left free, so the scheme is `nee` whatever the municipality decides.
@Suite struct KwijtscheldingBufferTests {
    static let schemes = ["kwijtschelding-gemeentelijke-belastingen", "kwijtschelding-waterschapsbelasting"]

    static func couple(vermogen: Double, premiums: (Int, Int)? = (160, 155), soort: String = "huur", day: String = "2026-03-01") -> String {
        let a = premiums.map { #", "zorgpremie_per_maand": \#($0.0)"# } ?? ""
        let p = premiums.map { #", "zorgpremie_per_maand": \#($0.1)"# } ?? ""
        return """
        {"peildatum": "\(day)", "gemeente": "Utrecht", "aanvrager": {"leeftijd": 45\(a)}, "partner": {"leeftijd": 44\(p)},
         "kinderen": [], "medebewoners": [], "woning": {"soort": "\(soort)", "kale_huur_per_maand": 800, "servicekosten_per_maand": 40},
         "inkomen": {"netto_per_maand": 1900}, "vermogen": {"totaal": \(vermogen), "auto_waarde": 0}}
        """
    }

    static func buffer(_ json: String) throws -> FactValue {
        let household = try TestSupport.household(json)
        let facts = FactComputer(household: household, day: household.peildatum!, globals: TestSupport.catalogue.globals).compute()
        return facts[FactIDs.vermogenKwijtscheldingBufferHoogstens]
    }

    /// 2026: couple norm € 2.002,13 (Pw art. 21 b) + rent € 800 + service costs € 40 + premiums
    /// € 160 + € 155 + extra buffer € 2.000 = € 5.157,13. € 30.000 is far above it: `nee`, and the
    /// reason names the buffer.
    @Test func thirtyThousandIsAboveEveryBufferTheRulesAllow() throws {
        #expect(try Self.buffer(Self.couple(vermogen: 30000)) == .number(5157.13))
        let evaluation = try TestSupport.evaluate(Self.couple(vermogen: 30000))
        for id in Self.schemes {
            let outcome = TestSupport.outcome(evaluation, id)
            #expect(outcome?.status == .nee, "\(id)")
            let reasons = outcome?.explain().reasons ?? []
            #expect(reasons.contains { $0.contains("hoogste vrije buffer bij kwijtschelding") && $0.contains("€ 5.157,13") }, "\(reasons)")
            // A figure fixed in the regulation is not shown as uncertain in a later year.
            #expect(outcome?.explain().uncertainFigures.isEmpty ?? false, "\(outcome?.explain().uncertainFigures ?? [])")
        }
    }

    /// Counter-case: without the premiums the buffer is open, so the scheme stays `mogelijk` and
    /// the premiums are what decides it.
    @Test func unknownPremiumsKeepItOpenAndAreAsked() throws {
        #expect(try Self.buffer(Self.couple(vermogen: 30000, premiums: nil)).missing == ["aanvrager.zorgpremie_per_maand", "partner.zorgpremie_per_maand"])
        let evaluation = try TestSupport.evaluate(Self.couple(vermogen: 30000, premiums: nil))
        for id in Self.schemes {
            let outcome = TestSupport.outcome(evaluation, id)
            #expect(outcome?.status == .mogelijk, "\(id)")
            #expect(outcome?.missing.contains("aanvrager.zorgpremie_per_maand") == true)
        }
        // Assets under the known part of the buffer (norm € 2.002,13 + rent € 840 + € 2.000) are
        // free whatever the premiums are: nothing to ask for them.
        let small = TestSupport.outcome(try TestSupport.evaluate(Self.couple(vermogen: 4000, premiums: nil)), Self.schemes[0])
        #expect(small?.missing.contains("aanvrager.zorgpremie_per_maand") == false)
        let household = try TestSupport.household(Self.couple(vermogen: 4000, premiums: nil))
        let facts = FactComputer(household: household, day: household.peildatum!, globals: TestSupport.catalogue.globals).compute()
        #expect(facts.bounds[FactIDs.vermogenKwijtscheldingBufferHoogstens]?.low == 4842.13)
        // Mortgage costs are not in the contract: an owner's buffer stays open without a question.
        #expect(try Self.buffer(Self.couple(vermogen: 30000, soort: "koop")) == .unknown(missing: []))
        #expect(try TestSupport.status(Self.couple(vermogen: 30000, soort: "koop"), Self.schemes[0]) == .mogelijk)
    }

    /// The edge: at the buffer the assets may still be free (the municipality decides: `mogelijk`);
    /// one euro above it they never are.
    @Test func theEdgeOfTheBuffer() throws {
        #expect(try TestSupport.status(Self.couple(vermogen: 5157.13), Self.schemes[0]) == .mogelijk)
        #expect(try TestSupport.status(Self.couple(vermogen: 5158.13), Self.schemes[0]) == .nee)
    }

    /// The extra buffer follows the household type; with the type unknown the largest one bounds it.
    @Test func theExtraBufferFollowsTheHouseholdType() throws {
        // Single parent, 2026: norm € 1.401,50 + rent € 700 + premium € 150 + € 1.800 = € 4.051,50.
        let parent = """
        {"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 35, "zorgpremie_per_maand": 150}, "partner": null,
         "kinderen": [{"leeftijd": 6}], "medebewoners": [], "woning": {"soort": "huur", "kale_huur_per_maand": 700, "servicekosten_per_maand": 0}}
        """
        #expect(try Self.buffer(parent) == .number(4051.50))
        // Homeless single: no housing costs; € 1.401,50 + € 120 + € 1.500 = € 3.021,50.
        let homeless = """
        {"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 30, "zorgpremie_per_maand": 120}, "partner": null,
         "kinderen": [], "medebewoners": [], "woning": {"soort": "dakloos"}}
        """
        #expect(try Self.buffer(homeless) == .number(3021.50))
        // Uninsured: no premium, so nothing to ask; € 1.401,50 + € 700 + € 0 + € 1.500 = € 3.601,50.
        let uninsured = """
        {"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 30, "zorgverzekerd": false}, "partner": null,
         "kinderen": [], "medebewoners": [], "woning": {"soort": "huur", "kale_huur_per_maand": 700, "servicekosten_per_maand": 0}}
        """
        #expect(try Self.buffer(uninsured) == .number(3601.50))
    }
}
