import Foundation
import Hulpwijzer

/// `hulpwijzer-bench stages FILE [RUNS]`: where batch time goes, per household, on one core —
/// read, split into lines, parse, decode, evaluate, write (compact and `--gemist` CSV) — and the
/// whole `hulpwijzer batch` process on all cores (`BatchBench`). Min and
/// median of RUNS runs (default 5). Build with `swift build -c release --static-swift-stdlib`.
enum Stages {
    static func run(file: String, runs: Int, catalogue: Catalogue, data: String) throws {
        let engine = Engine(catalogue: catalogue)
        let options = Engine.Options(defaultPeildatum: Day(year: 2026, month: 3, day: 1)!)
        var table: [(String, [Double])] = []
        var bytes: [UInt8] = []
        var lines: [ArraySlice<UInt8>] = []
        var values: [JSONValue] = []
        var households: [Household] = []
        var evaluations: [Evaluation] = []
        func time(_ name: String, _ body: () throws -> Void) rethrows {
            var samples: [Double] = []
            for _ in 0..<runs {
                let t0 = now()
                try body()
                samples.append(Double(now() - t0))
            }
            table.append((name, samples))
        }
        try time("lezen (bestand → bytes)") { bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))) }
        time("regels splitsen") {
            lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
        }
        let n = Double(lines.count)
        try time("JSON parsen") { values = try lines.map { try JSONParser.parse(Array($0)) } }
        try time("huishouden decoderen") { households = try values.map { try HouseholdDecoder.decode($0) } }
        try time("bytes → huishouden (direct)") { households = try lines.map { try HouseholdDecoder.decode(bytes: Array($0)) } }
        try time("evalueren (Engine.evaluate)") { evaluations = try households.map { try engine.evaluate($0, options: options) } }
        var screened = 0
        try time("screenen (Engine.screen)") { screened = try households.reduce(0) { $0 + (try engine.screen($1, options: options)).items.count } }
        precondition(screened > 0)
        var size = 0
        time("schrijven: compact") {
            size = 0
            for (k, e) in evaluations.enumerated() { size += CompactRenderer.render(e, RenderOptions(line: k + 1)).utf8.count }
        }
        let compactBytes = size
        time("schrijven: --gemist csv") {
            size = 0
            for (k, e) in evaluations.enumerated() { size += CSVRenderer.render(e, RenderOptions(onlyMissed: true, line: k + 1)).utf8.count }
        }
        print("stappen, één kern, \(lines.count) huishoudens, \(runs) keer (ns per huishouden, min / mediaan):")
        for (name, samples) in table {
            print("  " + name.padding(toLength: 30, withPad: " ", startingAt: 0)
                  + String(format: "%9.0f / %9.0f", samples.min()! / n, percentile(samples, 0.5) / n))
        }
        print(String(format: "  uitvoer per huishouden: compact %.0f B, --gemist csv %.0f B", Double(compactBytes) / n, Double(size) / n))
        BatchBench.run(file: file, runs: runs, data: data)
    }
}
