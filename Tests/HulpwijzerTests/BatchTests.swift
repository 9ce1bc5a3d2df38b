import Foundation
import Testing
@testable import Hulpwijzer

/// `hulpwijzer batch`: every input line gives one output line; errors name the line and field.
@Suite struct BatchTests {
    static let input = [
        #"{"id": "a", "peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "zorgverzekerd": true, "rechtmatig_verblijf": true}, "partner": null, "inkomen": {"toetsingsinkomen_per_jaar": 20000}, "vermogen": {"totaal": 0}, "ontvangt": ["zorgtoeslag"]}"#,
        #"{"id": "b", "aanvrager": {"leeftjid": 3}}"#,
        "",
        #"{"id": "c", "peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "zorgverzekerd": true, "rechtmatig_verblijf": true}, "partner": null, "inkomen": {"toetsingsinkomen_per_jaar": 20000}, "vermogen": {"totaal": 0}, "ontvangt": []}"#,
        "{kapot",
    ].joined(separator: "\n")

    @Test func everyLineGivesOneResultOrOneError() throws {
        let r = TestSupport.cli(["batch", "-", "--peildatum", "2026-03-01"], input: Self.input)
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let docs = try lines.map { try JSONParser.parse($0).objectValue! }
        #expect(docs.map { $0["regel"] } == [.number(1), .number(2), .number(4), .number(5)])
        #expect(docs[0]["id"] == .string("a"))
        #expect(docs[1]["fouten"]?.arrayValue?.first?.stringValue?.contains("aanvrager.leeftjid: onbekend veld") == true)
        #expect(docs[3]["fouten"]?.arrayValue?.first?.stringValue?.contains("ongeldige JSON op regel 1") == true)
        #expect(r.stderr.contains("regel 2: aanvrager.leeftjid"))
        #expect(r.stderr.contains("regel 5: ongeldige JSON"))
        #expect(r.stderr.contains("4 regels gelezen: 2 getoetst, 2 met een fout."))
    }

    @Test func missedSchemesAsCSV() throws {
        let r = TestSupport.cli(["batch", "-", "--format", "csv", "--gemist"], input: Self.input)
        let rows = r.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first == CSVRenderer.header().dropLast().description)
        // Household a already receives the zorgtoeslag, c does not.
        #expect(!rows.contains { $0.hasPrefix("1,a,") && $0.contains(",zorgtoeslag,") })
        #expect(rows.contains { $0.hasPrefix("4,c,2026-03-01,,zorgtoeslag,Zorgtoeslag,ja,129,1550,nee,") })
        #expect(rows.contains { $0.hasPrefix("2,,") && $0.contains("onbekend veld") })
        #expect(rows.allSatisfy { !$0.contains(",mogelijk,") })
    }

    @Test func batchAgreesWithCheck() throws {
        let line = Self.input.split(separator: "\n").first.map(String.init)!
        let batch = try JSONParser.parse(String(TestSupport.cli(["batch", "-"], input: line).stdout.split(separator: "\n")[0])).objectValue!
        let single = try JSONParser.parse(TestSupport.cli(["check", "-", "--format", "json"], input: line).stdout).objectValue!
        #expect(batch["resultaten"] == single["resultaten"])
    }
}
