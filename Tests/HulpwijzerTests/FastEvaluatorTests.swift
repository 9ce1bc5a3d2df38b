import Testing
@testable import Hulpwijzer

/// The fast paths of the evaluation give the tree evaluator's answers: `quickTruth` decides
/// every test it takes as `decide` does (truth and the paths that would settle it), on every
/// fixture household and on generated households over all municipalities and 2025/2026 dates.
@Suite struct FastEvaluatorTests {
    /// Deterministic households spread over ages, household types, incomes (known, estimated,
    /// unknown), assets, debts, dates and every municipality of the register.
    static func generated(count: Int, municipalities: [Municipality]) throws -> [Household] {
        var state: UInt64 = 0x11EE_D00D
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var out: [Household] = []
        for i in 0..<count {
            let day = ["2025-01-01", "2025-06-01", "2025-12-31", "2026-01-01", "2026-03-01", "2026-07-01", "2026-12-01"][next(7)]
            var json = #"{"peildatum": "\#(day)", "gemeente": "\#(municipalities[i % municipalities.count].code)""#
            json += #", "aanvrager": {"leeftijd": \#(16 + next(80))"#
            if next(5) != 0 { json += #", "rechtmatig_verblijf": \#(next(8) != 0)"# }
            if next(5) != 0 { json += #", "werk_uren_per_week": \#(next(3) * 16)"# }
            if next(3) == 0 { json += #", "uitkeringen": ["\#(["bijstand", "ww", "aow", "wajong"][next(4)])"]"# }
            json += "}"
            switch next(3) {
            case 0: json += #", "partner": null"#
            case 1: json += #", "partner": {"leeftijd": \#(18 + next(75)), "rechtmatig_verblijf": true}"#
            default: break
            }
            if next(4) != 0 {
                let kids = (0..<next(4)).map { _ in #"{"leeftijd": \#(next(20)), "thuiswonend": true}"# }
                json += #", "kinderen": [\#(kids.joined(separator: ","))]"#
            }
            if next(3) != 0 { json += #", "medebewoners": []"# }
            if next(4) != 0 { json += #", "woning": {"soort": "\#(next(3) == 0 ? "koop" : "huur")", "zelfstandig": true, "kale_huur_per_maand": \#(300 + next(900))}"# }
            switch next(4) {
            case 0: json += #", "inkomen": {"netto_per_maand": \#(700 + next(3000))}"#
            case 1: json += #", "inkomen": {"netto_per_maand": \#(700 + next(3000)), "toetsingsinkomen_per_jaar": \#(8000 + next(60000))}"#
            case 2: json += #", "inkomen": {"toetsingsinkomen_per_jaar": \#(8000 + next(60000))}"#
            default: break
            }
            if next(3) != 0 { json += #", "vermogen": {"totaal": \#(next(60000))}"# }
            if next(3) == 0 { json += #", "schulden": {"totaal": \#(next(40000)), "problematisch": \#(next(2) == 0)}"# }
            json += "}"
            out.append(try TestSupport.household(json))
        }
        return out
    }

    /// Compares `quickTruth` with `decide` on every test of every candidate scheme; returns the
    /// number of tests compared and the mismatches found.
    static func compare(_ households: [Household]) throws -> (compared: Int, mismatches: [String]) {
        let catalogue = TestSupport.catalogue
        let engine = TestSupport.engine
        var compared = 0
        var mismatches: [String] = []
        for h in households {
            let prepared = try engine.prepare(h)
            let day = h.peildatum ?? Day(year: 2026, month: 3, day: 1)!
            let facts = FactComputer(household: h, day: day, globals: catalogue.globals, memo: catalogue.memo).compute()
            let local = prepared.local
            for scheme in catalogue.schemes + (local?.schemes ?? []) {
                let evaluator = ConditionEvaluator(facts: facts, resolver: ParameterResolver(overrides: local?.overrides[scheme.id], day: day))
                for leaf in scheme.gates + scheme.conditions.leaves {
                    // The recorder the engine uses, fed by the fast path and by the full decision.
                    var fast = MissingPaths(), tree = MissingPaths()
                    guard let quick = evaluator.quickTruth(leaf, into: &fast) else { continue }
                    let full = evaluator.decide(leaf, withReference: false)
                    tree.record(leaf, full)
                    compared += 1
                    if quick != full.truth || fast.paths != tree.paths {
                        mismatches.append("\(scheme.id) \(leaf.path) (\(day)): \(quick) \(fast.paths) ≠ \(full.truth) \(tree.paths)")
                    }
                }
            }
        }
        return (compared, mismatches)
    }

    @Test func everyFixtureHouseholdGivesTheTreeAnswers() throws {
        let households = try FixtureCases.all().map { try HouseholdDecoder.decode($0.household) }
        let result = try Self.compare(households)
        #expect(result.compared > 10_000)
        #expect(result.mismatches.isEmpty, "\(result.mismatches.prefix(5))")
    }

    @Test func generatedHouseholdsOverAllMunicipalitiesGiveTheTreeAnswers() throws {
        let municipalities = TestSupport.catalogue.municipalities.all
        #expect(municipalities.count == 342)
        let result = try Self.compare(try Self.generated(count: 6 * municipalities.count, municipalities: municipalities))
        #expect(result.compared > 20_000)
        #expect(result.mismatches.isEmpty, "\(result.mismatches.prefix(5))")
    }

    /// The CSV's `onzeker` column, worked out without the explanation, says what the explanation says.
    @Test func uncertainFiguresWithoutTheExplanationAreTheExplanations() throws {
        let engine = TestSupport.engine
        var households = try FixtureCases.all().map { try HouseholdDecoder.decode($0.household) }
        households += try Self.generated(count: 684, municipalities: TestSupport.catalogue.municipalities.all)
        // Dates past the known figures make stale figures and facts.
        households += try Self.generated(count: 100, municipalities: TestSupport.catalogue.municipalities.all).map {
            var h = $0
            h.peildatum = Day(year: 2027, month: 9, day: 1)
            return h
        }
        var uncertain = 0, outcomes = 0
        for h in households {
            for o in try engine.evaluate(h).outcomes {
                let expected = !o.explain().uncertainFigures.isEmpty
                outcomes += 1
                if expected { uncertain += 1 }
                #expect(o.hasUncertainFigures == expected, "\(o.scheme.id) \(h.peildatum.map(\.description) ?? "")")
            }
        }
        // Both answers occur, so the comparison says something.
        #expect(uncertain > 100 && uncertain < outcomes)
    }

    /// The shared gates, decided without comparison figures, decide as the gate traces do (a
    /// failing gate's trace, which explains the `nee`, is worked out when asked: `EvaluationPathTests`).
    @Test func sharedGatesReadInPlaceEqualTheirTraces() throws {
        let catalogue = TestSupport.catalogue
        var failing = 0
        for h in try Self.generated(count: 200, municipalities: catalogue.municipalities.all) {
            let day = h.peildatum ?? Day(year: 2026, month: 3, day: 1)!
            let facts = FactComputer(household: h, day: day, globals: catalogue.globals).compute()
            let e = ConditionEvaluator(facts: facts, resolver: ParameterResolver(overrides: nil, day: day))
            let traces = catalogue.index.gates.map { $0.op.parameterName == nil ? e.trace($0) : nil }
            let decided = PrecomputedGates.decide(catalogue.index.gates, e)
            for (i, scheme) in catalogue.schemes.enumerated() {
                let shared = PrecomputedGates(gates: decided, positions: catalogue.index.gatesOfScheme[i])
                for k in scheme.gates.indices {
                    let position = k < catalogue.index.gatesOfScheme[i].count ? catalogue.index.gatesOfScheme[i][k] : nil
                    let trace = position.flatMap { traces[$0] }
                    #expect(shared.truth(k) == trace?.truth)
                    #expect(shared.missing(k) == trace?.missing)
                    if trace?.truth == .no { failing += 1 }
                }
            }
        }
        #expect(failing > 100)
    }
}
