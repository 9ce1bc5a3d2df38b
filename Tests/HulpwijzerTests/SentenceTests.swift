import Foundation
import Testing
@testable import Hulpwijzer

/// Dutch a client may read (issue 9 item 3): every condition of every scheme, rendered in each
/// truth state (ja / nee / onbekend, plain and inside `niet`), is a sentence without doubled
/// words, agreement slips, field paths, raw values or internal ids.
@Suite struct SentenceTests {
    /// Values for a test on this operator that make it hold, fail, or stay unknown.
    static func values(_ op: Condition.Operator) -> [FactValue] {
        switch (op.kind, op.operand) {
        case (.isValue, _): return [.bool(true), .bool(false), .unknown(missing: [])]
        case (.oneOf, .texts(let o)), (.noneOf, .texts(let o)): return [.text(o[0]), .text("iets_anders"), .unknown(missing: [])]
        case (.contains, .texts(let o)), (.containsNone, .texts(let o)): return [.list(o), .list([]), .list(["bijstand"]), .unknown(missing: [])]
        default: return [.number(0), .number(1_000_000), .unknown(missing: [])]
        }
    }

    static func problems(_ sentence: String) -> [String] {
        var found: [String] = []
        // A word twice in a row with only a space between ("is is", "de de").
        let words = sentence.lowercased().split(separator: " ")
        for (a, b) in zip(words, words.dropFirst()) where a == b && a.first?.isLetter == true { found.append("doubled word '\(a)'") }
        if sentence.range(of: #"\b[a-z]+_[a-z_]+\b"#, options: .regularExpression) != nil { found.append("raw identifier") }
        if sentence.range(of: #"\b(aanvrager|partner|inkomen|vermogen|woning|schulden|huishouden)\.[a-z]"#, options: .regularExpression) != nil {
            found.append("field path")
        }
        if sentence.contains("[") { found.append("bracket path") }
        if sentence.contains(" zijn onbekend") || sentence.contains(" is is ") { found.append("agreement") }
        if sentence.contains("iets anders") == false, sentence.contains("\"") { found.append("quoted raw value") }
        if sentence.contains("(vereist:") { found.append("old 'vereist' wording") }
        return found
    }

    @Test func everyConditionReadsAsDutch() throws {
        let catalogue = try Catalogue.load(from: TestSupport.dataDirectory)
        var schemes = catalogue.schemes
        for m in catalogue.municipalities.all { schemes += (try? catalogue.local(for: m.code).ownSchemes) ?? [] }
        let day = Day(year: 2026, month: 7, day: 1)!
        let facts = FactComputer(household: Household(), day: day, globals: catalogue.globals).compute()
        let evaluator = ConditionEvaluator(facts: facts, resolver: ParameterResolver(overrides: nil, day: day))
        var checked = 0
        var failures: [String] = []
        for scheme in schemes {
            for leaf in scheme.conditions.leaves + scheme.gates {
                let base = evaluator.trace(leaf)
                for value in Self.values(leaf.op) {
                    for negated in [false, true] {
                        var t = base
                        t.value = value
                        t.truth = leaf.op.kind.operandKind == .number ? (value.number == nil ? .unknown : .yes) : (leaf.op.kind.test(value, leaf.op.operand).map(Truth.init) ?? .unknown)
                        t.negated = negated
                        let s = t.sentence
                        checked += 1
                        let p = Self.problems(s)
                        if !p.isEmpty { failures.append("\(scheme.id) \(leaf.path): \(p.joined(separator: ", ")): \(s)") }
                    }
                }
            }
        }
        #expect(checked > 1_000)
        let report = "\(failures.count) of \(checked):\n" + failures.prefix(40).joined(separator: "\n")
        #expect(failures.isEmpty, "\(report)")
    }

    /// A `niet` keeps its meaning: bijstand under 30 requires no studiefinanciering.
    @Test func negationIsKept() throws {
        let e = try TestSupport.evaluate(#"{"peildatum": "2026-07-01", "aanvrager": {"leeftijd": 25}}"#)
        let reasons = try #require(TestSupport.outcome(e, "bijstand")).explain().reasons
        #expect(reasons.contains { $0.contains("studiefinanciering of WTOS van de aanvrager (nodig: nee)") }, "\(reasons)")
    }

    /// The open alternatives of an `een_van` are one sentence, and no sentence comes twice.
    @Test func alternativesAreOneSentence() throws {
        let e = try TestSupport.evaluate(#"{"peildatum": "2026-07-01", "aanvrager": {"leeftijd": 70}}"#)
        let reasons = try #require(TestSupport.outcome(e, "aio")).explain().reasons
        #expect(reasons.contains { $0.hasPrefix("Een van de volgende moet kloppen — ") && $0.contains(" Of: ") }, "\(reasons)")
        #expect(Set(reasons).count == reasons.count)
    }
}
