import Foundation
import Testing
@testable import Hulpwijzer

/// The documented limits (`InputLimits`, `docs/grenzen.md`): each is refused with a message
/// naming the field, and work per household stays linear in its size (issue 13).
@Suite struct InputLimitsTests {
    /// The problems the decoder reports, one text per field.
    func problems(_ json: String) -> [String] {
        let result = Result { () throws(HouseholdError) in try HouseholdDecoder.decode(bytes: Array(json.utf8)) }
        guard case .failure(let error) = result else { return [] }
        return error.problems.map(\.description)
    }

    static func children(_ n: Int) -> String { "[" + Array(repeating: "{}", count: n).joined(separator: ",") + "]" }
    static func schemes(_ n: Int) -> String { "[" + Array(repeating: "\"zorgtoeslag\"", count: n).joined(separator: ",") + "]" }

    @Test func aHouseholdOfThirtyChildrenIsRead() throws {
        let h = try HouseholdDecoder.decode(bytes: Array(#"{"kinderen": \#(Self.children(InputLimits.children))}"#.utf8))
        #expect(h.kinderen?.count == 30)
    }

    @Test(arguments: [
        (#"{"kinderen": \#(children(31))}"#, "kinderen: 31 kinderen; hulpwijzer toetst er hoogstens 30"),
        (#"{"kinderen": \#(children(10_000))}"#, "kinderen: 10000 kinderen; hulpwijzer toetst er hoogstens 30"),
        (#"{"medebewoners": \#(children(51))}"#, "medebewoners: 51 medebewoners; hulpwijzer toetst er hoogstens 50"),
        (#"{"id": "\#(String(repeating: "a", count: 201))"}"#, "is langer dan 200 tekens"),
        (#"{"gemeente": "\#(String(repeating: "x", count: 100_000))"}"#, "gemeente: \"xxxx"),
        (#"{"aanvrager": {"uitkeringen": ["\#(String(repeating: "w", count: 300))"]}}"#, "aanvrager.uitkeringen[0]:"),
        (#"{"ontvangt": \#(schemes(101))}"#, "ontvangt: 101 waarden; een lijst heeft er hoogstens 100"),
        (#"{"\#(String(repeating: "k", count: 300))": 1}"#, "een veldnaam is hoogstens 200 tekens"),
        (#"{"inkomen": {"netto_per_maand": 1e15}}"#, "inkomen.netto_per_maand: 1000000000000000.0 is buiten het mogelijke bereik"),
        (#"{"vermogen": {"totaal": -2e9}}"#, "vermogen.totaal: -2000000000 is buiten het mogelijke bereik"),
        (#"{"aanvrager": {"leeftijd": 500}}"#, "aanvrager.leeftijd: 500 is te groot; verwacht hoogstens 130"),
        (#"{"woning": {"kale_huur_per_maand": -1}}"#, "woning.kale_huur_per_maand: -1 is negatief"),
        (String(repeating: #"{"a": "#, count: 20) + "1" + String(repeating: "}", count: 20), "te diep genest (meer dan 16 niveaus)"),
    ])
    func overALimitIsRefusedNamingTheField(_ json: String, _ expected: String) {
        let found = problems(json)
        #expect(found.contains { $0.contains(expected) }, "\(found)")
        #expect(found.allSatisfy { $0.count < 400 }, "a message quotes too much")
    }

    @Test func thousandsOfBadKeysGiveFiftyProblemsAndACount() {
        let json = "{" + (0..<60_000).map { "\"k\($0)\": 0" }.joined(separator: ",") + "}"
        let found = problems(json)
        #expect(found.count == InputLimits.problems + 1)
        #expect(found.last == "en nog 59950 problemen; verbeter eerst deze")
    }

    @Test func aDuplicateKeyIsFoundAmongManyKeysInLinearTime() {
        let keys = (0..<100_000).map { "\"k\($0)\": 0" }.joined(separator: ",")
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("{" + keys + ", \"k3\": 1}") }
        #expect((try? JSONParser.parse("{" + keys + "}")) != nil)
        let error = Result { () throws(JSONSyntaxError) in try JSONParser.parse("{" + keys + ", \"k3\": 1}") }
        if case .failure(let e) = error { #expect(e.message == "sleutel \"k3\" komt twee keer voor in hetzelfde object") }
    }

    @Test func aHouseholdOverOneMegabyteIsRefused() {
        let big = #"{"id": "x", "toelichting": ""# + String(repeating: " ", count: InputLimits.householdBytes) + #""}"#
        #expect(problems(big).contains { $0.contains("het huishouden is groter dan 1 MB") })
    }

    @Test func checkRefusesAnOversizedHouseholdOnStandardInput() throws {
        let r = try TestSupport.run(["check", "-"], input: String(repeating: " ", count: InputLimits.householdBytes + 10) + "{}")
        #expect(r.status == 1)
        #expect(r.stderr.contains("standaardinvoer is groter dan 1 MB"), "\(r.stderr)")
    }

    @Test func aBatchLineOverTheLimitNamesItsLine() throws {
        let long = #"{"id": ""# + String(repeating: "a", count: InputLimits.householdBytes) + #""}"#
        let r = TestSupport.cli(["batch", "-", "--peildatum", "2026-03-01"], input: "{}\n" + long + "\n{}\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("regel 2: het huishouden is groter dan 1 MB"), "\(r.stderr.prefix(300))")
        #expect(r.stdout.split(separator: "\n").count == 3)
    }

    /// Linear work: the largest accepted household is answered about as fast as a small one.
    @Test func theLargestAcceptedHouseholdIsAnsweredQuickly() throws {
        let kids = Array(repeating: "{}", count: InputLimits.children).joined(separator: ",")
        let mates = Array(repeating: "{}", count: InputLimits.coResidents).joined(separator: ",")
        let e = try TestSupport.evaluate(#"{"peildatum": "2026-03-01", "kinderen": [\#(kids)], "medebewoners": [\#(mates)]}"#)
        let paths = e.outcomes.map(\.missing.count).max() ?? 0
        // Every unknown age is named, but there are at most 30 of them.
        #expect(paths <= 4 * (InputLimits.children + InputLimits.coResidents))
    }

    @Test func catalogueDataStaysWellWithinTheFormulaAndConditionLimits() throws {
        for s in TestSupport.catalogue.schemes {
            #expect(CatalogueValidator.depth(s.conditions) <= InputLimits.conditionDepth, "\(s.id)")
        }
    }

    @Test func aFormulaNestedTooDeepIsADiagnosticNotACrash() {
        for text in [String(repeating: "(", count: 200_000) + "1" + String(repeating: ")", count: 200_000),
                     String(repeating: "-", count: 200_000) + "1",
                     Array(repeating: "1", count: 1_500).joined(separator: "+"),
                     String(repeating: "max(1, ", count: 40) + "1" + String(repeating: ")", count: 40)] {
            #expect(throws: ExpressionParser.Failure.self) { try ExpressionParser.parse(text) { _ in nil } }
        }
        #expect((try? ExpressionParser.parse(Array(repeating: "1", count: 30).joined(separator: "+")) { _ in nil }) != nil)
    }

    @Test func grenzenDocumentListsEveryLimitWithItsValue() throws {
        let text = try String(contentsOf: TestSupport.root.appendingPathComponent("docs/grenzen.md"), encoding: .utf8)
        for value in [InputLimits.children, InputLimits.coResidents, InputLimits.listItems, InputLimits.idLength,
                      InputLimits.municipalityLength, InputLimits.textLength, InputLimits.householdDepth,
                      InputLimits.problems, InputLimits.catalogueDepth, InputLimits.formulaLength, InputLimits.formulaDepth, InputLimits.conditionDepth] {
            let formatted = value >= 1000 ? "\(value / 1000).\(String(value % 1000 + 1000).dropFirst())" : "\(value)"
            #expect(text.contains("| \(formatted) ") || text.contains("| \(value) "), "docs/grenzen.md does not give \(value)")
        }
        #expect(text.contains("1 MB") && text.contains("1 GB") && text.contains("1.000.000.000"))
        let readme = try String(contentsOf: TestSupport.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("docs/grenzen.md"))
    }
}
