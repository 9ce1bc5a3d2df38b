import Foundation
import Hulpwijzer

/// `hulpwijzer-bench stages FILE [RUNS]`: where batch time goes, per household, on one core —
/// read, split into lines, parse, decode, evaluate, write (compact and `--gemist` CSV) — and the
/// whole `hulpwijzer batch` process on all cores (households per second, peak RSS). Min and
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
        try time("evalueren (Engine.evaluate)") { evaluations = try households.map { try engine.evaluate($0, options: options) } }
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
        for args in [["--format", "compact"], ["--gemist", "--format", "csv"], ["--format", "csv"], ["--format", "jsonl"]] {
            var rates: [Double] = []
            var rss: [Double] = []
            for _ in 0..<runs {
                let (seconds, maxRSS) = batchProcess(["batch", file, "--catalogus", data, "--peildatum", "2026-03-01"] + args)
                rates.append(n / seconds)
                rss.append(maxRSS)
            }
            print("  proces 'batch \(args.joined(separator: " "))': "
                  + String(format: "%.0f / %.0f huishoudens/s (max / mediaan), piek-RSS %.0f MB", rates.max()!, percentile(rates, 0.5), rss.max()! / 1024)
                  + (rss.max()! == 0 ? " (onbekend: geen /usr/bin/time)" : ""))
        }
    }

    /// Runs `hulpwijzer` with output to /dev/null; wall seconds and peak RSS in KB. The RSS comes
    /// from GNU time (`/usr/bin/time -f %M`, which forks): `posix_spawn` from this process would
    /// count the benchmark's own memory in the child's peak (they share it until exec). 0 without it.
    static func batchProcess(_ arguments: [String]) -> (Double, Double) {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("hulpwijzer").path
        let timer = "/usr/bin/time"
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("hw-bench-rss-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let hasTimer = FileManager.default.isExecutableFile(atPath: timer)
        let argv = hasTimer ? [timer, "-f", "%M", "-o", report, exe] + arguments : [exe] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cargs = argv.map { strdup($0) } + [nil]
        var pid: pid_t = 0
        let t0 = now()
        precondition(posix_spawn(&pid, argv[0], &actions, nil, &cargs, environ) == 0)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let seconds = Double(now() - t0) / 1e9
        for p in cargs { free(p) }
        posix_spawn_file_actions_destroy(&actions)
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        let kb = text.split(separator: "\n").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }.last ?? 0
        return (seconds, kb)
    }
}
