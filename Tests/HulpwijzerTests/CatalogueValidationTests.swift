import Foundation
import Testing
@testable import Hulpwijzer

/// The catalogue is validated when loaded: every problem is reported at once, with file and path.
@Suite struct CatalogueValidationTests {
    /// A copy of the bundled catalogue in a temporary folder, to break on purpose.
    func copyOfCatalogue() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hw-cat-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TestSupport.dataDirectory), to: dir)
        return dir
    }

    func diagnostics(_ dir: URL) -> [String] {
        do {
            _ = try Catalogue.load(from: dir.path)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func bundledCatalogueLoadsAndEveryMunicipalityValidates() throws {
        let catalogue = try Catalogue.load(from: TestSupport.dataDirectory)
        #expect(catalogue.schemes.count >= 6)
        let problems = catalogue.validateAllMunicipalities()
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func allProblemsAreReportedAtOnce() throws {
        let dir = try copyOfCatalogue()
        defer { try? FileManager.default.removeItem(at: dir) }
        let regelingen = dir.appendingPathComponent("regelingen")
        // 1. duplicate id with an overlapping period
        try FileManager.default.copyItem(at: regelingen.appendingPathComponent("aow.json"), to: regelingen.appendingPathComponent("aow-kopie.json"))
        // 2. unknown fact, unknown key, missing source, parameter without a value on geldig_van
        let bad = """
        {"id": "kapot", "naam": "Kapot", "omschrijving": "x", "uitvoerder": "x", "categorie": ["inkomen"],
         "wettelijke_basis": [{"wet": "Testwet"}], "bron": "https://example.org", "geldig_van": "2025-01-01",
         "laatst_geverifieerd": "2026-11-23", "maatwerk": false, "aanvragen": {"hoe": "x"}, "voorwaardn": {},
         "voorwaarden": {"alle": [
            {"feit": "inkomen.toetsingsinkomen", "maximaal": "grens"},
            {"feit": "vermogen.totaal", "maximaal": "zonder_bron"}
         ]},
         "parameters": {
            "grens": {"omschrijving": "g", "eenheid": "euro", "waarden": [{"vanaf": "2026-01-01", "waarde": 1, "bron": "x", "zekerheid": "geverifieerd"}]},
            "zonder_bron": {"omschrijving": "z", "eenheid": "euro", "waarden": [{"vanaf": "2025-01-01", "waarde": 1, "zekerheid": "zeker"}]}
         }}
        """
        try bad.write(to: regelingen.appendingPathComponent("kapot.json"), atomically: true, encoding: .utf8)
        // 3. a second broken file: its problems are reported in the same load
        let unknownFact = bad.replacingOccurrences(of: #""id": "kapot""#, with: #""id": "kapot-twee""#)
            .replacingOccurrences(of: #"{"feit": "inkomen.toetsingsinkomen", "maximaal": "grens"},"#, with: #"{"feit": "aanvrager.leeftjid", "minimaal": 18},"#)
        try unknownFact.write(to: regelingen.appendingPathComponent("kapot-twee.json"), atomically: true, encoding: .utf8)
        let found = diagnostics(dir)
        func has(_ s: String) -> Bool { found.contains { $0.contains(s) } }
        #expect(has("regelingen/aow.json: id: id \"aow\" komt ook voor in regelingen/aow-kopie.json met een overlappende geldigheid"), "\(found)")
        #expect(has("regelingen/kapot.json: voorwaardn: onbekende sleutel. Bedoelde je \"voorwaarden\"?"), "\(found)")
        #expect(has("regelingen/kapot-twee.json: voorwaarden.alle[0].feit: onbekend feit \"aanvrager.leeftjid\". Bedoelde je \"aanvrager.leeftijd\""), "\(found)")
        #expect(has("parameters.grens: parameter \"grens\" heeft geen waarde op 2025-01-01"), "\(found)")
        #expect(has("parameters.zonder_bron.waarden[0].bron: ontbreekt"), "\(found)")
        #expect(has("parameters.zonder_bron.waarden[0].zekerheid: \"zeker\" is geen geldige zekerheid"), "\(found)")
    }

    @Test func syntaxErrorsInCatalogueFilesNameTheFileAndLine() throws {
        let dir = try copyOfCatalogue()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "{\n \"id\": \"x\",\n}".write(to: dir.appendingPathComponent("regelingen/x.json"), atomically: true, encoding: .utf8)
        #expect(diagnostics(dir).contains { $0.hasPrefix("regelingen/x.json: ongeldige JSON op regel 3") })
    }

    @Test func versionsOfOneSchemeMayFollowEachOther() throws {
        let dir = try copyOfCatalogue()
        defer { try? FileManager.default.removeItem(at: dir) }
        let aow = try String(contentsOf: dir.appendingPathComponent("regelingen/aow.json"), encoding: .utf8)
        try aow.replacingOccurrences(of: #""geldig_van": "2025-01-01","#, with: #""geldig_van": "2025-01-01", "geldig_tot": "2025-12-31","#)
            .write(to: dir.appendingPathComponent("regelingen/aow.json"), atomically: true, encoding: .utf8)
        try aow.replacingOccurrences(of: #""geldig_van": "2025-01-01","#, with: #""geldig_van": "2026-01-01","#)
            .write(to: dir.appendingPathComponent("regelingen/aow-2026.json"), atomically: true, encoding: .utf8)
        #expect(diagnostics(dir).isEmpty)
        let catalogue = try Catalogue.load(from: dir.path)
        #expect(catalogue.schemes.filter { $0.id == "aow" }.count == 2)
        let e = try Engine(catalogue: catalogue).evaluate(try TestSupport.household(#"{"peildatum": "2026-03-01"}"#))
        #expect(e.outcomes.filter { $0.scheme.id == "aow" }.count == 1)
    }

    /// A municipality's own figure for a national scheme beats its region's: Capelle's file (in
    /// this copy) sets its own IIT reference period next to the IJsselgemeenten' one; Krimpen, the
    /// other member, keeps the region's.
    @Test func aMunicipalitysOwnFigureBeatsItsRegions() throws {
        let dir = try copyOfCatalogue()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("gemeenten/lokaal/GM0502.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let own = #""afwijkingen": {"individuele-inkomenstoeslag": {"referteperiode_maanden": {"vanaf": "2025-01-01", "waarde": 24, "bron": "https://www.capelleaandenijssel.nl/", "zekerheid": "onzeker"}},"#
        #expect(text.contains("\"afwijkingen\": {\n"))
        try text.replacingOccurrences(of: "\"afwijkingen\": {\n", with: own + "\n").write(to: file, atomically: true, encoding: .utf8)
        let catalogue = try Catalogue.load(from: dir.path)
        let day = Day(year: 2026, month: 3, day: 1)!
        func period(_ code: String) throws -> ParameterValue? {
            try catalogue.local(for: code).overrides["individuele-inkomenstoeslag"]?["referteperiode_maanden"]?.value(on: day)?.value
        }
        #expect(try period("GM0502") == .number(24))
        #expect(try period("GM0542") != .number(24))
        #expect(try period("GM0542") != nil)
    }

    /// The Drechtsteden give the individuele inkomenstoeslag as their Persoonlijk Minimabudget
    /// (`vervangen`): the national scheme is `nee` there with a pointer to the local one, so a
    /// counsellor and a caseload screening do not count the same money twice; the PMB itself is
    /// judged as before. A replacement must name a national scheme and a scheme of the same file.
    @Test func aNationalSchemeGivenUnderALocalNameIsNotCountedTwice() throws {
        let household = #"{"peildatum": "2026-03-01", "gemeente": "Dordrecht", "partner": null, "kinderen": [], "medebewoners": [],"#
            + #" "aanvrager": {"leeftijd": 40, "rechtmatig_verblijf": true, "studiefinanciering": false},"#
            + #" "inkomen": {"netto_per_maand": 1300, "maanden_laag_inkomen": 40}, "vermogen": {"totaal": 500}}"#
        let e = try TestSupport.evaluate(household)
        let iit = try #require(TestSupport.outcome(e, "individuele-inkomenstoeslag"))
        #expect(iit.status == .nee)
        #expect(iit.explain().reasons == ["De gemeente geeft dit als Persoonlijk Minimabudget (PMB): zie die regeling."])
        #expect(TestSupport.outcome(e, "gm0505-persoonlijk-minimabudget")?.status == .mogelijk)
        let utrecht = try TestSupport.evaluate(household.replacingOccurrences(of: "Dordrecht", with: "Utrecht"))
        #expect(TestSupport.outcome(utrecht, "individuele-inkomenstoeslag")?.status == .mogelijk)
        #expect(try TestSupport.catalogue.local(for: "GM0642").modelledKinds.contains(.iit))

        let dir = try copyOfCatalogue()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("gemeenten/regio/sociale-dienst-drechtsteden.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let good = #""vervangen": {"individuele-inkomenstoeslag": "gm0505-persoonlijk-minimabudget"}"#
        #expect(text.contains(good))
        try text.replacingOccurrences(of: good, with: #""vervangen": {"inkomenstoeslag": "gm0505-persoonlijk-minimabudget", "#
                                      + #""collectieve-zorgverzekering": "gm0505-persoonlijk-minimabudgt"}"#)
            .write(to: file, atomically: true, encoding: .utf8)
        let problems = try Catalogue.load(from: dir.path).validateAllMunicipalities().map(\.description).joined(separator: "\n")
        #expect(problems.contains("vervangen.inkomenstoeslag: geen landelijke regeling met dit id"), "\(problems)")
        #expect(problems.contains("vervangen.collectieve-zorgverzekering: verwacht het id van een regeling in dit bestand"), "\(problems)")
        #expect(problems.contains("gm0505-persoonlijk-minimabudget"))
    }

    /// `niet_gevonden` records a search that found nothing; its kind and date are checked.
    @Test func notFoundEntriesAreReadAndChecked() throws {
        let dir = try copyOfCatalogue()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("gemeenten/lokaal/GM0363.json")
        let original = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [String: Any]
        /// Amsterdam's file with `niet_gevonden` replaced by `records`.
        func write(_ records: [[String: String]]) throws {
            var doc = original
            doc["niet_gevonden"] = records
            try JSONSerialization.data(withJSONObject: doc).write(to: file)
        }
        try write([["soort": "zorgverzekering", "gezocht": "2026-12-02", "toelichting": "geen pagina"]])
        let local = try Catalogue.load(from: dir.path).local(for: "GM0363")
        var expected = NotFound(kind: .zorgverzekering, searched: Day(year: 2026, month: 12, day: 2)!, note: "geen pagina")
        // Amsterdam's file has its own gemeentepolis figures: the record is of a kind partly modelled.
        expected.partly = local.modelledKinds.contains(.zorgverzekering)
        #expect(local.notFound == [expected])
        try write([["soort": "zorg", "gezocht": "december"]])
        #expect(throws: CatalogueError.self) { try Catalogue.load(from: dir.path).local(for: "GM0363") }
        let problems = try Catalogue.load(from: dir.path).validateAllMunicipalities().map(\.description).joined(separator: "\n")
        #expect(problems.contains("niet_gevonden[0].soort"))
        #expect(problems.contains("niet_gevonden[0].gezocht"))
    }
}
