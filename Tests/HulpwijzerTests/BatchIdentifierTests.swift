import Foundation
import Testing
@testable import Hulpwijzer

/// `batch` keeps personal data out of `id`: it stops with the line numbers unless `--sta-id-toe`.
@Suite struct BatchIdentifierTests {
    static func line(_ id: String) -> String {
        #"{"id": "\#(id)", "peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40}}"#
    }

    @Test(arguments: ["123456782", "1234.56.782", "Jan Jansen", "J. de Vries", "Dorpsstraat 12a", "1234 AB 5",
                      "iemand@example.nl", "06 12345678", "+31 6 12345678"])
    func personalDataStopsTheBatchWithTheLine(_ id: String) {
        let input = [Self.line("dossier-1"), Self.line(id), Self.line("dossier-3")].joined(separator: "\n")
        let r = TestSupport.cli(["batch", "-", "--format", "compact"], input: input)
        #expect(r.status == 1)
        #expect(r.stderr.contains("regel 2: de id lijkt"))
        #expect(!r.stderr.contains(id))
        #expect(!r.stdout.contains(id))
        #expect(r.stderr.contains("batch gestopt"))
    }

    @Test(arguments: ["123456789", "dossier-2026-0017", "K17", "kb/2025/881"])
    func plainCaseLabelsPass(_ id: String) {
        let r = TestSupport.cli(["batch", "-", "--format", "compact"], input: Self.line(id))
        #expect(r.status == 0)
        #expect(r.stdout.contains(id))
    }

    @Test func everyLineIsNamedOncePerLineAndTheListIsCapped() {
        var rows = [Self.line("ok")]
        for _ in 0..<60 { rows.append(Self.line("123456782")) }
        let r = TestSupport.cli(["batch", "-", "--format", "compact"], input: rows.joined(separator: "\n"))
        let named = r.stderr.split(separator: "\n").filter { $0.contains(": de id lijkt") }
        #expect(named.count == BatchPipeline.identifierLinesShown)
        #expect(named.first?.hasPrefix("regel 2:") == true)
        #expect(r.stderr.contains("… en nog 10 regels met zo'n id"))
        #expect(r.stderr.contains("batch gestopt: 60 id's lijken persoonsgegevens"))
    }

    /// Several chunks (a file is read half a megabyte at a time, two chunks are evaluated at once): an id
    /// in the first chunk stops the batch, and the later chunks are only checked, whether their
    /// evaluation had started or not: no rows, no error messages of theirs, their ids still named.
    @Test func aStopInTheFirstChunkLeavesTheLaterChunksOnlyChecked() throws {
        let plain = #"{"id": "ok", "peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40}}"# + String(repeating: " ", count: 600)
        let bad = #"{"id": "ok", "peildatum": "2026-03-01", "aanvrager": {"leeftijd": -4}}"#
        var rows = [Self.line("123456782")]
        for k in 0..<8000 { rows.append(k == 2000 || k == 7000 ? bad : plain) }
        rows.append(Self.line("Jan Jansen"))
        let input = rows.joined(separator: "\n")
        #expect(input.utf8.count > 4 << 20)
        // From a file, by the binary: the input is read in chunks (from a string it is one).
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hulpwijzer-stop-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try input.write(to: file, atomically: true, encoding: .utf8)
        let r = try TestSupport.run(["batch", file.path, "--format", "compact"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("regel 1: de id lijkt"))
        #expect(r.stderr.contains("regel 8002: de id lijkt een naam"))
        #expect(!r.stderr.contains("regel 2002:") && !r.stderr.contains("regel 7002:"))
        #expect(r.stderr.contains("batch gestopt: 2 id's lijken persoonsgegevens"))
    }

    @Test func allowingIdentifiersOnlyWarns() {
        let r = TestSupport.cli(["batch", "-", "--format", "compact", "--sta-id-toe"], input: Self.line("Jan Jansen"))
        #expect(r.status == 0)
        #expect(r.stderr.contains("regel 1: waarschuwing: de id lijkt een naam"))
        #expect(r.stdout.contains("\"regel\":1"))
    }

    @Test func aTooLongIdIsAnErrorOnItsLineEvenWhenAllowed() {
        let r = TestSupport.cli(["batch", "-", "--format", "compact", "--sta-id-toe"],
                                input: Self.line(String(repeating: "x", count: IdentifierCheck.maxLength + 1)))
        #expect(r.status == 1)
        #expect(r.stdout.contains("\"fouten\":[\"id: de id is langer dan 64 tekens"))
    }
}
