import Foundation
import Testing
@testable import Hulpwijzer

/// The case tables cover each municipality's own rules: wherever the catalogue lets a local
/// scheme (or a national one on the municipality's own income limit) come out `ja` for one income
/// and `nee` on that limit for a higher one, the municipality's table has, on a 2026 peildatum, a
/// case where a local scheme is `ja`, one where it is `nee` on the municipal income limit, and one
/// with the income exactly at that limit.
///
/// Whether the catalogue allows it is found by probing, not written down by hand: every household
/// of the municipality's table (and four standard ones) is evaluated on 1 March 2026 for a range of
/// incomes. A municipality where no probe gives both answers (no data, only maatwerk, a limit the
/// catalogue can only ask about, no income limit of its own) needs no such cases; the probe says why.
///
/// `HULPWIJZER_CASE_COVERAGE_REPORT=<file>` writes the per-municipality result as JSON.
@Suite struct MunicipalCaseCoverageTests {
    /// Which of the three kinds of case a set of evaluations holds.
    struct Kinds: Equatable {
        var ja = false
        var nee = false
        var edge = false
        var all: Bool { ja && nee && edge }
        mutating func add(_ o: Kinds) { ja = ja || o.ja; nee = nee || o.nee; edge = edge || o.edge }
        var missing: [String] { [ja ? nil : "ja", nee ? nil : "nee op de grens", edge ? nil : "op de grens"].compactMap { $0 } }
    }

    static let incomeFacts: Set<String> = ["inkomen.percentage_sociaal_minimum", "inkomen.percentage_bijstandsnorm",
                                           "inkomen.netto_per_maand", "inkomen.toetsingsinkomen",
                                           "inkomen.percentage_norm_kwijtschelding"]

    /// The tests among `traces` that compare the household's income with a figure of the
    /// municipality's own.
    static func localIncomeTests(_ traces: [Trace]) -> [Trace] {
        traces.filter { t in
            incomeFacts.contains(FactRegistry.all[t.leaf.fact].name) && t.reference?.parameter?.isLocal == true
        }
    }

    /// The kinds of case one evaluation is, for the municipality's own schemes and limits.
    static func kinds(of e: Evaluation) -> Kinds {
        var k = Kinds()
        let overrides = e.municipality.flatMap { try? TestSupport.catalogue.local(for: $0.code).overrides } ?? [:]
        for o in e.outcomes {
            let local = o.scheme.id.hasPrefix("gm")
            if o.status == .ja && local { k.ja = true }
            // Only the municipality's own schemes and the national ones it sets figures for can test
            // an income against a municipal limit (explaining is the costly part).
            guard local || overrides[o.scheme.id] != nil else { continue }
            // All tests the walk evaluated: a `mogelijk` leaves a holding income test out of its explanation.
            let tests = localIncomeTests(o.evaluatedTraces())
            if tests.isEmpty { continue }
            if o.status == .ja { k.ja = true }
            if o.status == .nee && localIncomeTests(o.explainingTraces()).contains(where: { ($0.truth == .no) != $0.negated }) { k.nee = true }
            for t in tests {
                guard let v = t.value.number, let limits = t.reference?.values else { continue }
                if limits.contains(where: { abs($0 - v) <= 0.01 }) { k.edge = true }
            }
        }
        return k
    }

    /// The households the probe varies: the municipality's table households and four standard ones.
    static func probeHouseholds(code: String, tables: [FixtureCases.Case]) -> [JSONValue] {
        func hh(_ json: String) -> JSONValue { (try? JSONParser.parse(json)) ?? .null }
        let person = #""rechtmatig_verblijf": true, "zorgverzekerd": true, "werk_uren_per_week": 0, "uitkeringen": [], "onderwijs": "geen", "studiefinanciering": false, "chronisch_ziek_of_beperking": false"#
        let rest = #""medebewoners": [], "inkomen": {"netto_per_maand": 1000, "maanden_laag_inkomen": 60}, "vermogen": {"totaal": 1000, "auto_waarde": 0}, "woning": {"soort": "huur", "zelfstandig": true, "kale_huur_per_maand": 650}, "schulden": {"totaal": 0, "problematisch": false, "beslag": false, "in_schuldhulp": false, "wsnp": false}, "ontvangt": []"#
        let kids = #"[{"leeftijd": 7, "thuiswonend": true}, {"leeftijd": 14, "thuiswonend": true}]"#
        let standard = [
            #"{"gemeente": "\#(code)", "aanvrager": {"leeftijd": 40, \#(person)}, "partner": null, "kinderen": [], \#(rest)}"#,
            #"{"gemeente": "\#(code)", "aanvrager": {"leeftijd": 38, \#(person)}, "partner": null, "kinderen": \#(kids), \#(rest)}"#,
            #"{"gemeente": "\#(code)", "aanvrager": {"leeftijd": 40, \#(person)}, "partner": {"leeftijd": 40, \#(person)}, "kinderen": \#(kids), \#(rest)}"#,
            #"{"gemeente": "\#(code)", "aanvrager": {"leeftijd": 72, \#(person)}, "partner": null, "kinderen": [], \#(rest)}"#,
        ].map(hh)
        return tables.map(\.household) + standard
    }

    /// The household on 1 March 2026 with a net income of `income` a month.
    static func at(_ household: JSONValue, income: Double) -> JSONValue {
        FixtureCases.merge(household, .object(JSONObject([
            ("peildatum", .string("2026-03-01")),
            ("inkomen", .object(JSONObject([("netto_per_maand", .number(income))]))),
        ])))
    }

    /// Whether the catalogue can give the municipality's own schemes a `ja` and a `nee` on its own
    /// income limit: low incomes first (a `ja`), then high ones (a `nee`).
    static func probe(code: String, tables: [FixtureCases.Case], engine: Engine) -> Kinds {
        var found = Kinds()
        // Low and high incomes in turn, so that a municipality with both answers stops early.
        let low = stride(from: 600.0, through: 2400, by: 150).map { $0 }, high = stride(from: 4200.0, to: 2400, by: -150).map { $0 }
        let incomes = zip(low, high).flatMap { [$0, $1] } + low.dropFirst(high.count)
        var seen = Set<String>()
        for household in probeHouseholds(code: code, tables: tables) where seen.insert(JSONWriter.write(at(household, income: 0))).inserted {
            for income in incomes {
                guard let h = try? HouseholdDecoder.decode(at(household, income: income)),
                      let e = try? engine.evaluate(h) else { continue }
                var k = kinds(of: e)
                k.edge = false
                found.add(k)
                if found.ja && found.nee { return found }
            }
        }
        return found
    }

    @Test func everyMunicipalityWithATestableLimitHasTheThreeKindsOfCase() throws {
        let engine = TestSupport.engine
        let cases = try FixtureCases.all().filter { $0.folder == "gemeenten" }
        var byCode: [String: [FixtureCases.Case]] = [:]
        var kindsByCode: [String: Kinds] = [:]
        for c in cases {
            let e = try engine.evaluate(try HouseholdDecoder.decode(c.household))
            guard let code = e.municipality?.code else { continue }
            byCode[code, default: []].append(c)
            guard e.peildatum.year == 2026 else { continue }
            kindsByCode[code, default: Kinds()].add(Self.kinds(of: e))
        }
        var report: [(key: String, value: JSONValue)] = []
        var gaps: [String] = []
        for m in TestSupport.catalogue.municipalities.all {
            let have = kindsByCode[m.code] ?? Kinds()
            let testable = Self.probe(code: m.code, tables: byCode[m.code] ?? [], engine: engine)
            // Each kind the catalogue makes possible: a `ja` where a probe got one; a `nee` on the
            // limit, and the edge, where a probe got such a `nee` (also for maatwerk, never `ja`).
            let required = Kinds(ja: testable.ja, nee: testable.nee, edge: testable.nee)
            let missing = Kinds(ja: required.ja && !have.ja, nee: required.nee && !have.nee, edge: required.edge && !have.edge)
            if missing.ja || missing.nee || missing.edge {
                gaps.append("\(m.code) \(m.name): ontbreekt \(Kinds(ja: !missing.ja, nee: !missing.nee, edge: !missing.edge).missing.joined(separator: ", "))")
            }
            report.append((m.code, .object(JSONObject([
                ("naam", .string(m.name)), ("toetsbaar", .bool(required.ja && required.nee)),
                ("probe_ja", .bool(testable.ja)), ("probe_nee", .bool(testable.nee)),
                ("gevallen_ja", .bool(have.ja)), ("gevallen_nee", .bool(have.nee)), ("gevallen_grens", .bool(have.edge)),
            ]))))
        }
        if let path = ProcessInfo.processInfo.environment["HULPWIJZER_CASE_COVERAGE_REPORT"] {
            try (JSONWriter.write(.object(JSONObject(report))) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(gaps.isEmpty, "\(gaps.count) gemeenten met een toetsbare eigen grens missen een soort geval (2026):\n\(gaps.joined(separator: "\n"))")
    }

    /// The classification itself: Meppel's table has all three kinds; a case far above every limit
    /// is no `ja`; a municipality without data cannot be probed into either answer.
    @Test func classificationSeesJaNeeAndTheEdge() throws {
        let engine = TestSupport.engine
        let cases = try FixtureCases.all().filter { $0.folder == "gemeenten" && $0.table == "GM0119" }
        var k = Kinds()
        for c in cases { k.add(Self.kinds(of: try engine.evaluate(try HouseholdDecoder.decode(c.household)))) }
        #expect(k.all, "\(k)")
        let rich = Self.at(Self.probeHouseholds(code: "GM0119", tables: [])[0], income: 9000)
        let r = Self.kinds(of: try engine.evaluate(try HouseholdDecoder.decode(rich)))
        #expect(!r.ja && !r.edge)
        let none = try #require(TestSupport.catalogue.municipalities.all.first { (try? TestSupport.catalogue.local(for: $0.code).isModelled) == false })
        let p = Self.probe(code: none.code, tables: [], engine: engine)
        #expect(!p.ja && !p.nee)
    }
}
