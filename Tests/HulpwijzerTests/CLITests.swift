import Foundation
import Testing
@testable import Hulpwijzer

/// The CLI through the built binary (exit codes, streams, working directory) and in-process.
@Suite(.serialized) struct CLITests {
    static let example = TestSupport.fixtures.appendingPathComponent("contract/alleenstaande-ouder-twee-kinderen.json")

    /// The household of a contract case table, as JSON.
    static func household(of fixture: URL) throws -> String {
        let cases = try FixtureCases.cases(in: [UInt8](try Data(contentsOf: fixture)), file: "contract/" + fixture.lastPathComponent)
        return JSONWriter.write(try #require(cases.first).household)
    }

    @Test func checkFromStandardInputAsJSONIsByteStable() throws {
        let input = try Self.household(of: Self.example)
        let a = try TestSupport.run(["check", "-", "--format", "json"], input: input)
        let b = try TestSupport.run(["check", "-", "--format", "json"], input: input)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
        let doc = try JSONParser.parse(a.stdout)
        let results = try #require(doc.objectValue?["resultaten"]?.arrayValue)
        let zorg = try #require(results.first { $0.objectValue?["regeling"] == .string("zorgtoeslag") }?.objectValue)
        #expect(zorg["status"] == .string("ja"))
        #expect(zorg["bedrag"]?.objectValue?["geschat"] == .bool(true))
        #expect(zorg["bron"]?.stringValue?.hasPrefix("https://") == true)
        #expect(doc.objectValue?["gemeente"]?.objectValue?["code"] == .string("GM0268"))
        // Without --alle no "nee" results; with it they are there.
        #expect(!results.contains { $0.objectValue?["status"] == .string("nee") })
        let all = try TestSupport.run(["check", "-", "--format", "json", "--alle"], input: input)
        #expect(all.stdout.contains(#""status": "nee""#))
    }

    @Test func checkWorksFromAnyDirectory() throws {
        let flagsOnly = try TestSupport.run(["check", "--peildatum", "2026-02-01", "--gemeente", "Nijmegen", "--leeftijd", "32", "--geen-partner",
                                             "--kind", "3", "--kind", "8", "--toetsingsinkomen", "22000", "--vermogen", "1200",
                                             "--zorgverzekerd", "--rechtmatig-verblijf"], directory: URL(fileURLWithPath: "/"))
        #expect(flagsOnly.status == 0, "\(flagsOnly.stderr)")
        #expect(flagsOnly.stdout.contains("Zorgtoeslag"))
        #expect(flagsOnly.stdout.contains("gemeente Nijmegen (GM0268)"))
        #expect(flagsOnly.stdout.contains("Zorgtoeslag — ca. € 1.550 per jaar (€ 129,00 per maand)"))
    }

    @Test func flagsOverrideTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hw-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("h.json")
        try #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 30}}"#.write(to: file, atomically: true, encoding: .utf8)
        let r = TestSupport.cli(["check", file.path, "--leeftijd", "70", "--format", "json", "--alle"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(#""regeling": "aow""#))
        let doc = try JSONParser.parse(r.stdout)
        let aow = doc.objectValue?["resultaten"]?.arrayValue?.first { $0.objectValue?["regeling"] == .string("aow") }
        #expect(aow?.objectValue?["status"] == .string("mogelijk"))
    }

    @Test(arguments: [
        (["check", "--leeftijd", "-3"], Int32(1), "aanvrager.leeftijd: -3 is negatief"),
        (["check", "--gemeente", "Amsterdm"], 1, #"Bedoelde je "Amsterdam" (GM0363)?"#),
        (["check", "--gemeente", "Bergen"], 1, "kan meerdere gemeenten zijn"),
        (["check", "--peildatum", "2026-02-30"], 2, #"--peildatum: "2026-02-30" is geen geldige datum"#),
        (["check", "--leeftjid", "30"], 2, "Bedoelde je"),
        (["chek"], 2, "onbekend commando 'chek'"),
        (["check", "--format", "xml"], 2, "--format kent tekst of json"),
        (["check", "/nonexistent/h.json"], 1, "niet gevonden"),
        (["check", "--leeftijd", "dertig"], 2, "--leeftijd: \"dertig\" is geen getal"),
    ])
    func errorsHaveExitCodesAndClearMessages(args: [String], code: Int32, message: String) {
        let r = TestSupport.cli(args)
        #expect(r.status == code, "\(args): \(r.stderr)")
        #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func usageErrorsLookLikeEverySwiftToolInDutch() {
        let r = TestSupport.cli(["check", "--leeftjid", "30"])
        #expect(r.stderr.hasPrefix("Fout: onbekende optie '--leeftjid'. Bedoelde je \"--leeftijd\"?"))
        #expect(r.stderr.contains("\nGebruik: hulpwijzer check"))
        #expect(r.stderr.contains("Zie 'hulpwijzer check --help'."))
        #expect(!r.stderr.contains("Error") && !r.stderr.contains("Usage") && !r.stderr.contains("See "))
    }

    /// Every command's usage errors are Dutch (`Fout:`, `Gebruik:`, `Zie`), not only those of check.
    @Test(arguments: [["vraag", "--mx", "3"], ["regelingen", "--formaat"], ["gemeenten", "--x"], ["feiten", "--format", "xml"],
                      ["serve", "--poort", "x"], ["batch"], ["chek"], ["check", "--leeftijd"]])
    func everyUsageErrorIsDutch(args: [String]) {
        let r = TestSupport.cli(args)
        #expect(r.status == 2, "\(args): \(r.stderr)")
        #expect(r.stderr.hasPrefix("Fout: "), "\(args): \(r.stderr)")
        #expect(r.stderr.contains("\nGebruik: hulpwijzer "), "\(args): \(r.stderr)")
        #expect(r.stderr.contains("Zie 'hulpwijzer "), "\(args): \(r.stderr)")
    }

    @Test func syntaxErrorsNameLineAndColumn() {
        let r = TestSupport.cli(["check", "-"], input: "{\n  \"aanvrager\": {\"leeftijd\": 30,}\n}")
        #expect(r.status == 1)
        #expect(r.stderr.contains("regel 2, kolom 32"))
    }

    @Test func helpAndVersion() throws {
        #expect(TestSupport.cli(["--help"]).stdout.contains("Commando's:"))
        #expect(TestSupport.cli(["check", "--help"]).stdout.contains("--geen-partner"))
        #expect(TestSupport.cli(["regelingen", "--help"]).status == 0)
        #expect(TestSupport.cli(["gemeenten", "--help"]).status == 0)
        #expect(TestSupport.cli(["help", "check"]).stdout.contains("Gebruik: hulpwijzer check"))
        let v = try TestSupport.run(["--version"])
        #expect(v.status == 0)
        #expect(v.stdout == "hulpwijzer \(CLI.version)\n")
    }

    @Test func regelingenListsTheCatalogue() throws {
        let r = TestSupport.cli(["regelingen", "--format", "json"])
        #expect(r.status == 0)
        let items = try #require(try JSONParser.parse(r.stdout).arrayValue)
        let ids = Set(items.compactMap { $0.objectValue?["id"]?.stringValue })
        #expect(ids.isSuperset(of: ["zorgtoeslag", "kinderbijslag", "kindgebonden-budget", "bijstand", "aow", "aio"]))
        #expect(items.allSatisfy { $0.objectValue?["geldig_van"]?.stringValue != nil && $0.objectValue?["uitvoerder"] != nil })
        let text = TestSupport.cli(["regelingen", "--categorie", "kinderen"])
        #expect(text.stdout.contains("kinderbijslag"))
        #expect(!text.stdout.contains("aow "))
    }

    @Test func valideerAcceptsTheBundledCatalogue() {
        let r = TestSupport.cli(["valideer"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Catalogus in orde"))
    }

    @Test func badCatalogueIsExitCodeOne() {
        let r = TestSupport.cli(["check", "--catalogus", "/nonexistent"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("geen catalogus gevonden"))
    }
}

/// Coverage of the contract's scheme ids and of the municipalities.
@Suite struct CoverageTests {
    static let contractIDs = ["zorgtoeslag", "huurtoeslag", "kindgebonden-budget", "kinderopvangtoeslag", "kinderbijslag", "aow", "aio",
                              "anw", "toeslagenwet", "wajong", "ww", "wia", "bijstand", "ioaw", "ioaz", "bbz", "bijzondere-bijstand",
                              "individuele-inkomenstoeslag", "individuele-studietoeslag", "kwijtschelding-gemeentelijke-belastingen",
                              "kwijtschelding-waterschapsbelasting", "collectieve-zorgverzekering", "schuldhulpverlening", "wsnp",
                              "beslagvrije-voet", "studiefinanciering", "tegemoetkoming-scholieren", "voorlopige-aanslag", "wmo",
                              "jeugdhulp", "stichting-leergeld", "jeugdfonds-sport-cultuur", "nationaal-fonds-kinderhulp", "voedselbank"]

    @Test func regelingenListsAll34ContractIDs() throws {
        #expect(Self.contractIDs.count == 34)
        let r = TestSupport.cli(["regelingen", "--format", "json"])
        let ids = Set(try JSONParser.parse(r.stdout).arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue } ?? [])
        #expect(ids.isSuperset(of: Self.contractIDs), "missing: \(Set(Self.contractIDs).subtracting(ids).sorted())")
        // More national schemes may be added (contract §3); the 34 stay.
        #expect(ids.count >= 34)
    }

    @Test func everySchemeIsEvaluatedOnBothYears() throws {
        for day in ["2025-06-01", "2026-06-01"] {
            let e = try TestSupport.evaluate(#"{"peildatum": "\#(day)"}"#)
            let ids = Set(e.outcomes.map(\.scheme.id))
            #expect(ids.isSuperset(of: Self.contractIDs), "\(day): \(Set(Self.contractIDs).subtracting(ids).sorted())")
        }
    }

    @Test func gemeentenListsAllWithCoverage() throws {
        let r = TestSupport.cli(["gemeenten", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONParser.parse(r.stdout).objectValue)
        #expect(doc["aantal_gemeenten"] == .number(342))
        #expect(doc["gemeenten"]?.arrayValue?.count == 342)
        let withLocal = doc["gemeenten_met_lokale_regelingen"]?.numberValue ?? 0
        #expect(withLocal >= 88, "\(withLocal)")
        let share = doc["dekking_procent"]?.numberValue ?? 0
        #expect(share > 50 && share <= 100, "\(share)")
        let amsterdam = doc["gemeenten"]?.arrayValue?.first { $0.objectValue?["code"] == .string("GM0363") }?.objectValue
        #expect((amsterdam?["lokale_regelingen"]?.numberValue ?? 0) >= 1)
        let text = TestSupport.cli(["gemeenten"])
        #expect(text.stdout.contains("GM0363  Amsterdam"))
    }

    @Test func municipalityWithoutLocalSchemesSaysSo() throws {
        let catalogue = TestSupport.catalogue
        let bare = try #require(catalogue.municipalities.all.first { (try? catalogue.local(for: $0.code).isModelled) == false })
        let e = try TestSupport.evaluate(#"{"peildatum": "2026-03-01", "gemeente": "\#(bare.code)"}"#)
        #expect(e.notes.contains { $0.sentence.contains("nog geen eigen gemeentelijke regelingen") })
        #expect(e.localModelled == false)
        #expect(TextRenderer.render(e, includeNo: false).contains(bare.name))
    }

    /// A municipality that does not offer a national municipal scheme.
    @Test func notOfferedSchemesAreNee() throws {
        let e = try TestSupport.evaluate(#"{"peildatum": "2026-03-01", "gemeente": "Utrecht"}"#)
        let cz = try #require(TestSupport.outcome(e, "collectieve-zorgverzekering"))
        #expect(cz.status == .nee)
        #expect(cz.explain().reasons.contains("Utrecht biedt deze regeling niet aan."))
    }
}

@Suite struct FlagTests {
    @Test func insuranceAndResidenceFlagsAlsoAnswerForThePartner() throws {
        let r = TestSupport.cli(["check", "--peildatum", "2026-03-01", "--leeftijd", "38", "--partner-leeftijd", "40", "--geen-kinderen",
                                 "--toetsingsinkomen", "20000", "--vermogen", "0", "--zorgverzekerd", "--rechtmatig-verblijf", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let results = try JSONParser.parse(r.stdout).objectValue?["resultaten"]?.arrayValue ?? []
        let zorg = results.first { $0.objectValue?["regeling"] == .string("zorgtoeslag") }?.objectValue
        #expect(zorg?["status"] == .string("ja"))
        #expect(zorg?["bedrag"]?.objectValue?["per_maand"] == .number(246))
    }

    @Test func thePartnersOwnAnswerWins() throws {
        let input = #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 38}, "partner": {"leeftijd": 40, "zorgverzekerd": false}, "kinderen": [], "inkomen": {"toetsingsinkomen_per_jaar": 20000}, "vermogen": {"totaal": 0}}"#
        let r = TestSupport.cli(["check", "-", "--zorgverzekerd", "--rechtmatig-verblijf", "--format", "json"], input: input)
        let results = try JSONParser.parse(r.stdout).objectValue?["resultaten"]?.arrayValue ?? []
        let zorg = results.first { $0.objectValue?["regeling"] == .string("zorgtoeslag") }?.objectValue
        // Half for a partner without Dutch insurance: (2 × 2.119 − 4,289% × 29.736) / 2 = 1.481 per year.
        #expect(zorg?["bedrag"]?.objectValue?["per_jaar"] == .number(1481))
    }
}
