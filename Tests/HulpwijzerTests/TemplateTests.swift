import Foundation
import Testing
@testable import Hulpwijzer

/// Municipal templates (`data/sjablonen/`), the short form of a figure, and `$schema`: a local entry
/// that names a template must fill every open figure, and unknown names are refused with file,
/// path and a suggestion.
@Suite struct TemplateTests {
    /// A local entry on the template `minimaregeling-inkomensgrens`; `extra` is spliced into it.
    static func entry(_ extra: String = "", template: String = "minimaregeling-inkomensgrens", parameters: String? = nil) -> String {
        let figures = parameters ?? #""inkomensgrens_pct": {"vanaf": "2025-01-01", "waarde": 120, "bron": "https://example.org/pas", "zekerheid": "onzeker"}"#
        return """
        {"sjabloon": "\(template)", "id": "gm0014-testpas", "naam": "Testpas", "omschrijving": "Een pas.",
         "uitvoerder": "Gemeente Groningen", "bron": "https://example.org/pas", "geldig_van": "2025-01-01",
         "laatst_geverifieerd": "2026-11-23", "aanvragen": {"hoe": "Bij de gemeente."},
         "parameters": {\(figures)}\(extra)}
        """
    }

    /// A copy of the bundled catalogue where GM0014 holds only `schemes` (and `fileParameters`).
    func catalogue(schemes: [String], fileParameters: String? = nil, template: (name: String, json: String)? = nil) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hw-tpl-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TestSupport.dataDirectory), to: dir)
        let shared = fileParameters.map { #""parameters": {\#($0)}, "# } ?? ""
        let local = #"{"$schema": "../../schema/gemeente.schema.json", "gemeente": "GM0014", "naam": "Groningen", "#
            + shared + #""regelingen": ["# + schemes.joined(separator: ",") + "]}"
        try local.write(to: dir.appendingPathComponent("gemeenten/lokaal/GM0014.json"), atomically: true, encoding: .utf8)
        if let template {
            try template.json.write(to: dir.appendingPathComponent("sjablonen/\(template.name).json"), atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// The problems found when loading the catalogue and GM0014's files.
    func problems(_ dir: URL) -> [String] {
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try Catalogue.load(from: dir.path).local(for: "GM0014")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    func local(_ dir: URL) throws -> LocalCatalogue {
        defer { try? FileManager.default.removeItem(at: dir) }
        return try Catalogue.load(from: dir.path).local(for: "GM0014")
    }

    @Test func aFilledTemplateIsAWholeScheme() throws {
        let local = try local(try catalogue(schemes: [Self.entry()]))
        let scheme = try #require(local.schemes.first { $0.id == "gm0014-testpas" })
        #expect(scheme.categories == [.meedoen])
        #expect(scheme.gates.count == 1)
        let figure = try #require(scheme.parameters["inkomensgrens_pct"])
        #expect(figure.unit == .procent)
        #expect(figure.values.map(\.value) == [.number(120)])
        #expect(figure.values.first?.certainty == .onzeker)
    }

    @Test func theEntryOverridesTheTemplatesKeys() throws {
        let local = try local(try catalogue(schemes: [Self.entry(#", "categorie": ["zorg"], "maatwerk": true"#)]))
        let scheme = try #require(local.schemes.first)
        #expect(scheme.categories == [.zorg])
        #expect(scheme.discretionary)
    }

    @Test func unknownTemplateIsRefusedWithASuggestion() throws {
        let found = problems(try catalogue(schemes: [Self.entry(template: "minimaregeling-inkomensgrns")]))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("gemeenten/lokaal/GM0014.json: regelingen[0].sjabloon: onbekend sjabloon \"minimaregeling-inkomensgrns\". Bedoelde je \"minimaregeling-inkomensgrens\"") == true, "\(found)")
    }

    @Test func unknownParameterIsRefusedWithASuggestion() throws {
        let figures = #""inkomensgrens_pct": {"vanaf": "2025-01-01", "waarde": 120, "bron": "https://example.org/b", "zekerheid": "onzeker"}, "#
            + #""inkomensgrens_pc": {"vanaf": "2025-01-01", "waarde": 130, "bron": "https://example.org/b", "zekerheid": "onzeker"}"#
        let found = problems(try catalogue(schemes: [Self.entry(parameters: figures)]))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("gemeenten/lokaal/GM0014.json: regelingen[0].parameters.inkomensgrens_pc: het sjabloon minimaregeling-inkomensgrens heeft geen parameter \"inkomensgrens_pc\". Bedoelde je \"inkomensgrens_pct\"?") == true, "\(found)")
    }

    @Test func everyOpenFigureMustBeFilled() throws {
        let found = problems(try catalogue(schemes: [Self.entry(parameters: "")]))
        #expect(found == ["gemeenten/lokaal/GM0014.json: regelingen[0].parameters.inkomensgrens_pct: ontbreekt: het sjabloon minimaregeling-inkomensgrens laat dit cijfer open; vul het in met vanaf, waarde, bron en zekerheid (of in het blok parameters van het bestand)"], "\(found)")
    }

    @Test func theFileLevelBlockFillsAnOpenFigure() throws {
        let shared = #""inkomensgrens_pct": {"omschrijving": "de inkomensgrens", "eenheid": "procent", "vanaf": "2024-01-01", "waarde": 110, "bron": "https://example.org/b", "zekerheid": "geverifieerd"}"#
        let second = Self.entry(parameters: "").replacingOccurrences(of: "gm0014-testpas", with: "gm0014-tweede")
        let local = try local(try catalogue(schemes: [Self.entry(parameters: ""), second], fileParameters: shared))
        #expect(local.schemes.count == 2)
        for scheme in local.schemes {
            #expect(scheme.parameters["inkomensgrens_pct"]?.values.map(\.value) == [.number(110)])
            #expect(scheme.parameters["inkomensgrens_pct"]?.description == "de inkomensgrens")
        }
    }

    @Test func addedConditionsComeAfterTheTemplates() throws {
        let added = #", "aanvullende_voorwaarden": [{"feit": "huishouden.heeft_kinderen", "is": true}, {"handmatig": "Woont u in de wijk?"}]"#
        let local = try local(try catalogue(schemes: [Self.entry(added)]))
        let scheme = try #require(local.schemes.first)
        guard case .all(let members) = scheme.conditions else {
            Issue.record("verwacht alle: \(scheme.conditions)")
            return
        }
        #expect(members.count == 3)
        #expect(scheme.conditions.leaves.first?.op.parameterName == "inkomensgrens_pct")
        #expect(scheme.conditions.leaves.count == 2)
        if case .manual = members[2] {} else { Issue.record("de handmatige vraag staat niet als laatste: \(members)") }
    }

    @Test func addedConditionsAreAList() throws {
        let found = problems(try catalogue(schemes: [Self.entry(#", "aanvullende_voorwaarden": []"#)]))
        #expect(found == ["gemeenten/lokaal/GM0014.json: regelingen[0].aanvullende_voorwaarden: verwacht een niet-lege lijst van voorwaarden"], "\(found)")
    }

    @Test func theTemplatesConditionsCannotBeReplaced() throws {
        let found = problems(try catalogue(schemes: [Self.entry(#", "voorwaarden": {"handmatig": "Laag inkomen?"}"#)]))
        #expect(found == ["gemeenten/lokaal/GM0014.json: regelingen[0].voorwaarden: komt uit het sjabloon minimaregeling-inkomensgrens; schrijf de regeling voluit (zonder sjabloon) als de voorwaarden anders is"], "\(found)")
    }

    @Test func theExistingChecksStillApply() throws {
        let figures = #""inkomensgrens_pct": {"vanaf": "2025-01-01", "waarde": 120, "bron": "https://example.org/b", "zekerheid": "zeker"}"#
        let entry = Self.entry(#", "categori": ["zorg"]"#, parameters: figures).replacingOccurrences(of: "gm0014-testpas", with: "testpas")
        let found = problems(try catalogue(schemes: [entry]))
        func has(_ s: String) -> Bool { found.contains { $0.contains(s) } }
        #expect(has("regelingen[0].categori: onbekende sleutel. Bedoelde je \"categorie\"?"), "\(found)")
        #expect(has("regelingen[0].parameters.inkomensgrens_pct.zekerheid: \"zeker\" is geen geldige zekerheid"), "\(found)")
        #expect(has("regelingen[0].id: een lokale regeling begint met de CBS-code van de gemeente"), "\(found)")
    }

    @Test func theShortFormEqualsTheFullForm() throws {
        var reader = CatalogueReader(file: "test.json", globals: ParameterStore())
        let short = try JSONParser.parse(Array(#"{"omschrijving": "de grens", "eenheid": "procent", "vanaf": "2025-01-01", "waarde": 120, "bron": "https://example.org/b", "zekerheid": "onzeker", "toelichting": "t"}"#.utf8))
        let full = try JSONParser.parse(Array(#"{"omschrijving": "de grens", "eenheid": "procent", "waarden": [{"vanaf": "2025-01-01", "waarde": 120, "bron": "https://example.org/b", "zekerheid": "onzeker", "toelichting": "t"}]}"#.utf8))
        let shortParameter = reader.parameter(name: "grens", short, at: "p")
        let fullParameter = reader.parameter(name: "grens", full, at: "p")
        let a = try #require(shortParameter)
        let b = try #require(fullParameter)
        #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics)")
        func fields(_ p: Parameter) -> [String] { p.values.map { "\($0.from) \($0.value) \($0.source) \($0.certainty) \($0.note ?? "-")" } }
        #expect(fields(a) == fields(b))
        #expect(fields(a) == ["2025-01-01 number(120.0) https://example.org/b onzeker t"])
        #expect(a.description == b.description && a.unit == b.unit)
    }

    @Test func theShortFormKeepsVanafBronAndZekerheid() throws {
        var reader = CatalogueReader(file: "test.json", globals: ParameterStore())
        let value = try JSONParser.parse(Array(#"{"omschrijving": "de grens", "eenheid": "procent", "waarde": 120}"#.utf8))
        _ = reader.parameter(name: "grens", value, at: "p")
        #expect(Set(reader.diagnostics.map(\.path)) == ["p.vanaf", "p.bron", "p.zekerheid"], "\(reader.diagnostics)")
    }

    @Test func aBrokenTemplateIsACatalogueError() throws {
        let json = #"{"sjabloon": "anders", "omschrijving": "x", "regeling": {"id": "x", "voorwaarden": {"handmatig": "?"}, "#
            + #""parameters": {"grens": {"omschrijving": "de grens"}}}}"#
        let dir = try catalogue(schemes: [], template: ("kapot", json))
        defer { try? FileManager.default.removeItem(at: dir) }
        var found: [String] = []
        do { _ = try Catalogue.load(from: dir.path) } catch { found = error.diagnostics.map(\.description) }
        #expect(found.contains("sjablonen/kapot.json: sjabloon: moet \"kapot\" zijn (de naam van het bestand)"), "\(found)")
        #expect(found.contains("sjablonen/kapot.json: regeling.id: onbekende sleutel."), "\(found)")
        #expect(found.contains("sjablonen/kapot.json: regeling.parameters.grens: een open cijfer heeft een omschrijving en een eenheid"), "\(found)")
    }

    /// The problems of loading the catalogue with one extra template whose voorwaarden test `fact`.
    func templateProblems(fact: String) throws -> [String] {
        let json = #"{"sjabloon": "kapot", "omschrijving": "x", "regeling": {"categorie": ["meedoen"], "maatwerk": false, "#
            + #""wettelijke_basis": [{"wet": "Testwet"}], "voorwaarden": {"feit": "\#(fact)", "maximaal": "grens"}, "#
            + #""parameters": {"grens": {"omschrijving": "de grens", "eenheid": "procent"}, "over": {"omschrijving": "over", "eenheid": "procent"}}}}"#
        let dir = try catalogue(schemes: [], template: ("kapot", json))
        defer { try? FileManager.default.removeItem(at: dir) }
        do { _ = try Catalogue.load(from: dir.path) } catch { return error.diagnostics.map(\.description) }
        return []
    }

    @Test func aTemplatesConditionsAreCheckedOnItsOwnFile() throws {
        let found = try templateProblems(fact: "inkomen.percentage_sociaal_minimm")
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("sjablonen/kapot.json: regeling.voorwaarden.feit: onbekend feit \"inkomen.percentage_sociaal_minimm\". Bedoelde je \"inkomen.percentage_sociaal_minimum\"") == true, "\(found)")
    }

    @Test func aTemplatesUnusedFigureIsReported() throws {
        let found = try templateProblems(fact: "inkomen.percentage_sociaal_minimum")
        #expect(found == ["sjablonen/kapot.json: regeling.parameters.over: parameter wordt niet gebruikt in voorwaarden of bedrag"], "\(found)")
    }

    @Test func schemaKeyIsAcceptedOnlyAtTheTop() throws {
        let figures = #""inkomensgrens_pct": {"$schema": "x", "vanaf": "2025-01-01", "waarde": 120, "bron": "https://example.org/b", "zekerheid": "onzeker"}"#
        let found = problems(try catalogue(schemes: [Self.entry(parameters: figures)]))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("gemeenten/lokaal/GM0014.json: regelingen[0].parameters.inkomensgrens_pct.$schema: onbekende sleutel.") == true, "\(found)")
    }

    @Test func aDeviationInheritsTheNationalDeclaration() throws {
        // GM0014 writes only the dated values of its IIT amounts; description, unit and variants are national.
        let local = try TestSupport.catalogue.local(for: "GM0014")
        let national = try #require(TestSupport.catalogue.scheme(id: "individuele-inkomenstoeslag")?.parameters["bedrag"])
        let own = try #require(local.overrides["individuele-inkomenstoeslag"]?["bedrag"])
        #expect(own.description == national.description)
        #expect(own.unit == national.unit && own.selector == national.selector && own.selector != nil)
        #expect(own.values.map(\.source) == ["https://www.clientenraadgroningen.nl/nieuws/minimabeleid-q1-2016/"])
        #expect(own.values.first?.value == .variants(["alleenstaand": 378, "alleenstaande_ouder": 484, "paar": 539, "paar_met_kinderen": 539]))
    }

    @Test func theReadmeExampleMunicipalityLoads() throws {
        let readme = try String(contentsOfFile: TestSupport.dataDirectory + "/README.md", encoding: .utf8)
        let section = try #require(readme.range(of: "## Gemeenten\n"))
        let after = readme[section.upperBound...]
        let start = try #require(after.range(of: "```json\n"))
        let end = try #require(after[start.upperBound...].range(of: "```"))
        let example = String(after[start.upperBound..<end.lowerBound])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hw-tpl-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TestSupport.dataDirectory), to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        try example.write(to: dir.appendingPathComponent("gemeenten/lokaal/GM0047.json"), atomically: true, encoding: .utf8)
        let local = try Catalogue.load(from: dir.path).local(for: "GM0047")
        #expect(local.schemes.map(\.id) == ["gm0047-meedoen"])
        #expect(local.schemes.first?.parameters["inkomensgrens_pct"]?.values.first?.value == .number(120))
    }

    @Test func everyBundledTemplateIsUsed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestSupport.dataDirectory + "/sjablonen")
        var used: Set<String> = []
        for folder in ["gemeenten/lokaal", "gemeenten/regio"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.dataDirectory + "/" + folder) where name.hasSuffix(".json") {
                let value = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: TestSupport.dataDirectory + "/\(folder)/\(name)"))))
                for item in value.objectValue?["regelingen"]?.arrayValue ?? [] {
                    if let t = item.objectValue?["sjabloon"]?.stringValue { used.insert(t) }
                }
            }
        }
        #expect(Set(files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }) == used)
    }
}
