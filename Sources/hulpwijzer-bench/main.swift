import Foundation
import Hulpwijzer

// Benchmark for hulpwijzer. Build and run in release mode:
//   swift run -c release hulpwijzer-bench [--quick]
//   swift run -c release hulpwijzer-bench caseload 100000 > caseload.jsonl   (a generated caseload;
//       `--gemeente GM0268 --peildatum 2026-03-01`: one municipality and screening date)
//   swift run -c release hulpwijzer-bench stages caseload.jsonl [RUNS]       (batch stages and process)
//   swift run -c release hulpwijzer-bench start BINARY [RUNS]                (start-up of one check process)
//   swift run -c release hulpwijzer-bench batch caseload.jsonl [RUNS]        (batch process per format only)
// It reports
//   1. library evaluation per household (median, p90) with the bundled catalogue;
//   2. one `hulpwijzer check` process end to end (median wall time);
//   3. per-query cost with a generated catalogue of 342 × 15 local schemes versus 22 × 15.

let quick = CommandLine.arguments.contains("--quick")
/// `--deel 1`, `--deel 2`, `--deel 3`: run one part only.
let onlyPart: Int? = CommandLine.arguments.firstIndex(of: "--deel").flatMap { i in
    i + 1 < CommandLine.arguments.count ? Int(CommandLine.arguments[i + 1]) : nil
}
func runs(_ part: Int) -> Bool { onlyPart == nil || onlyPart == part }

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

func percentile(_ values: [Double], _ p: Double) -> Double {
    let s = values.sorted()
    return s[min(s.count - 1, Int(Double(s.count - 1) * p))]
}

/// Deterministic pseudo-random households spread over ages, household types, incomes and municipalities.
func households(count: Int, municipalities: [String]) -> [Household] {
    var state: UInt64 = 0x5EED
    func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }
    var out: [Household] = []
    for i in 0..<count {
        var json = #"{"peildatum": "\#(next(2) == 0 ? "2025-06-01" : "2026-06-01")""#
        if !municipalities.isEmpty { json += #", "gemeente": "\#(municipalities[i % municipalities.count])""# }
        let age = 18 + next(70)
        json += #", "aanvrager": {"leeftijd": \#(age), "rechtmatig_verblijf": true, "zorgverzekerd": true, "werk_uren_per_week": \#(next(3) * 16), "aow_jaren_verzekerd": \#(next(51))}"#
        json += next(2) == 0 ? #", "partner": null"# : #", "partner": {"leeftijd": \#(18 + next(70)), "zorgverzekerd": true, "rechtmatig_verblijf": true}"#
        let kids = (0..<next(4)).map { _ in #"{"leeftijd": \#(next(18)), "kinderopvang_uren_per_maand": \#(next(3) * 40)}"# }
        json += #", "kinderen": [\#(kids.joined(separator: ","))], "medebewoners": []"#
        if next(4) != 0 { json += #", "woning": {"soort": "huur", "zelfstandig": true, "kale_huur_per_maand": \#(400 + next(700))}"# }
        if next(5) != 0 { json += #", "inkomen": {"netto_per_maand": \#(800 + next(3000)), "toetsingsinkomen_per_jaar": \#(10000 + next(60000)), "maanden_laag_inkomen": \#(next(72))}"# }
        if next(3) != 0 { json += #", "vermogen": {"totaal": \#(next(30000))}"# }
        if next(3) == 0 { json += #", "schulden": {"totaal": \#(next(40000)), "problematisch": true, "beslag": \#(next(2) == 0)}"# }
        json += "}"
        out.append(try! HouseholdDecoder.decode(bytes: Array(json.utf8)))
    }
    return out
}

/// Runs `body` once per household to warm caches, then `rounds` times; returns per-call times in µs.
func measure(_ list: [Household], rounds: Int, _ body: (Household) -> Int) -> [Double] {
    for h in list { _ = body(h) }
    var times: [Double] = []
    times.reserveCapacity(list.count * rounds)
    for _ in 0..<rounds {
        for h in list {
            let t0 = now()
            let n = body(h)
            let t1 = now()
            precondition(n > 0)
            times.append(Double(t1 - t0) / 1000)
        }
    }
    return times
}

/// `Engine.evaluate` per household, in µs.
func measureLibrary(_ catalogue: Catalogue, _ list: [Household], rounds: Int) -> [Double] {
    let engine = Engine(catalogue: catalogue)
    return measure(list, rounds: rounds) { try! engine.evaluate($0).outcomes.count }
}

/// `Engine.screen` per household (statuses, amounts and missing facts, no explanations), in µs.
func measureScreening(_ catalogue: Catalogue, _ list: [Household], rounds: Int) -> [Double] {
    let engine = Engine(catalogue: catalogue)
    return measure(list, rounds: rounds) { try! engine.screen($0).items.count }
}

/// Runs the `hulpwijzer` binary next to this benchmark `runs` times with posix_spawn
/// (Foundation's Process adds tens of milliseconds of its own on Linux); the household
/// is read from a file and the output goes to /dev/null. Returns wall times in ms.
func measureProcess(arguments: [String], input: String, runs: Int) -> [Double] {
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("hulpwijzer").path
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("hw-bench-\(UUID().uuidString).json").path
    try! input.write(toFile: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: file) }
    let args = [exe] + arguments.map { $0 == "-" ? file : $0 }
    var times: [Double] = []
    for _ in 0..<runs {
        guard let run = spawnQuietly(args) else { preconditionFailure("posix_spawn failed: \(exe)") }
        times.append(run.ms)
        precondition(run.status == 0, "hulpwijzer exited with status \(run.status)")
    }
    return times
}

/// A copy of the bundled catalogue whose municipal part is replaced by `count` generated
/// municipalities with `perMunicipality` local schemes each.
func generatedCatalogue(from data: String, municipalities: [Municipality], perMunicipality: Int) throws -> String {
    let fm = FileManager.default
    let dir = fm.temporaryDirectory.appendingPathComponent("hw-bench-\(municipalities.count)-\(UUID().uuidString)")
    try fm.copyItem(at: URL(fileURLWithPath: data), to: dir)
    let lokaal = dir.appendingPathComponent("gemeenten/lokaal")
    let regio = dir.appendingPathComponent("gemeenten/regio")
    try? fm.removeItem(at: lokaal)
    try? fm.removeItem(at: regio)
    try fm.createDirectory(at: lokaal, withIntermediateDirectories: true)
    try fm.createDirectory(at: regio, withIntermediateDirectories: true)
    for m in municipalities {
        let code = m.code.lowercased()
        var schemes: [String] = []
        for k in 0..<perMunicipality {
            schemes.append("""
            {"id": "\(code)-regeling-\(k)", "naam": "Regeling \(k)", "omschrijving": "Gegenereerd voor de benchmark.", "uitvoerder": "Gemeente",
             "categorie": ["\(["meedoen", "kinderen", "zorg", "inkomen"][k % 4])"], "wettelijke_basis": [{"wet": "Participatiewet", "artikel": "art. 35"}],
             "bron": "https://example.org", "geldig_van": "2025-01-01", "laatst_geverifieerd": "2026-11-23", "maatwerk": \(k % 3 == 0),
             "aanvragen": {"hoe": "Bij de gemeente."}, "poort": [{"feit": "aanvrager.leeftijd", "minimaal": 18}],
             "voorwaarden": {"alle": [
               {"feit": "inkomen.percentage_sociaal_minimum", "maximaal": "grens"},
               {"feit": "vermogen.totaal", "maximaal": {"feit": "norm.vermogensgrens"}},
               {"een_van": [{"feit": "kinderen.aantal_4_17", "minimaal": 1}, {"feit": "huishouden.type", "in": ["alleenstaand", "paar"]}]}
             ]},
             "bedrag": {"periode": "jaar", "formule": "bedrag + kinderen.aantal_4_17 * 50"},
             "parameters": {
               "grens": {"omschrijving": "de inkomensgrens", "eenheid": "procent", "waarden": [{"vanaf": "2025-01-01", "waarde": \(110 + 10 * (k % 3)), "bron": "https://example.org/benchmark", "zekerheid": "onzeker"}]},
               "bedrag": {"omschrijving": "het bedrag", "eenheid": "euro_per_jaar", "per": "huishouden.type", "waarden": [{"vanaf": "2025-01-01", "waarde": {"alleenstaand": 100, "alleenstaande_ouder": 150, "paar": 150, "paar_met_kinderen": 200}, "bron": "https://example.org/benchmark", "zekerheid": "onzeker"}]}
             }}
            """)
        }
        let file = #"{"gemeente": "\#(m.code)", "naam": "\#(m.name)", "regelingen": [\#(schemes.joined(separator: ",\n"))]}"#
        try file.write(to: lokaal.appendingPathComponent("\(m.code).json"), atomically: true, encoding: .utf8)
    }
    return dir.path
}

func fmt(_ v: Double, _ unit: String) -> String { String(format: "%.1f %@", v, unit) }

if CommandLine.arguments.count >= 2, CommandLine.arguments[1] == "start" { exit(Start.run(Array(CommandLine.arguments.dropFirst(2)))) }
let data = CataloguePaths.defaultDirectory()
let catalogue = try Catalogue.load(from: data)

// `hulpwijzer-bench caseload N [SEED]`: write N generated households as JSON Lines and stop.
if CommandLine.arguments.count >= 3, CommandLine.arguments[1] == "caseload", let count = Int(CommandLine.arguments[2]) {
    func option(_ name: String) -> String? {
        CommandLine.arguments.firstIndex(of: name).flatMap { $0 + 1 < CommandLine.arguments.count ? CommandLine.arguments[$0 + 1] : nil }
    }
    let seed = CommandLine.arguments.count > 3 && !CommandLine.arguments[3].hasPrefix("--") ? UInt64(CommandLine.arguments[3]) ?? 1 : 1
    var generator = CaseloadGenerator(seed: seed, register: catalogue.municipalities, municipality: option("--gemeente"), day: option("--peildatum"))
    var chunk = ""
    for i in 1...max(count, 1) {
        chunk += generator.household(i) + "\n"
        if chunk.utf8.count > 1 << 16 {
            print(chunk, terminator: "")
            chunk = ""
        }
    }
    print(chunk, terminator: "")
    exit(0)
}
// `hulpwijzer-bench stages FILE [RUNS]`: the batch stages and the batch process (see Stages.swift).
if CommandLine.arguments.count >= 3, CommandLine.arguments[1] == "stages" {
    try Stages.run(file: CommandLine.arguments[2], runs: CommandLine.arguments.count > 3 ? Int(CommandLine.arguments[3]) ?? 5 : 5,
                   catalogue: catalogue, data: data)
    exit(0)
}
// `hulpwijzer-bench batch FILE [RUNS]`: the batch process per format (see BatchBench.swift).
if CommandLine.arguments.count >= 3, CommandLine.arguments[1] == "batch" {
    BatchBench.run(file: CommandLine.arguments[2], runs: CommandLine.arguments.count > 3 ? Int(CommandLine.arguments[3]) ?? 5 : 5, data: data)
    exit(0)
}
let modelled = catalogue.municipalities.all.filter { (try? catalogue.local(for: $0.code).isModelled) == true }.map(\.code)
print("hulpwijzer-bench — catalogus \(data)")
print("  \(catalogue.schemes.count) landelijke regelingen, \(modelled.count) gemeenten met eigen regelingen\n")

// `hulpwijzer-bench server [N] [CONNECTIONS]`: a bounded load run of POST /api/check on loopback.
if CommandLine.arguments.count >= 2, CommandLine.arguments[1] == "server" {
    let n = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 10_000 : 10_000
    let c = CommandLine.arguments.count > 3 ? Int(CommandLine.arguments[3]) ?? 8 : 8
    let body = #"{"peildatum": "2026-03-01", "gemeente": "Utrecht", "aanvrager": {"leeftijd": 40, "rechtmatig_verblijf": true, "zorgverzekerd": true, "werk_uren_per_week": 0, "uitkeringen": []}, "partner": null, "kinderen": [{"leeftijd": 5, "thuiswonend": true}, {"leeftijd": 9, "thuiswonend": true}], "medebewoners": [], "woning": {"soort": "huur", "zelfstandig": true, "kale_huur_per_maand": 780}, "inkomen": {"netto_per_maand": 1650, "toetsingsinkomen_per_jaar": 22000}, "vermogen": {"totaal": 1200}}"#
    let t0 = now()
    let (latencies, errors) = try serverLoad(catalogue: catalogue, directory: data, body: body, requests: n, connections: c)
    let seconds = Double(now() - t0) / 1e9
    print("server: \(latencies.count) × POST /api/check over \(c) verbindingen in \(String(format: "%.1f", seconds)) s, \(errors) fouten")
    if !latencies.isEmpty {
        print("   p50 \(fmt(percentile(latencies, 0.5), "ms")), p99 \(fmt(percentile(latencies, 0.99), "ms")), \(String(format: "%.0f", Double(latencies.count) / seconds)) per seconde")
    }
    exit(errors == 0 ? 0 : 1)
}

// 1. Library evaluation per household.
if runs(1) {
let list = households(count: quick ? 300 : 2000, municipalities: modelled)
let lib = measureLibrary(catalogue, list, rounds: quick ? 2 : 5)
print("1. bibliotheek: evaluatie per huishouden (\(lib.count) evaluaties, met gemeente)")
print("   mediaan \(fmt(percentile(lib, 0.5), "µs")), p90 \(fmt(percentile(lib, 0.9), "µs")), p99 \(fmt(percentile(lib, 0.99), "µs"))")
let national = households(count: quick ? 300 : 2000, municipalities: [])
let libNational = measureLibrary(catalogue, national, rounds: quick ? 2 : 5)
print("   zonder gemeente: mediaan \(fmt(percentile(libNational, 0.5), "µs")), p90 \(fmt(percentile(libNational, 0.9), "µs"))")
let screening = measureScreening(catalogue, list, rounds: quick ? 2 : 5)
print("   Engine.screen (status, bedrag, ontbrekend; zonder uitleg): mediaan \(fmt(percentile(screening, 0.5), "µs")), p90 \(fmt(percentile(screening, 0.9), "µs"))\n")
}

// 2. One check process end to end.
let example = #"{"peildatum": "2026-03-01", "gemeente": "Rotterdam", "aanvrager": {"leeftijd": 34, "rechtmatig_verblijf": true, "zorgverzekerd": true, "werk_uren_per_week": 0, "uitkeringen": ["bijstand"]}, "partner": null, "kinderen": [{"leeftijd": 4, "thuiswonend": true}, {"leeftijd": 9, "thuiswonend": true}], "medebewoners": [], "woning": {"soort": "huur", "zelfstandig": true, "kale_huur_per_maand": 720}, "inkomen": {"netto_per_maand": 1400, "toetsingsinkomen_per_jaar": 18500, "maanden_laag_inkomen": 40}, "vermogen": {"totaal": 900}, "schulden": {"totaal": 14000, "problematisch": true, "beslag": true}}"#
let processRuns = quick ? 10 : 40
if runs(2) {
let proc = measureProcess(arguments: ["check", "-", "--format", "json", "--catalogus", data], input: example, runs: processRuns)
print("2. proces: 'hulpwijzer check - --format json' end to end (\(processRuns) keer)")
print("   mediaan \(fmt(percentile(proc, 0.5), "ms")), p90 \(fmt(percentile(proc, 0.9), "ms"))\n")
}

// 3. Cost does not grow with the number of municipalities.
if runs(3) {
let all = catalogue.municipalities.all
let big = try generatedCatalogue(from: data, municipalities: all, perMunicipality: 15)
let small = try generatedCatalogue(from: data, municipalities: Array(all.sorted { $0.inhabitants > $1.inhabitants }.prefix(22)), perMunicipality: 15)
defer {
    try? FileManager.default.removeItem(atPath: big)
    try? FileManager.default.removeItem(atPath: small)
}
let smallCodes = Array(all.sorted { $0.inhabitants > $1.inhabitants }.prefix(22)).map(\.code)
let queries = households(count: quick ? 220 : 1100, municipalities: smallCodes)
let bigCatalogue = try Catalogue.load(from: big)
let smallCatalogue = try Catalogue.load(from: small)
let tBig = measureLibrary(bigCatalogue, queries, rounds: quick ? 2 : 5)
let tSmall = measureLibrary(smallCatalogue, queries, rounds: quick ? 2 : 5)
print("3. schaal: 342 × 15 lokale regelingen tegenover 22 × 15 (dezelfde huishoudens, in de 22 grootste gemeenten)")
print("   bibliotheek per vraag: 342 gemeenten mediaan \(fmt(percentile(tBig, 0.5), "µs")), 22 gemeenten mediaan \(fmt(percentile(tSmall, 0.5), "µs")), verhouding \(String(format: "%.2f", percentile(tBig, 0.5) / percentile(tSmall, 0.5)))")
let procBig = measureProcess(arguments: ["check", "-", "--format", "json", "--catalogus", big], input: example.replacingOccurrences(of: "Rotterdam", with: "Utrecht"), runs: processRuns)
let procSmall = measureProcess(arguments: ["check", "-", "--format", "json", "--catalogus", small], input: example.replacingOccurrences(of: "Rotterdam", with: "Utrecht"), runs: processRuns)
print("   proces per vraag: 342 gemeenten mediaan \(fmt(percentile(procBig, 0.5), "ms")), 22 gemeenten mediaan \(fmt(percentile(procSmall, 0.5), "ms")), verhouding \(String(format: "%.2f", percentile(procBig, 0.5) / percentile(procSmall, 0.5)))")
}
