import Foundation
import Testing
@testable import Hulpwijzer

/// An amount that cannot be computed although every fact is known — a division by zero at
/// evaluation, a result too large to be money — is unknown with a reason, never `ja` without
/// an amount and never a non-finite number in the output (issue 13).
@Suite struct AmountFailureTests {
    static let original = "(standaardpremie_huishouden - normpremie_drempel - normpremie_boven_drempel) * aandeel_verzekerd"

    /// The catalogue with `formula` appended to the zorgtoeslag's final formula.
    static func engine(formula: String) throws -> (Engine, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hw-amount-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TestSupport.dataDirectory), to: dir)
        let file = dir.appendingPathComponent("regelingen/zorgtoeslag.json")
        let old = #""formule": "(standaardpremie_huishouden - normpremie_drempel - normpremie_boven_drempel) * aandeel_verzekerd""#
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: #""formule": "\#(original) \#(formula)""#).write(to: file, atomically: true, encoding: .utf8)
        return (Engine(catalogue: try Catalogue.load(from: dir.path)), dir)
    }

    static let household = """
        {"peildatum": "2026-03-01", "gemeente": "Nijmegen", "aanvrager": {"leeftijd": 32, "rechtmatig_verblijf": true, "zorgverzekerd": true},
         "partner": null, "kinderen": [], "inkomen": {"toetsingsinkomen_per_jaar": 22000}, "vermogen": {"totaal": 1200}}
        """

    static func zorgtoeslag(formula: String) throws -> (Outcome, String) {
        let (engine, dir) = try engine(formula: formula)
        defer { try? FileManager.default.removeItem(at: dir) }
        let e = try engine.evaluate(try TestSupport.household(household))
        let o = try #require(TestSupport.outcome(e, "zorgtoeslag"))
        return (o, JSONRenderer.render(e, includeNo: true))
    }

    @Test func theUnchangedFormulaGivesJaWithAnAmount() throws {
        let o = try #require(TestSupport.outcome(try TestSupport.evaluate(Self.household), "zorgtoeslag"))
        #expect(o.status == .ja)
        #expect(o.amount?.perYear != nil)
    }

    @Test func divisionByZeroAtEvaluationIsUnknownWithAReason() throws {
        // No children: the divisor is 0 for this household only, so validation cannot see it.
        let (o, json) = try Self.zorgtoeslag(formula: "/ huishouden.aantal_kinderen")
        #expect(o.status == .mogelijk)
        #expect(o.amount?.perYear == nil)
        #expect(o.amount?.unknownReason == "de berekening deelt door nul")
        #expect(o.explain().reasons.contains { $0.hasPrefix("Het bedrag is onbekend: de berekening deelt door nul.") })
        #expect(json.contains(#""onbekend": true"#))
    }

    @Test func anAmountTooLargeForMoneyIsUnknownWithAReason() throws {
        let (o, json) = try Self.zorgtoeslag(formula: "* inkomen.toetsingsinkomen * inkomen.toetsingsinkomen * 1000000000000 * 1000000000000")
        #expect(o.status == .mogelijk)
        #expect(o.amount?.perYear == nil)
        #expect(o.explain().reasons.contains { $0.contains("te groot om een echt bedrag te zijn") })
        // The contract JSON parses (a non-finite number would not) and says the amount is unknown.
        #expect((try? JSONParser.parse(json)) != nil)
        #expect(json.contains(#""onbekend": true"#))
    }
}
