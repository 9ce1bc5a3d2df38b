import Testing
@testable import Hulpwijzer

/// `Engine.evaluate` (compiled programs) gives the evaluation of the tree walk
/// (`Engine.evaluateByTree`, the reference) in every detail a reader or a program sees: the JSON
/// of `check`, the detailed text, and per outcome its notes, amount with steps, explanation,
/// uncertain figures and municipal defaults; on every fixture household, on generated households
/// over all municipalities and 2025–2027 dates, with `ontvangt` and with a category filter.
@Suite struct EvaluationPathTests {
    /// The first difference between the two evaluations of `h`, or nil when they agree.
    static func difference(_ h: Household, options: Engine.Options = Engine.Options()) -> String? {
        let engine = TestSupport.engine
        let compiled: Evaluation, tree: Evaluation
        do {
            tree = try engine.evaluateByTree(h, options: options)
        } catch {
            do {
                _ = try engine.evaluate(h, options: options)
                return "the tree walk throws \(error), evaluate does not"
            } catch let other {
                return "\(other)" == "\(error)" ? nil : "errors differ: \(error) ≠ \(other)"
            }
        }
        do {
            compiled = try engine.evaluate(h, options: options)
        } catch {
            return "evaluate throws \(error), the tree walk does not"
        }
        let json = (JSONRenderer.render(compiled, includeNo: true), JSONRenderer.render(tree, includeNo: true))
        if json.0 != json.1 { return "JSON differs:\n\(firstDifferentLine(json.0, json.1))" }
        let text = (TextRenderer.render(compiled, includeNo: true, detailed: true), TextRenderer.render(tree, includeNo: true, detailed: true))
        if text.0 != text.1 { return "text differs:\n\(firstDifferentLine(text.0, text.1))" }
        if "\(compiled.notes)" != "\(tree.notes)" { return "notes differ: \(compiled.notes) ≠ \(tree.notes)" }
        for (a, b) in zip(compiled.outcomes, tree.outcomes) {
            let id = b.scheme.id
            guard a.scheme === b.scheme, a.status == b.status, a.missing == b.missing, a.receives == b.receives, a.amount == b.amount else {
                return "\(id): \(a.status) \(a.missing) \(String(describing: a.amount)) ≠ \(b.status) \(b.missing) \(String(describing: b.amount))"
            }
            if "\(a.notes)" != "\(b.notes)" { return "\(id): notes \(a.notes) ≠ \(b.notes)" }
            let x = a.explain(), y = b.explain()
            if "\(x.traces)" != "\(y.traces)" || x.reasons != y.reasons || x.uncertainFigures != y.uncertainFigures
                || x.usesEstimate != y.usesEstimate || x.amountNote != y.amountNote {
                return "\(id): explanation \(x.reasons) ≠ \(y.reasons)"
            }
            if a.hasUncertainFigures != b.hasUncertainFigures || "\(a.municipalDefaults())" != "\(b.municipalDefaults())" {
                return "\(id): uncertain figures or municipal defaults differ"
            }
        }
        return nil
    }

    static func firstDifferentLine(_ a: String, _ b: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false), y = b.split(separator: "\n", omittingEmptySubsequences: false)
        let k = zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(x.count, y.count)
        return "\(k < x.count ? x[k] : "-")\n≠\n\(k < y.count ? y[k] : "-")"
    }

    static func differences(_ households: [Household], options: Engine.Options = Engine.Options()) -> [String] {
        households.compactMap { h in difference(h, options: options).map { "\(h.gemeente ?? "-") \(h.peildatum?.description ?? "-"): \($0)" } }
    }

    @Test func everyFixtureHouseholdGetsTheTreeWalksEvaluation() throws {
        let households = try FixtureCases.all().map { try HouseholdDecoder.decode($0.household) }
        #expect(households.count > 1_000)
        let found = Self.differences(households)
        #expect(found.isEmpty, "\(found.count): \(found.prefix(3))")
    }

    @Test func generatedHouseholdsGetTheTreeWalksEvaluation() throws {
        let municipalities = TestSupport.catalogue.municipalities.all
        var households = try FastEvaluatorTests.generated(count: 2 * municipalities.count, municipalities: municipalities)
        households += try FastEvaluatorTests.generated(count: 342, municipalities: municipalities).enumerated().map { k, h in
            var h = h
            // Past the known figures, and with `ontvangt` naming national and local schemes.
            if k % 2 == 0 { h.peildatum = Day(year: 2027, month: 9, day: 1) }
            let local = h.gemeente.flatMap { try? TestSupport.catalogue.local(for: $0).ownSchemes.first?.id }
            h.ontvangt = ["zorgtoeslag", "huurtoeslag", "kinderbijslag"].prefix(k % 4) + (local.map { [$0] } ?? [])
            return h
        }
        let found = Self.differences(households)
        #expect(found.isEmpty, "\(found.count): \(found.prefix(3))")
        let filtered = Self.differences(Array(households.prefix(342)), options: Engine.Options(categories: [.kinderen, .wonen]))
        #expect(filtered.isEmpty, "\(filtered.count): \(filtered.prefix(3))")
    }

    /// Households the engine refuses get the same error from both paths.
    @Test func badHouseholdsGetTheSameErrors() throws {
        for json in [#"{"peildatum": "2020-01-01", "aanvrager": {"leeftijd": 30}}"#,
                     #"{"gemeente": "GM0268", "aanvrager": {"leeftijd": 30}, "ontvangt": ["zorgtoeslagg"]}"#,
                     #"{"gemeente": "Nergenshuizen", "aanvrager": {"leeftijd": 30}}"#] {
            let h = try TestSupport.household(json)
            #expect(throws: EvaluationError.self) { try TestSupport.engine.evaluate(h) }
            #expect(Self.difference(h) == nil, "\(json)")
        }
    }
}
