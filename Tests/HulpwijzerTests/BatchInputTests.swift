import Foundation
import Testing
@testable import Hulpwijzer

/// `batch` reads JSON Lines, a JSON array of households, and CSV with a column mapping;
/// every row gives one result or error record, in order, with the line it starts on.
@Suite struct BatchInputTests {
    static func regels(_ r: TestSupport.Run) throws -> [JSONObject] {
        try r.stdout.split(separator: "\n").map { try JSONParser.parse(String($0)).objectValue! }
    }

    @Test func aJSONArrayGivesOneRecordPerElementWithItsLine() throws {
        let input = """
        [
          {"id": "a", "peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40}},
          {"id": "b", "aanvrager": {"leeftjid": 3}},

          {"id": "c", "peildatum": "2026-03-01",
           "aanvrager": {"leeftijd": 50}}
        ]
        """
        let r = TestSupport.cli(["batch", "-", "--format", "compact"], input: input)
        let docs = try Self.regels(r)
        #expect(docs.map { $0["regel"] } == [.number(2), .number(3), .number(5)])
        #expect(docs[1]["fouten"] != nil)
        #expect(docs[2]["id"] == .string("c"))
        #expect(r.stderr.contains("regel 3: aanvrager.leeftjid"))
    }

    @Test func aBrokenArrayIsOneClearError() {
        let r = TestSupport.cli(["batch", "-", "--format", "compact"], input: "[{\"id\": \"a\"},\n {\"id\": \"b\"")
        #expect(r.status == 1)
        #expect(r.stderr.contains("regel 2"))
        #expect(r.stdout.isEmpty)
    }

    static let csv = [
        "\u{FEFF}dossier;leeftijd;netto;huur;partner;kinderen;aanvrager.zorgverzekerd;gemeente",
        "k1;40;1.650,50;780;nee;3 8;ja;Nijmegen",
        "k2;veertig;;;;;;",
        "\"k3\";67;1400;;ja;geen;ja;\"Den Haag\"",
        "k4;30;1,650;;;;;",
        "k5;30;;;;;;",
    ].joined(separator: "\r\n") + "\r\n"

    static let mapping = "dossier=id,leeftijd=aanvrager.leeftijd,netto=inkomen.netto_per_maand,huur=woning.kale_huur_per_maand"

    @Test func csvInputMapsColumnsAndReadsDutchNumbers() throws {
        let r = TestSupport.cli(["batch", "-", "--invoer", "csv", "--kolommen", Self.mapping, "--format", "jsonl", "--peildatum", "2026-03-01"], input: Self.csv)
        let docs = try Self.regels(r)
        #expect(docs.map { $0["regel"] } == [.number(2), .number(3), .number(4), .number(5), .number(6)])
        #expect(docs[0]["id"] == .string("k1"))
        #expect(docs[0]["gemeente"]?.objectValue?["code"] == .string("GM0268"))
        #expect(docs[2]["gemeente"]?.objectValue?["code"] == .string("GM0518"))
        #expect(docs[1]["fouten"]?.arrayValue?.first?.stringValue?.contains("kolom \"leeftijd\"") == true)
        #expect(docs[3]["fouten"]?.arrayValue?.first?.stringValue?.contains("niet eenduidig") == true)
        #expect(docs[4]["id"] == .string("k5"))
        #expect(r.stderr.contains("regel 3: aanvrager.leeftijd: kolom \"leeftijd\""))
        // The built household is the one the JSON would give.
        let json = #"{"id": "k1", "aanvrager": {"leeftijd": 40, "zorgverzekerd": true}, "inkomen": {"netto_per_maand": 1650.5}, "woning": {"kale_huur_per_maand": 780}, "partner": null, "kinderen": [{"leeftijd": 3}, {"leeftijd": 8}], "gemeente": "Nijmegen"}"#
        let single = try JSONParser.parse(String(TestSupport.cli(["batch", "-", "--peildatum", "2026-03-01"], input: json).stdout.split(separator: "\n")[0])).objectValue!
        #expect(docs[0]["resultaten"] == single["resultaten"])
    }

    @Test func anUnknownCSVColumnIsRefusedWithItsName() {
        let r = TestSupport.cli(["batch", "-", "--invoer", "csv"], input: "leeftijd,huur\n40,780\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("CSV-kolom \"leeftijd\" is geen veld"))
        #expect(TestSupport.cli(["batch", "-", "--kolommen", "a=aanvrager.lengte"], input: "a\n1\n").status == 2)
    }

    @Test func csvRowsWithTheWrongShapeAreErrorsInPlace() throws {
        let input = "aanvrager.leeftijd,peildatum\n40,2026-03-01\n41\n\"4\"2,2026-03-01\n43,2026-03-01\n"
        let r = TestSupport.cli(["batch", "-", "--invoer", "csv", "--format", "compact"], input: input)
        let docs = try Self.regels(r)
        #expect(docs.map { $0["regel"] } == [.number(2), .number(3), .number(4), .number(5)])
        #expect(docs[1]["fouten"] != nil && docs[2]["fouten"] != nil)
        #expect(docs[3]["fouten"] == nil)
    }

    @Test func columnPathsBuildListsInOrder() throws {
        let value = try BatchColumns.build([
            (BatchColumns.segments("kinderen[1].leeftijd"), .number(8)),
            (BatchColumns.segments("kinderen[0].leeftijd"), .number(3)),
            (BatchColumns.segments("aanvrager.leeftijd"), .number(40)),
        ], at: "")
        #expect(JSONWriter.write(value, indent: false) == #"{"kinderen":[{"leeftijd":3},{"leeftijd":8}],"aanvrager":{"leeftijd":40}}"#)
        #expect(throws: HouseholdError.Problem.self) {
            try BatchColumns.build([(BatchColumns.segments("kinderen[1].leeftijd"), .number(8))], at: "")
        }
    }
}
