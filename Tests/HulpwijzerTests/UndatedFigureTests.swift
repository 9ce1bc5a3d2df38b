import Foundation
import Testing
@testable import Hulpwijzer

/// A municipal figure from a page that names no year (`"vanaf": "onbekend"`) is used, and shown
/// everywhere as a figure of unknown year that may no longer be current: in the reasons, among the
/// uncertain figures, on the overview line, in `gemeenten` and in `gemeenten --verouderd`.
@Suite struct UndatedFigureTests {
    /// A copy of the catalogue whose Meppel file has an IIT limit and amounts without a year.
    static func catalogue() throws -> URL {
        let file = #"""
        {"gemeente": "GM0119", "naam": "Meppel", "regio": [],
         "afwijkingen": {"individuele-inkomenstoeslag": {
           "inkomensgrens_pct": {"vanaf": "onbekend", "waarde": 120, "bron": "https://www.meppel.nl/individuele-inkomenstoeslag",
             "zekerheid": "onzeker", "toelichting": "De pagina van de gemeente noemt geen jaar."},
           "bedrag": {"vanaf": "onbekend", "waarde": {"alleenstaand": 400, "alleenstaande_ouder": 550, "paar": 550, "paar_met_kinderen": 550},
             "bron": "https://www.meppel.nl/individuele-inkomenstoeslag", "zekerheid": "onzeker", "toelichting": "De pagina van de gemeente noemt geen jaar."}},
          "collectieve-zorgverzekering": {
           "inkomensgrens_pct": {"vanaf": "onbekend", "waarde": 130, "bron": "https://www.meppel.nl/collectieve-zorgverzekering",
             "zekerheid": "onzeker", "toelichting": "De pagina van de gemeente noemt geen jaar."}}}}
        """#
        return try TestSupport.catalogueCopy("hw-undated", files: ["gemeenten/lokaal/GM0119.json": file])
    }

    static func household(_ day: String) -> String {
        #"""
        {"peildatum": "\#(day)", "gemeente": "Meppel", "partner": null, "kinderen": [], "medebewoners": [],
         "aanvrager": {"leeftijd": 40, "rechtmatig_verblijf": true, "zorgverzekerd": true, "werk_uren_per_week": 0, "uitkeringen": [],
                       "onderwijs": "geen", "studiefinanciering": false, "chronisch_ziek_of_beperking": false},
         "woning": {"soort": "huur", "zelfstandig": true, "kale_huur_per_maand": 600},
         "inkomen": {"netto_per_maand": 1100, "maanden_laag_inkomen": 60}, "vermogen": {"totaal": 1000, "auto_waarde": 0}}
        """#
    }

    @Test(arguments: ["2025-06-01", "2026-06-01"])
    func anUndatedFigureIsUsedAndAlwaysUncertain(day: String) throws {
        let dir = try Self.catalogue()
        defer { try? FileManager.default.removeItem(at: dir) }
        let engine = Engine(catalogue: try Catalogue.load(from: dir.path))
        let e = try engine.evaluateWithOverview(try TestSupport.household(Self.household(day)))
        let iit = try #require(TestSupport.outcome(e, "individuele-inkomenstoeslag"))
        #expect(iit.status == .mogelijk)  // maatwerk: at best mogelijk
        #expect(iit.amount?.perYear?.euros == 400)
        let x = iit.explain()
        #expect(x.reasons.contains { $0.contains("120% (jaar onbekend, onzeker)") }, "\(x.reasons)")
        #expect(x.uncertainFigures.contains("de inkomensgrens (als percentage van de bijstandsnorm) (de bron noemt geen jaar; mogelijk niet meer actueel)"), "\(x.uncertainFigures)")
        #expect(iit.oldestStaleMunicipalFigure == .undated)
        #expect(iit.oldestStaleMunicipalYear == nil)
        #expect(!JSONRenderer.render(e, includeNo: false).contains("uit 1,"))
        let text = TextRenderer.render(e, includeNo: false)
        #expect(!text.contains("(1,") && !text.contains("uit 1)") && !text.contains(" 1 januari 1"), "\(text)")
        // The gemeentepolis is ja on its undated limit: its overview line and handout card say so.
        let polis = try #require(TestSupport.outcome(e, "collectieve-zorgverzekering"))
        #expect(polis.status == .ja, "\(polis.explain().reasons)")
        #expect(polis.oldestStaleMunicipalFigure == .undated)
        #expect(text.contains("(cijfers zonder jaar)"), "\(text)")
        let html = HTMLRenderer.render(e)
        #expect(html.contains("De gemeente noemt geen jaar bij een gebruikt bedrag of een gebruikte grens; misschien is dat inmiddels veranderd."), "\(html)")
        #expect(!html.contains("sinds 1 "))
        // A higher income is above the undated limit: nee, on that limit.
        let high = try engine.evaluate(try TestSupport.household(Self.household(day).replacingOccurrences(of: "1100", with: "2500")))
        #expect(TestSupport.outcome(high, "individuele-inkomenstoeslag")?.status == .nee)
    }

    @Test func listingsSayThatTheYearIsUnknown() throws {
        let dir = try Self.catalogue()
        defer { try? FileManager.default.removeItem(at: dir) }
        let catalogue = try Catalogue.load(from: dir.path)
        let meppel = try #require(catalogue.municipalities.municipality(code: "GM0119"))
        let local = try catalogue.local(for: "GM0119")
        #expect(local.hasUndatedFigures && local.figureYears == nil)
        let text = TextRenderer.listing(.municipalities([(meppel, local)]))
        #expect(text.contains("bedragen zonder jaar"), "\(text)")
        #expect(text.contains("zonder jaar: 3"), "\(text)")
        let doc = try #require(try JSONParser.parse(JSONRenderer.listing(.municipalities([(meppel, local)]))).objectValue)
        #expect(doc["bedragen_zonder_jaar"] == .number(3))
        #expect(doc["bedragen_per_jaar"] == .array([]))

        let env = ["HULPWIJZER_CATALOGUS": dir.path]
        let stale = try TestSupport.run(["gemeenten", "--verouderd", "--peildatum", "2026-06-01"], environment: env)
        #expect(stale.status == 0, "\(stale.stderr)")
        #expect(stale.stdout.contains("GM0119  Meppel (") && stale.stdout.contains("oudste zonder jaar"), "\(stale.stdout)")
        #expect(stale.stdout.contains("    zonder jaar  onzeker      gemeenten/lokaal/GM0119.json  afwijkingen.individuele-inkomenstoeslag.inkomensgrens_pct"), "\(stale.stdout)")
        let json = try TestSupport.run(["gemeenten", "--verouderd", "--peildatum", "2025-01-01", "--format", "json"], environment: env)
        let rows = try #require(try JSONParser.parse(json.stdout).objectValue?["gemeenten"]?.arrayValue?.compactMap(\.objectValue))
        let row = try #require(rows.first { $0["code"] == .string("GM0119") })
        #expect(row["oudste_jaar"] == .null && row["zonder_jaar"] == .bool(true))
        let figure = try #require(row["bedragen"]?.arrayValue?.first?.objectValue)
        #expect(figure["jaar"] == .null && figure["vanaf"] == .string("onbekend"))
        // The municipalities with undated figures come first: their figures may be the oldest.
        #expect(rows.first?["zonder_jaar"] == .bool(true))
    }

    /// `regels` (the rule text) says the year is unknown instead of a date.
    @Test func theRuleTextSaysTheYearIsUnknown() throws {
        let dir = try Self.catalogue()
        defer { try? FileManager.default.removeItem(at: dir) }
        let catalogue = try Catalogue.load(from: dir.path)
        let scheme = try #require(catalogue.scheme(id: "individuele-inkomenstoeslag"))
        let lines = RuleText.figures(scheme, overrides: try catalogue.local(for: "GM0119").overrides[scheme.id], on: Day(year: 2026, month: 3, day: 1)!)
        #expect(lines.contains { $0.contains("120%") && $0.contains("(jaar onbekend, onzeker)") }, "\(lines)")
    }
}
