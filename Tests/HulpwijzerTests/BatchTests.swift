import Foundation
import Testing
@testable import Hulpwijzer

/// `hulpwijzer batch`: every input row gives one output row or error record, in order, with its line.
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
        #expect(r.stderr.contains("4 regels gelezen: 2 getoetst, 2 met een fout, 1 lege regel overgeslagen."), "\(r.stderr)")
    }

    @Test func compactLinesCarryIdsStatusesAmountsAndTheCatalogueVersion() throws {
        let r = TestSupport.cli(["batch", "-", "--format", "compact", "--peildatum", "2026-03-01"], input: Self.input)
        let docs = try r.stdout.split(separator: "\n").map { try JSONParser.parse(String($0)).objectValue! }
        #expect(docs.map { $0["regel"] } == [.number(1), .number(2), .number(4), .number(5)])
        let a = docs[0]
        #expect(a["peildatum"] == .string("2026-03-01"))
        #expect(a["catalogus"]?.stringValue?.count == 16)
        #expect(a["catalogus"] == docs[2]["catalogus"])
        let zorg = a["regelingen"]?.objectValue?["zorgtoeslag"]?.objectValue
        #expect(zorg?["status"] == .string("ja"))
        #expect(zorg?["per_jaar"] == .number(1550))
        #expect(zorg?["ontvangt"] == .bool(true))
        // The same decisions as the full contract JSON, for every scheme shown there.
        let full = try JSONParser.parse(String(TestSupport.cli(["batch", "-", "--peildatum", "2026-03-01"], input: Self.input).stdout.split(separator: "\n")[0])).objectValue!
        let compact = a["regelingen"]!.objectValue!
        for result in full["resultaten"]!.arrayValue! {
            let o = result.objectValue!
            let c = compact[o["regeling"]!.stringValue!]?.objectValue
            #expect(c?["status"] == o["status"])
            #expect(c?["ontbrekend"] ?? .array([]) == o["ontbrekend"])
            #expect(c?["per_jaar"] == o["bedrag"]?.objectValue?["per_jaar"])
        }
        #expect(compact.keys.count == full["resultaten"]!.arrayValue!.count)
        #expect(r.stdout.utf8.count < 20_000)
    }

    @Test func missedMoneyLeavesOutProtectionsServicesAndWhatComesWithoutAClaim() throws {
        // An AOW-age household with debts and seizure: AOW and the beslagvrije voet are `ja`.
        let line = #"{"id": "d", "peildatum": "2026-03-01", "aanvrager": {"leeftijd": 70, "zorgverzekerd": true, "rechtmatig_verblijf": true, "aow_jaren_verzekerd": 50, "uitkeringen": []}, "partner": null, "kinderen": [], "inkomen": {"toetsingsinkomen_per_jaar": 18000, "netto_per_maand": 1300}, "vermogen": {"totaal": 0}, "schulden": {"totaal": 9000, "beslag": true, "problematisch": true}, "ontvangt": []}"#
        let all = try JSONParser.parse(TestSupport.cli(["batch", "-", "--format", "compact"], input: line).stdout).objectValue!
        let statuses = all["regelingen"]!.objectValue!
        #expect(statuses["aow"]?.objectValue?["status"] == .string("ja"))
        #expect(statuses["beslagvrije-voet"]?.objectValue?["status"] == .string("ja"))
        let missed = try JSONParser.parse(TestSupport.cli(["batch", "-", "--format", "compact", "--gemist"], input: line).stdout).objectValue!
        let ids = Set(missed["regelingen"]!.objectValue!.keys)
        #expect(!ids.isEmpty)
        for id in ["aow", "beslagvrije-voet", "schuldhulpverlening", "wsnp", "kindgebonden-budget", "voedselbank"] { #expect(!ids.contains(id)) }
        let kinds = Dictionary(TestSupport.catalogue.schemes.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(ids.allSatisfy { kinds[$0] == .geld && statuses[$0]?.objectValue?["status"] == .string("ja") })
        let possible = try JSONParser.parse(TestSupport.cli(["batch", "-", "--format", "compact", "--gemist", "--ook-mogelijk"], input: line).stdout).objectValue!
        let more = possible["regelingen"]!.objectValue!
        #expect(Set(more.keys).isSuperset(of: ids))
        #expect(more.members.contains { $0.value.objectValue?["status"] == .string("mogelijk") })
        #expect(TestSupport.cli(["batch", "-", "--ook-mogelijk"], input: line).status == 2)
    }

    @Test func theCatalogueSaysWhatIsMoneyToClaim() {
        let kinds = Dictionary(TestSupport.catalogue.schemes.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["beslagvrije-voet"] == .bescherming)
        #expect(kinds["aow"] == .vanzelf)
        #expect(kinds["schuldhulpverlening"] == .dienst)
        #expect(kinds["huurtoeslag"] == .geld)
    }

    @Test func orderIsKeptUnderParallelEvaluation() throws {
        // Enough rows for several chunks and pieces, with bad rows in place.
        var rows: [String] = []
        for k in 0..<3_000 {
            if k % 997 == 0 { rows.append(#"{"id": "k\#(k)", "aanvrager": {"leeftijd": "x"}}"#); continue }
            rows.append(#"{"id": "k\#(k)", "peildatum": "2026-03-01", "aanvrager": {"leeftijd": \#(18 + k % 70)}, "inkomen": {"netto_per_maand": \#(k % 3000)}}"#)
        }
        let r = TestSupport.cli(["batch", "-", "--format", "compact"], input: rows.joined(separator: "\n"))
        #expect(r.status == 1)
        let out = r.stdout.split(separator: "\n")
        #expect(out.count == rows.count)
        for (k, line) in out.enumerated() {
            let doc = try JSONParser.parse(String(line)).objectValue!
            guard doc["regel"] == .number(Double(k + 1)) else {
                Issue.record("row \(k + 1) out of order: \(line.prefix(40))")
                return
            }
            #expect(k % 997 == 0 ? doc["fouten"] != nil : doc["id"] == .string("k\(k)"))
        }
        #expect(r.stderr.contains("3000 regels gelezen: 2996 getoetst, 4 met een fout."))
    }

    @Test func batchAgreesWithCheck() throws {
        let line = Self.input.split(separator: "\n").first.map(String.init)!
        let batch = try JSONParser.parse(String(TestSupport.cli(["batch", "-"], input: line).stdout.split(separator: "\n")[0])).objectValue!
        let single = try JSONParser.parse(TestSupport.cli(["check", "-", "--format", "json"], input: line).stdout).objectValue!
        #expect(batch["resultaten"] == single["resultaten"])
    }

    @Test func anOverlongLineIsOneErrorAndTheRestIsRead() throws {
        let long = #"{"id": "x", "gemeente": ""# + String(repeating: "a", count: 3 * BatchReader.maxLine + 10) + #""}"#
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hulpwijzer-long-\(UUID().uuidString).jsonl")
        try Data(([long] + Self.input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)).joined(separator: "\n").utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = TestSupport.cli(["batch", file.path, "--format", "compact", "--peildatum", "2026-03-01"])
        let docs = try r.stdout.split(separator: "\n").map { try JSONParser.parse(String($0)).objectValue! }
        #expect(docs.map { $0["regel"] } == [.number(1), .number(2), .number(3), .number(5), .number(6)])
        #expect(docs[0]["fouten"]?.arrayValue?.first?.stringValue?.contains("langer dan") == true)
    }

    /// A blank line is no household: no row, but the summary counts it (nothing is dropped silently).
    @Test func blankLinesAreCountedInTheSummary() {
        let r = TestSupport.cli(["batch", "-", "--peildatum", "2026-03-01", "--format", "compact"], input: "{}\n\n  \n{}\n")
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 2)
        #expect(r.stderr.contains("2 regels gelezen: 2 getoetst, 0 met een fout, 2 lege regels overgeslagen."), "\(r.stderr)")
    }
}
