import Foundation

/// `hulpwijzer-bench batch FILE [RUNS]`: the `hulpwijzer batch` process next to this benchmark
/// (build both with `swift build -c release`), per output format, RUNS times (default 5):
/// min and median households per second, CPU use (user + sys over wall: 2.0 is both cores
/// busy) and peak RSS, from GNU time. Output goes to /dev/null.
enum BatchBench {
    /// The formats measured, as `batch` arguments.
    static let formats = [["--format", "compact"], ["--gemist", "--format", "csv"], ["--format", "csv"], ["--format", "jsonl"]]

    /// One process run: wall seconds, CPU seconds (user + sys), peak RSS in KB.
    struct Sample {
        var wall: Double
        var cpu: Double
        var rssKB: Double
    }

    static func run(file: String, runs: Int, data: String, formats: [[String]] = formats) {
        let households = countLines(file)
        print("proces 'hulpwijzer batch', \(households) huishoudens, \(runs) keer per formaat:")
        for args in formats {
            let samples = (0..<runs).map { _ in process(["batch", file, "--catalogus", data, "--peildatum", "2026-03-01"] + args) }
            let rates = samples.map { Double(households) / $0.wall }
            let ratio = samples.map { $0.cpu / $0.wall }
            print("  " + args.joined(separator: " ").padding(toLength: 24, withPad: " ", startingAt: 0)
                  + String(format: "%9.0f / %9.0f huishoudens/s (min / mediaan), CPU/wand %.2f, piek-RSS %.0f MB",
                           rates.min()!, percentile(rates, 0.5), percentile(ratio, 0.5), samples.map(\.rssKB).max()! / 1024))
        }
    }

    /// Lines that are not blank.
    static func countLines(_ file: String) -> Int {
        guard let data = FileManager.default.contents(atPath: file) else { return 0 }
        return data.split(separator: 0x0A, omittingEmptySubsequences: true).count
    }

    /// Runs `hulpwijzer` under GNU time (`/usr/bin/time`, which forks: `posix_spawn` from this
    /// process would count the benchmark's own memory in the child's peak).
    static func process(_ arguments: [String]) -> Sample {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("hulpwijzer").path
        let timer = "/usr/bin/time"
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("hw-bench-time-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let hasTimer = FileManager.default.isExecutableFile(atPath: timer)
        let argv = hasTimer ? [timer, "-f", "%e %U %S %M", "-o", report, exe] + arguments : [exe] + arguments
        guard let run = spawnQuietly(argv) else { preconditionFailure("posix_spawn failed: \(argv[0])") }
        let wall = run.ms / 1000
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        let fields = text.split(separator: "\n").last.map { $0.split(separator: " ").compactMap { Double($0) } } ?? []
        guard fields.count == 4 else { return Sample(wall: wall, cpu: 0, rssKB: 0) }
        return Sample(wall: wall, cpu: fields[1] + fields[2], rssKB: fields[3])
    }
}
