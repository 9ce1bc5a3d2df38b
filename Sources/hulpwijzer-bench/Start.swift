import Foundation

/// `hulpwijzer-bench start BINARY [RUNS] [HOUSEHOLD]`: the start-up cost of one process.
///
/// Spawns `BINARY --version`, `BINARY check HOUSEHOLD` and `BINARY check HOUSEHOLD --format json`
/// interleaved, `RUNS` times each (default 30), with posix_spawn (stdout and stderr to
/// /dev/null), and prints min, median and p90 wall time per command in ms. Interleaving spreads
/// the load of a shared machine evenly over the three commands.
enum Start {
    /// The commands measured, by label.
    static func commands(household: String) -> [(label: String, arguments: [String])] {
        [("--version", ["--version"]),
         ("check", ["check", household]),
         ("check --format json", ["check", household, "--format", "json"])]
    }

    /// Runs the benchmark with the command line after `start`; returns the exit code.
    static func run(_ arguments: [String]) -> Int32 {
        guard let binary = arguments.first else {
            FileHandle.standardError.write(Data("gebruik: hulpwijzer-bench start BINARY [RUNS] [HUISHOUDEN]\n".utf8))
            return 1
        }
        let runs = arguments.count > 1 ? max(Int(arguments[1]) ?? 30, 1) : 30
        let household = arguments.count > 2 ? arguments[2] : "voorbeelden/alleenstaande-ouder-nijmegen.json"
        let list = commands(household: household)
        var times = [[Double]](repeating: [], count: list.count)
        for _ in 0..<runs {
            for (k, command) in list.enumerated() {
                guard let ms = spawn(binary, command.arguments) else {
                    FileHandle.standardError.write(Data("\(binary) \(command.arguments.joined(separator: " ")) faalde\n".utf8))
                    return 1
                }
                times[k].append(ms)
            }
        }
        print("start: \(binary), \(runs) keer per opdracht (ms)")
        print("  opdracht                   min   mediaan       p90")
        for (k, command) in list.enumerated() {
            let line = command.label.padding(toLength: 22, withPad: " ", startingAt: 0)
                + String(format: "%9.2f %9.2f %9.2f", percentile(times[k], 0), percentile(times[k], 0.5), percentile(times[k], 0.9))
            print("  " + line)
        }
        return 0
    }

    /// One run of `binary arguments`: wall time in ms, or nil when it could not start or failed.
    static func spawn(_ binary: String, _ arguments: [String]) -> Double? {
        guard let run = spawnQuietly([binary] + arguments), run.status == 0 else { return nil }
        return run.ms
    }
}
