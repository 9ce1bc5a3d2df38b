import Testing
@testable import Hulpwijzer

/// Generated households with extreme and odd values (up to the largest amount accepted,
/// `InputLimits.amount`): evaluation and every rendering must never crash (that is the point
/// of this test), and the contract JSON stays valid.
@Suite struct RobustnessTests {
    static let numbers: [String] = ["0", "1", "-1", "0.5", "17", "18", "21", "66", "67", "130", "1e9", "-1e9", "999999999.99", "1e300",
                                    "0.000001", "40857", "40858"]
    static let dates = ["2025-01-01", "2025-12-31", "2026-06-30", "2028-03-01", "9999-12-31", "2026-02-28", "1900-01-01", "0001-01-01"]
    static let places = ["GM0363", "Rotterdam", "GM1900", "Bergen (L.)", "den bosch", "Utrecht", "GM0888", "Zwijndrecht"]

    @Test func generatedHouseholdsNeverCrash() {
        var rng = SplitMix(seed: 2026)
        func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
        func maybe(_ s: String) -> String? { rng.next() % 3 == 0 ? nil : s }
        var evaluated = 0
        for _ in 0..<1_000 {
            var parts: [String] = []
            func add(_ key: String, _ value: String?) { if let value { parts.append("\"\(key)\": \(value)") } }
            add("peildatum", maybe("\"\(pick(Self.dates))\""))
            add("gemeente", maybe("\"\(pick(Self.places))\""))
            let person = { () -> String in
                var p: [String] = []
                if rng.next() % 2 == 0 { p.append("\"leeftijd\": \(pick([0, 17, 18, 20, 21, 30, 66, 67, 68, 100, 130]))") }
                if rng.next() % 4 == 0 { p.append("\"geboortedatum\": \"\(pick(Self.dates))\"") }
                if rng.next() % 2 == 0 { p.append("\"werk_uren_per_week\": \(pick(["0", "12", "40", "168"]))") }
                if rng.next() % 2 == 0 { p.append("\"aow_jaren_verzekerd\": \(pick(["0", "10", "50"]))") }
                if rng.next() % 2 == 0 { p.append("\"uitkeringen\": [\(pick(["", "\"bijstand\"", "\"aow\", \"ww\"", "\"wajong\""]))]") }
                if rng.next() % 2 == 0 { p.append("\"zorgverzekerd\": \(rng.next() % 2 == 0)") }
                if rng.next() % 2 == 0 { p.append("\"rechtmatig_verblijf\": \(rng.next() % 2 == 0)") }
                if rng.next() % 3 == 0 { p.append("\"onderwijs\": \"\(pick(["vo", "mbo", "hbo", "geen"]))\"") }
                return "{" + p.joined(separator: ", ") + "}"
            }
            add("aanvrager", maybe(person()))
            add("partner", rng.next() % 3 == 0 ? "null" : maybe(person()))
            let kids = (0..<Int(rng.next() % 4)).map { _ in "{\"leeftijd\": \(pick([0, 3, 11, 12, 16, 17, 18])), \"kinderopvang_uren_per_maand\": \(pick(["0", "100", "1e15"]))}" }
            add("kinderen", maybe("[" + kids.joined(separator: ", ") + "]"))
            add("medebewoners", maybe("[{\"leeftijd\": \(pick([18, 27, 29, 40])), \"relatie\": \"\(pick(["kind", "huurder", "anders"]))\", \"inkomen_bruto_per_jaar\": \(pick(Self.numbers.filter { !$0.hasPrefix("-") }))}]"))
            add("woning", maybe("{\"soort\": \"\(pick(["huur", "koop", "inwonend", "dakloos"]))\", \"zelfstandig\": true, \"kale_huur_per_maand\": \(pick(Self.numbers.filter { !$0.hasPrefix("-") }))}"))
            add("inkomen", maybe("{\"netto_per_maand\": \(pick(Self.numbers.filter { !$0.hasPrefix("-") })), \"toetsingsinkomen_per_jaar\": \(pick(Self.numbers)), \"maanden_laag_inkomen\": 36}"))
            add("vermogen", maybe("{\"totaal\": \(pick(Self.numbers)), \"auto_waarde\": \(pick(["0", "5000", "1e9"]))}"))
            add("schulden", maybe("{\"totaal\": \(pick(Self.numbers.filter { !$0.hasPrefix("-") })), \"problematisch\": true, \"beslag\": \(rng.next() % 2 == 0)}"))
            let json = "{" + parts.joined(separator: ", ") + "}"
            guard let h = try? HouseholdDecoder.decode(bytes: Array(json.utf8)) else { continue }
            guard let e = try? TestSupport.engine.evaluate(h) else { continue }
            evaluated += 1
            for r in Renderers.all { _ = r.render(e, RenderOptions(includeNo: true, detailed: true, line: 1)) }
            // Every number written is finite: the contract JSON always parses (no inf, no nan).
            #expect((try? JSONParser.parse(JSONRenderer.render(e, includeNo: true))) != nil, "\(json)")
        }
        #expect(evaluated > 200)
    }
}
