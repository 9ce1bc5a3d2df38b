import Testing
@testable import Hulpwijzer

/// `Engine.screen` gives the answers of the tree walk (`Engine.evaluateByTree`, the reference):
/// the same schemes in the same order, with the same status, amounts, missing paths and `ontvangt`,
/// on every fixture household and on generated households over all municipalities, 2025–2027
/// dates and category filters; and the same errors.
@Suite struct ScreenerTests {
    /// The differences between the two answers for `h` (empty when they agree).
    static func differences(_ h: Household, options: Engine.Options = Engine.Options()) throws -> [String] {
        let engine = TestSupport.engine
        let full: Evaluation
        do {
            full = try engine.evaluateByTree(h, options: options)
        } catch {
            do {
                _ = try engine.screen(h, options: options)
                return ["evaluate throws \(error), screen does not"]
            } catch let other {
                return "\(other)" == "\(error)" ? [] : ["errors differ: \(error) ≠ \(other)"]
            }
        }
        let quick = try engine.screen(h, options: options)
        var out: [String] = []
        let day = full.peildatum.description
        if quick.items.count != full.outcomes.count || quick.peildatum != full.peildatum || quick.municipality != full.municipality {
            return ["\(day): \(quick.items.count) items ≠ \(full.outcomes.count) outcomes"]
        }
        for (q, o) in zip(quick.items, full.outcomes) {
            let a = o.amount
            let same = q.scheme === o.scheme && q.status == o.status && q.missing == o.missing && q.receives == o.receives
                && q.perMonth == a?.perMonth && q.perYear == a?.perYear && q.perQuarter == a?.perQuarter && q.once == a?.once
            if !same {
                out.append("\(day) \(h.gemeente ?? "-") \(o.scheme.id): \(o.status) \(o.missing) \(a?.perYear.map(\.description) ?? "-") / "
                           + "\(q.scheme.id) \(q.status) \(q.missing) \(q.perYear.map(\.description) ?? "-") [\(String(describing: a?.perMonth)) \(String(describing: q.perMonth)) \(String(describing: a?.once)) \(String(describing: q.once)) \(String(describing: o.receives)) \(String(describing: q.receives))]")
            }
        }
        return out
    }

    static func check(_ households: [Household], options: Engine.Options = Engine.Options()) throws -> (items: Int, differences: [String]) {
        var items = 0
        var all: [String] = []
        for h in households {
            all += try differences(h, options: options)
            items += (try? TestSupport.engine.screen(h, options: options).items.count) ?? 0
        }
        return (items, all)
    }

    @Test func everyFixtureHouseholdGetsTheEvaluationsAnswers() throws {
        let households = try FixtureCases.all().map { try HouseholdDecoder.decode($0.household) }
        let result = try Self.check(households)
        #expect(result.items > 50_000)
        #expect(result.differences.isEmpty, "\(result.differences.count): \(result.differences.prefix(5))")
    }

    @Test func generatedHouseholdsOverAllMunicipalitiesGetTheEvaluationsAnswers() throws {
        let municipalities = TestSupport.catalogue.municipalities.all
        var households = try FastEvaluatorTests.generated(count: 6 * municipalities.count, municipalities: municipalities)
        // Dates past the known figures: stale figures, amounts of rules not yet in force.
        households += try FastEvaluatorTests.generated(count: 342, municipalities: municipalities).map {
            var h = $0
            h.peildatum = Day(year: 2027, month: 9, day: 1)
            return h
        }
        // `ontvangt`, with national and local ids.
        households += try FastEvaluatorTests.generated(count: 684, municipalities: municipalities).enumerated().map { k, h in
            var h = h
            let local = h.gemeente.flatMap { try? TestSupport.catalogue.local(for: $0).ownSchemes.first?.id }
            h.ontvangt = ["zorgtoeslag", "huurtoeslag", "kinderbijslag"].prefix(k % 4) + (local.map { [$0] } ?? [])
            return h
        }
        let result = try Self.check(households)
        #expect(result.items > 80_000)
        #expect(result.differences.isEmpty, "\(result.differences.count): \(result.differences.prefix(5))")
    }

    @Test func aCategoryFilterKeepsTheSameSchemes() throws {
        let households = try FastEvaluatorTests.generated(count: 342, municipalities: TestSupport.catalogue.municipalities.all)
        for category in [Category.kinderen, .schulden] {
            let result = try Self.check(households, options: Engine.Options(categories: [category]))
            #expect(result.items > 1_000)
            #expect(result.differences.isEmpty, "\(category): \(result.differences.prefix(5))")
        }
    }

    /// One screener over many households gives what a screener per household gives.
    @Test func manyHouseholdsAtOnceGetEachTheirOwnScreening() throws {
        var households = try FastEvaluatorTests.generated(count: 400, municipalities: TestSupport.catalogue.municipalities.all)
        households.insert(try TestSupport.household(#"{"peildatum": "2020-01-01", "aanvrager": {"leeftijd": 30}}"#), at: 17)
        let all = TestSupport.engine.screen(households)
        #expect(all.count == households.count)
        var failures = 0
        for (h, result) in zip(households, all) {
            switch result {
            case .success(let s):
                let one = try TestSupport.engine.screen(h)
                #expect(s.items.map(\.scheme.id) == one.items.map(\.scheme.id) && s.items.map(\.status) == one.items.map(\.status)
                        && s.items.map(\.missing) == one.items.map(\.missing) && s.items.map(\.perYear) == one.items.map(\.perYear))
            case .failure:
                failures += 1
                #expect(throws: EvaluationError.self) { try TestSupport.engine.screen(h) }
            }
        }
        #expect(failures >= 1)
    }

    @Test func badHouseholdsGetTheSameErrors() throws {
        let bad = [
            #"{"peildatum": "2020-01-01", "aanvrager": {"leeftijd": 30}}"#,
            #"{"gemeente": "GM0268", "aanvrager": {"leeftijd": 30}, "ontvangt": ["zorgtoeslagg"]}"#,
            #"{"gemeente": "Nergenshuizen", "aanvrager": {"leeftijd": 30}}"#,
        ]
        for json in bad {
            let h = try TestSupport.household(json)
            #expect(throws: EvaluationError.self) { try TestSupport.engine.screen(h) }
            #expect(try Self.differences(h).isEmpty, "\(json)")
        }
    }

    /// The batch formats write the same bytes from the screener as from the evaluation, for every
    /// row choice (`--alle`, `--gemist`, `--ook-mogelijk`), and the report counts the same.
    @Test func batchRowsFromTheScreenerAreTheEvaluationsBytes() throws {
        let municipalities = TestSupport.catalogue.municipalities.all
        var households = try FastEvaluatorTests.generated(count: 684, municipalities: municipalities)
        households += try FixtureCases.all().prefix(600).map { try HouseholdDecoder.decode($0.household) }
        households += try FastEvaluatorTests.generated(count: 200, municipalities: municipalities).map {
            var h = $0
            h.peildatum = Day(year: 2027, month: 9, day: 1)
            h.ontvangt = ["zorgtoeslag"]
            return h
        }
        var choices: [CompactOptions] = []
        for (no, missed, possible) in [(false, false, false), (true, false, false), (false, true, false), (false, true, true)] {
            var o = CompactOptions()
            o.includeNo = no
            o.onlyMissed = missed
            o.missedIncludesPossible = possible
            o.catalogue = "test"
            choices.append(o)
        }
        let formats: [any BatchFormat.Type] = [CompactRenderer.self, CSVRenderer.self, CSVRFCRenderer.self]
        var screener = Screener(catalogue: TestSupport.catalogue)
        var compared = 0, uncertain = 0, explained = 0, explainedUncertain = 0
        var fromEvaluation = BatchTally(), fromScreener = BatchTally()
        for (line, h) in households.enumerated() {
            guard let e = try? TestSupport.engine.evaluateByTree(h) else { continue }
            try screener.screen(h)
            fromEvaluation.add(e)
            fromScreener.add(screener.plan!.municipality, screener.items.lazy.map(screener.row))
            uncertain += e.outcomes.filter(\.hasUncertainFigures).count
            // Items whose `onzeker` needs the explanation's tests, and how many of them say yes.
            for it in screener.items where it.uncertain == 2 {
                explained += 1
                if screener.hasUncertainFigures(it, household: h) { explainedUncertain += 1 }
            }
            for format in formats {
                for options in choices {
                    var a = CompactBytes(), b = CompactBytes()
                    format.write(e, line: line + 1, options, into: &a)
                    format.write(screener, h, line: line + 1, options, into: &b)
                    compared += 1
                    if a.text != b.text {
                        let x = a.text.split(whereSeparator: \.isNewline), y = b.text.split(whereSeparator: \.isNewline)
                        let k = zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(x.count, y.count)
                        Issue.record("\(format) line \(line + 1): \(k < x.count ? x[k] : "-") ≠ \(k < y.count ? y[k] : "-")")
                        return
                    }
                }
            }
        }
        #expect(compared > 15_000 && uncertain > 100)
        // Both answers occur among the outcomes decided from the explanation's tests.
        #expect(explainedUncertain > 100 && explainedUncertain < explained, "\(explainedUncertain) of \(explained)")
        #expect(fromEvaluation == fromScreener)
    }
}
