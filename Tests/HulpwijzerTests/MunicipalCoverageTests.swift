import Foundation
import Testing
@testable import Hulpwijzer

/// Stale municipal figures (marked uncertain, listed by `gemeenten --verouderd`), what each
/// municipality models and what was searched and not found, and the coverage summary.
@Suite struct MunicipalCoverageTests {
    /// A copy of the catalogue with a small file for Meppel: one IIT figure from 2025 marked
    /// `geverifieerd`, and two kinds of policy searched for and not found.
    static func catalogueWithMeppel() throws -> URL {
        let file = #"""
        {"gemeente": "GM0119", "naam": "Meppel", "regio": [],
         "afwijkingen": {"individuele-inkomenstoeslag": {"inkomensgrens_pct": {"vanaf": "2025-01-01", "waarde": 120,
           "bron": "https://www.meppel.nl/individuele-inkomenstoeslag", "zekerheid": "geverifieerd"}}},
         "niet_gevonden": [{"soort": "zorgverzekering", "gezocht": "2026-12-02", "toelichting": "geen pagina"},
                           {"soort": "kwijtschelding", "gezocht": "2026-12-02"}]}
        """#
        return try TestSupport.catalogueCopy("hw-cov", files: ["gemeenten/lokaal/GM0119.json": file])
    }

    static func household(_ day: String) -> String {
        #"""
        {"peildatum": "\#(day)", "gemeente": "Meppel", "partner": null, "kinderen": [], "medebewoners": [],
         "aanvrager": {"leeftijd": 40, "rechtmatig_verblijf": true, "zorgverzekerd": true, "werk_uren_per_week": 0, "uitkeringen": [],
                       "onderwijs": "geen", "studiefinanciering": false, "chronisch_ziek_of_beperking": false},
         "inkomen": {"netto_per_maand": 3000, "maanden_laag_inkomen": 60}, "vermogen": {"totaal": 1000, "auto_waarde": 0}}
        """#
    }

    @Test func aMunicipalFigureFromAnEarlierYearIsUncertainWithItsYear() throws {
        let dir = try Self.catalogueWithMeppel()
        defer { try? FileManager.default.removeItem(at: dir) }
        let engine = Engine(catalogue: try Catalogue.load(from: dir.path))
        let current = try engine.evaluate(try TestSupport.household(Self.household("2025-06-01")))
        let later = try engine.evaluate(try TestSupport.household(Self.household("2026-06-01")))
        let now = try #require(TestSupport.outcome(current, "individuele-inkomenstoeslag")).explain()
        let old = try #require(TestSupport.outcome(later, "individuele-inkomenstoeslag")).explain()
        #expect(!now.uncertainFigures.contains { $0.contains("inkomensgrens") })
        #expect(now.reasons.contains { $0.contains("120% (2025).") })
        #expect(old.uncertainFigures.contains("de inkomensgrens (als percentage van de bijstandsnorm) (uit 2025, mogelijk sindsdien door de gemeente gewijzigd)"))
        #expect(old.reasons.contains { $0.contains("120% (2025, onzeker).") })
        let json = JSONRenderer.render(later, includeNo: true)
        #expect(json.contains("(uit 2025, mogelijk sindsdien door de gemeente gewijzigd)"))
        // The overview line names the year of the oldest such figure.
        #expect(TestSupport.outcome(current, "individuele-inkomenstoeslag")?.oldestStaleMunicipalYear == nil)
        #expect(TestSupport.outcome(later, "individuele-inkomenstoeslag")?.oldestStaleMunicipalYear == 2025)
    }

    @Test func notFoundIsSaidInOneDutchSentence() throws {
        let dir = try Self.catalogueWithMeppel()
        defer { try? FileManager.default.removeItem(at: dir) }
        let e = try Engine(catalogue: try Catalogue.load(from: dir.path)).evaluate(try TestSupport.household(Self.household("2026-06-01")))
        let sentence = "Niet gevonden op de site van de gemeente (gezocht 2 december 2026): collectieve zorgverzekering, kwijtscheldingsbeleid."
        #expect(e.notes.map(\.sentence).contains(sentence))
        #expect(JSONRenderer.render(e, includeNo: false).contains(sentence))
        #expect(TextRenderer.render(e, includeNo: false).contains("Niet gevonden op de site van de gemeente"))
        // A municipality without such records gets no such note.
        let catalogue = try Catalogue.load(from: TestSupport.dataDirectory)
        let without = try #require(catalogue.municipalities.all.first { (try? catalogue.local(for: $0.code).notFound.isEmpty) == true })
        let plain = try TestSupport.evaluate(#"{"peildatum": "2026-06-01", "gemeente": ""# + without.code + #""}"#)
        #expect(!plain.notes.contains { $0.sentence.hasPrefix("Niet gevonden") })
    }

    /// Meppel's file (in this copy) says its gemeentepolis and kwijtschelding policy were looked
    /// for and not found: an income far under every limit gets `mogelijk` with that said, not a
    /// `ja` on national defaults. The same household in a municipality with its own gemeentepolis
    /// figure (Arnhem, 120%) is `ja`; a `nee` stays `nee`.
    @Test func aPolicyNotFoundAtTheMunicipalityIsNeverAPlainJa() throws {
        let dir = try Self.catalogueWithMeppel()
        defer { try? FileManager.default.removeItem(at: dir) }
        let engine = Engine(catalogue: try Catalogue.load(from: dir.path))
        let low = Self.household("2026-06-01").replacingOccurrences(of: #""netto_per_maand": 3000"#, with: #""netto_per_maand": 1200"#)
            .replacingOccurrences(of: #""medebewoners": []"#, with: #""medebewoners": [], "woning": {"soort": "huur", "zelfstandig": true, "kale_huur_per_maand": 600}"#)
        let e = try engine.evaluate(try TestSupport.household(low))
        let o = try #require(TestSupport.outcome(e, "collectieve-zorgverzekering"))
        #expect(o.status == .mogelijk)
        #expect(o.missing.isEmpty)
        #expect(o.explain().reasons.contains("Niet gevonden op de site van de gemeente: collectieve zorgverzekering. Getoetst met de landelijke standaard; vraag de gemeente of zij dit aanbiedt en tot welk inkomen."), "\(o.explain().reasons)")
        #expect(TestSupport.outcome(e, "kwijtschelding-gemeentelijke-belastingen")?.status != .ja)
        let overview = try #require(try engine.evaluateWithOverview(try TestSupport.household(low)).overview)
        #expect(overview.possible.contains { $0.kind == .askMunicipality && $0.items.contains { $0.outcome.scheme.id == "collectieve-zorgverzekering" } })
        let arnhem = low.replacingOccurrences(of: #""gemeente": "Meppel""#, with: #""gemeente": "Arnhem""#)
        #expect(TestSupport.outcome(try engine.evaluate(try TestSupport.household(arnhem)), "collectieve-zorgverzekering")?.status == .ja)
        let high = try engine.evaluate(try TestSupport.household(Self.household("2026-06-01")))
        #expect(TestSupport.outcome(high, "collectieve-zorgverzekering")?.status == .nee)
    }

    /// A record that says the municipality offers the scheme and only its figures were not found
    /// (`"aangeboden": true`): kwijtschelding by the national 90% norm, the least a municipality
    /// may use, stays `ja`; a gemeentepolis, whose limit has no such floor, stays `mogelijk` and
    /// says which figure is missing. `aangeboden` is refused on a kind without figures of its own.
    @Test func aPolicyOfferedWithoutItsFiguresKeepsAKwijtscheldingJa() throws {
        let dir = try Self.catalogueWithMeppel()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("gemeenten/lokaal/GM0119.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: #""gezocht": "2026-12-02""#, with: #""gezocht": "2026-12-02", "aangeboden": true"#)
            .write(to: file, atomically: true, encoding: .utf8)
        let catalogue = try Catalogue.load(from: dir.path)
        #expect(try catalogue.local(for: "GM0119").notFound.allSatisfy(\.offered))
        let engine = Engine(catalogue: catalogue)
        let low = Self.household("2026-06-01").replacingOccurrences(of: #""netto_per_maand": 3000"#, with: #""netto_per_maand": 1100"#)
            .replacingOccurrences(of: #""medebewoners": []"#, with: #""medebewoners": [], "woning": {"soort": "huur", "zelfstandig": true, "kale_huur_per_maand": 600, "servicekosten_per_maand": 0}"#)
            .replacingOccurrences(of: #""chronisch_ziek_of_beperking": false"#, with: #""chronisch_ziek_of_beperking": false, "zorgpremie_per_maand": 150"#)
        let e = try engine.evaluate(try TestSupport.household(low))
        let kwijtschelding = try #require(TestSupport.outcome(e, "kwijtschelding-gemeentelijke-belastingen"))
        #expect(kwijtschelding.status == .ja, "\(kwijtschelding.explain().reasons) \(kwijtschelding.missing)")
        let polis = try #require(TestSupport.outcome(e, "collectieve-zorgverzekering"))
        #expect(polis.status == .mogelijk)
        #expect(polis.explain().reasons.contains("Niet gevonden op de site van de gemeente: de inkomensgrens van de collectieve zorgverzekering (die de gemeente wel heeft). Getoetst met de landelijke standaard; vraag de gemeente tot welk inkomen."), "\(polis.explain().reasons)")
        #expect(e.notes.map(\.sentence).contains { $0.contains("de norm voor kwijtschelding (die de gemeente wel geeft)") })

        try text.replacingOccurrences(of: #"{"soort": "kwijtschelding", "gezocht": "2026-12-02"}"#,
                                      with: #"{"soort": "inkomensgrens", "gezocht": "2026-12-02", "aangeboden": true}, {"soort": "iit", "gezocht": "2026-12-02", "aangeboden": "ja"}"#)
            .write(to: file, atomically: true, encoding: .utf8)
        let problems = try Catalogue.load(from: dir.path).validateAllMunicipalities().map(\.description).joined(separator: "\n")
        #expect(problems.contains("niet_gevonden[1].aangeboden"), "\(problems)")
        #expect(problems.contains("niet_gevonden[2].aangeboden"), "\(problems)")
    }

    /// Arnhem has a GelrePas and a meerkostenregeling, but no kindpakket or computer scheme was
    /// found: the note must not say that no own schemes were found at all.
    @Test func aKindThatIsPartlyModelledIsSaidAsWhatIsStillMissing() throws {
        let local = try TestSupport.catalogue.local(for: "GM0202")
        #expect(!local.schemes.isEmpty)
        let item = try #require(local.notFound.first { $0.kind == .eigenRegelingen })
        #expect(item.partly)
        let e = try TestSupport.evaluate(#"{"peildatum": "2026-03-01", "gemeente": "GM0202"}"#)
        let note = e.notes.map(\.sentence).first { $0.hasPrefix("Niet gevonden") }
        #expect(note?.contains("andere eigen regelingen voor minima dan de opgenomen") == true, "\(note ?? "")")
        #expect(note?.contains(": eigen regelingen voor minima") == false)
    }

    @Test func twoSearchDatesGiveTwoClauses() {
        let items = [NotFound(kind: .iit, searched: Day(year: 2026, month: 12, day: 2)!, note: nil),
                     NotFound(kind: .zorgverzekering, searched: Day(year: 2026, month: 11, day: 1)!, note: nil),
                     NotFound(kind: .eigenRegelingen, searched: Day(year: 2026, month: 12, day: 2)!, note: nil)]
        #expect(EvaluationNote.municipalityNotFound(name: "X", items: items).sentence
                == "Niet gevonden op de site van de gemeente (gezocht 2 december 2026): individuele inkomenstoeslag, eigen regelingen voor minima; (gezocht 1 november 2026): collectieve zorgverzekering.")
    }

    @Test func listingShowsWhatIsModelledAndWhatWasNotFound() throws {
        let dir = try Self.catalogueWithMeppel()
        defer { try? FileManager.default.removeItem(at: dir) }
        let catalogue = try Catalogue.load(from: dir.path)
        let meppel = try #require(catalogue.municipalities.municipality(code: "GM0119"))
        let local = try catalogue.local(for: "GM0119")
        #expect(local.modelledKinds == [.iit])
        #expect(local.hasIITFigure)
        let text = TextRenderer.listing(.municipalities([(meppel, local)]))
        #expect(text.contains("opgenomen: individuele inkomenstoeslag; niet gevonden (gezocht 2 december 2026): collectieve zorgverzekering, kwijtscheldingsbeleid"))
        #expect(text.contains("een eigen bedrag of grens voor de individuele inkomenstoeslag bij 1 gemeente (100% van de inwoners)"))
        let doc = try #require(try JSONParser.parse(JSONRenderer.listing(.municipalities([(meppel, local)]))).objectValue)
        #expect(doc["gemeenten_met_iit"] == .number(1))
        let row = try #require(doc["gemeenten"]?.arrayValue?.first?.objectValue)
        #expect(row["opgenomen"] == .array([.string("iit")]))
        let notFound = try #require(row["niet_gevonden"]?.arrayValue)
        #expect(notFound.count == 2)
        #expect(notFound.first?.objectValue?["toelichting"] == .string("geen pagina"))
        #expect(notFound.first?.objectValue?["gezocht"] == .string("2026-12-02"))
    }

    /// The summary counts each kind of policy (modelled, and looked for without result) and every
    /// dated figure by its year: the counts a closing note on municipal data reports.
    @Test func listingCountsKindsAndFiguresByYear() throws {
        let dir = try Self.catalogueWithMeppel()
        defer { try? FileManager.default.removeItem(at: dir) }
        let catalogue = try Catalogue.load(from: dir.path)
        var rows: [(Municipality, LocalCatalogue)] = []
        for code in ["GM0119", "GM0202"] {
            rows.append((try #require(catalogue.municipalities.municipality(code: code)), try catalogue.local(for: code)))
        }
        let text = TextRenderer.listing(.municipalities(rows))
        let lines = text.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("  individuele inkomenstoeslag ") && $0.hasSuffix(" 2  0") }, "\(text.prefix(1500))")
        #expect(text.contains("  kwijtscheldingsbeleid"))
        #expect(text.contains("2025: "))
        let doc = try #require(try JSONParser.parse(JSONRenderer.listing(.municipalities(rows))).objectValue)
        let kinds = (doc["per_soort"]?.arrayValue ?? []).compactMap { $0.objectValue }
        #expect(kinds.map { $0["soort"]?.stringValue } == NotFound.Kind.allCases.map(\.rawValue))
        let iit = try #require(kinds.first { $0["soort"] == .string("iit") })
        #expect(iit["opgenomen"] == .number(2) && iit["niet_gevonden"] == .number(0))
        let zorg = try #require(kinds.first { $0["soort"] == .string("zorgverzekering") })
        #expect(zorg["niet_gevonden"]?.numberValue ?? 0 >= 1)
        // Meppel's copy has exactly one dated figure, from 2025; Arnhem's add to the count.
        let meppelOnly = try #require(try JSONParser.parse(JSONRenderer.listing(.municipalities(Array(rows.prefix(1))))).objectValue)
        #expect(meppelOnly["bedragen_per_jaar"] == .array([.object(JSONObject([("jaar", .number(2025)), ("aantal", .number(1))]))]))
        let years = (doc["bedragen_per_jaar"]?.arrayValue ?? []).compactMap { $0.objectValue }
        #expect(years.reduce(0) { $0 + ($1["aantal"]?.numberValue ?? 0) } > 1)
        #expect(years.map { $0["jaar"]?.numberValue ?? 0 } == years.map { $0["jaar"]?.numberValue ?? 0 }.sorted())
    }

    @Test func staleFiguresAreListedWithFileAndPath() throws {
        let dir = try Self.catalogueWithMeppel()
        defer { try? FileManager.default.removeItem(at: dir) }
        let local = try Catalogue.load(from: dir.path).local(for: "GM0119")
        #expect(local.staleFigures(on: Day(year: 2025, month: 12, day: 31)!).isEmpty)
        let stale = local.staleFigures(on: Day(year: 2026, month: 1, day: 1)!)
        #expect(stale.map(\.path) == ["afwijkingen.individuele-inkomenstoeslag.inkomensgrens_pct"])
        #expect(stale.first?.file == "gemeenten/lokaal/GM0119.json")
        #expect(stale.first?.dated.from.year == 2025)
    }

    @Test func verouderdListsOldestFirstAsTextAndJSON() throws {
        let dir = try Self.catalogueWithMeppel()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["HULPWIJZER_CATALOGUS": dir.path]
        let r = try TestSupport.run(["gemeenten", "--verouderd", "--peildatum", "2026-06-01", "--format", "json"], environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONParser.parse(r.stdout).objectValue)
        #expect(doc["peildatum"] == .string("2026-06-01"))
        let rows = try #require(doc["gemeenten"]?.arrayValue?.compactMap { $0.objectValue })
        let years = rows.compactMap { $0["oudste_jaar"]?.numberValue }
        #expect(years == years.sorted() && years.allSatisfy { $0 < 2026 })
        let meppel = try #require(rows.first { $0["code"] == .string("GM0119") })
        let figure = try #require(meppel["bedragen"]?.arrayValue?.first?.objectValue)
        #expect(figure["pad"] == .string("afwijkingen.individuele-inkomenstoeslag.inkomensgrens_pct"))
        #expect(figure["bestand"] == .string("gemeenten/lokaal/GM0119.json"))
        #expect(figure["jaar"] == .number(2025))
        let text = try TestSupport.run(["gemeenten", "--verouderd", "--peildatum", "2026-06-01"], environment: env)
        #expect(text.stdout.contains("GM0119  Meppel"))
        #expect(text.stdout.contains("gemeenten/lokaal/GM0119.json  afwijkingen.individuele-inkomenstoeslag.inkomensgrens_pct"))
        let none = try TestSupport.run(["gemeenten", "--verouderd", "--peildatum", "2025-06-01", "--format", "json"], environment: env)
        let noneDoc = try #require(try JSONParser.parse(none.stdout).objectValue)
        #expect(!(noneDoc["gemeenten"]?.arrayValue ?? []).contains { $0.objectValue?["code"] == .string("GM0119") })
    }

    @Test func verouderdOptionsAreChecked() {
        #expect(TestSupport.cli(["gemeenten", "--verouderd", "--peildatum", "morgen"]).status == 2)
        #expect(TestSupport.cli(["gemeenten", "--peildatum", "2026-01-01"]).status == 2)
        #expect(TestSupport.cli(["gemeenten", "--verouderd", "--peildatum"]).status == 2)
        let help = TestSupport.cli(["gemeenten", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--verouderd"))
    }

    @Test func coverageSummaryOfTheRealCatalogue() throws {
        let r = TestSupport.cli(["gemeenten", "--format", "json"])
        let doc = try #require(try JSONParser.parse(r.stdout).objectValue)
        let iit = doc["dekking_iit_procent"]?.numberValue ?? -1
        let any = doc["dekking_eigen_gegevens_procent"]?.numberValue ?? -1
        #expect(iit > 0 && iit <= any, "\(iit) \(any)")
        #expect((doc["gemeenten_met_iit"]?.numberValue ?? 0) <= (doc["gemeenten_met_eigen_gegevens"]?.numberValue ?? 0))
        #expect(TestSupport.cli(["gemeenten"]).stdout.contains("Dekking: een eigen bedrag of grens voor de individuele inkomenstoeslag bij "))
    }
}

/// Old municipal figures are named with their year where people read the answer: the line of the
/// one-screen overview and the client's handout (issue 10, item 3).
@Suite struct StaleFigureDisplayTests {
    static let meppel = """
    {"peildatum": "2026-03-01", "gemeente": "Meppel", "aanvrager": {"leeftijd": 45}, "partner": null,
     "kinderen": [{"leeftijd": 10}], "medebewoners": [], "woning": {"soort": "huur", "kale_huur_per_maand": 650},
     "inkomen": {"netto_per_maand": 1400, "maanden_laag_inkomen": 48}, "vermogen": {"totaal": 300}}
    """

    /// Meppel's school scheme uses its 2021 table on a 2026 date.
    @Test func theOverviewLineAndTheHandoutSayTheYear() throws {
        let e = try TestSupport.engine.evaluateWithOverview(try TestSupport.household(Self.meppel))
        let school = try #require(TestSupport.outcome(e, "gm0119-participatie-schoolgaande-kinderen"))
        #expect(school.status == .ja)
        let year = try #require(school.oldestStaleMunicipalYear)
        #expect(year < 2026)
        let text = TextRenderer.render(e, includeNo: false)
        #expect(text.contains("Regeling participatie schoolgaande kinderen Meppel — ca. € 200 per jaar (cijfers uit \(year))"), "\(text)")
        let html = HTMLRenderer.render(e)
        #expect(html.contains("De gemeente kan de bedragen of grenzen sinds \(year) veranderd hebben; die van \(year) zijn gebruikt."))
        // National schemes have their own dating and get no such mark.
        let national = try #require(e.outcomes.first { $0.scheme.id == "kinderbijslag" })
        #expect(national.oldestStaleMunicipalYear == nil)
    }
}
