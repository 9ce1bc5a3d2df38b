import Foundation
import Testing
@testable import Hulpwijzer

/// The counsellor's one-screen overview (issue 9 item 2): the household first, then what it is
/// entitled to, the `mogelijk` schemes by what decides them, and the questions that settle most.
@Suite struct OverviewTests {
    static let peildatum = "2026-12-02"

    func check(_ args: [String]) -> [String] {
        let run = TestSupport.cli(["check", "--peildatum", Self.peildatum] + args)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The kredietbank's case: "man, two children" in Utrecht. The first 25 lines show
    /// kinderbijslag with its amount and what to confirm, the income-dependent schemes with
    /// their maximum, and the deciding questions.
    @Test func kredietbankCaseFitsTheFirstScreen() {
        let lines = check(["--gemeente", "Utrecht", "--leeftijd", "40", "--kind", "5", "--kind", "9"])
        let first = lines.prefix(25).joined(separator: "\n")
        let kinderbijslag = lines.prefix(25).first { $0.contains("Kinderbijslag — ") }
        #expect(kinderbijslag?.contains("€") == true && kinderbijslag?.contains("als klopt: rechtmatig verblijf") == true, "\(first)")
        #expect(first.contains("Hangt af van het inkomen:"))
        #expect(first.contains("Bijstandsuitkering (algemene bijstand) — tot €"))
        #expect(first.contains("Kindgebonden budget — tot €"))
        #expect(first.contains("VRAGEN die het meest beslissen"))
        #expect(first.contains("1. Is er een partner?"))
        #expect(first.contains("Wat is het netto inkomen per maand?"))
    }

    /// Typical households fit in about 60 lines of at most 100 columns.
    @Test(arguments: [
        ["--gemeente", "Utrecht", "--leeftijd", "40", "--kind", "5", "--kind", "9"],
        ["--gemeente", "Rotterdam", "--leeftijd", "69", "--partner-leeftijd", "70", "--huur", "650", "--netto-inkomen", "2.300"],
        ["--gemeente", "Eindhoven", "--leeftijd", "38", "--partner-leeftijd", "36", "--kind", "3", "--kind", "7", "--werk-uren", "32",
         "--netto-inkomen", "2.600", "--huur", "900"],
        ["--gemeente", "Amsterdam", "--leeftijd", "45", "--geen-partner", "--netto-inkomen", "1.300", "--huur", "750", "--vermogen", "500",
         "--uitkering", "bijstand"],
        ["--gemeente", "Groningen", "--leeftijd", "19", "--geen-partner", "--geen-kinderen", "--huur", "450", "--netto-inkomen", "600"],
        ["--leeftijd", "30"],
    ])
    func typicalHouseholdsFitOneScreen(_ args: [String]) {
        let lines = check(args)
        #expect(lines.count <= 62, "\(lines.count) lines:\n\(lines.joined(separator: "\n"))")
        for line in lines { #expect(line.count <= 100, "too wide: \(line)") }
        // No field paths or raw values in text for people.
        let text = lines.joined(separator: "\n")
        for raw in ["aanvrager.", "inkomen.netto", "kinderen[", "_per_", "alleenstaande_ouder"] { #expect(!text.contains(raw), "\(raw) in\n\(text)") }
    }

    /// Improbable schemes never outrank likely ones: for a couple of 69 the child schemes are
    /// "alleen als er kinderen onder de 18 zijn" and no question about children comes first.
    @Test func improbableSchemesComeLast() throws {
        let lines = check(["--gemeente", "Rotterdam", "--leeftijd", "69", "--partner-leeftijd", "70", "--huur", "650", "--netto-inkomen", "2.300"])
        let start = try #require(lines.firstIndex { $0.contains("Alleen als er kinderen onder de 18 zijn:") })
        let group = ([lines[start]] + lines[(start + 1)...].prefix { $0.hasPrefix("    ") }).joined(separator: " ")
        #expect(group.contains(" Kinderbijslag,") && group.contains("Kindgebonden budget"), "\(group)")
        let questions = lines.drop { !$0.hasPrefix("VRAGEN") }.prefix(4).joined(separator: "\n")
        #expect(!questions.contains("kinderen"), "\(questions)")
        let father = check(["--gemeente", "Eindhoven", "--leeftijd", "38", "--partner-leeftijd", "36", "--kind", "3", "--werk-uren", "32",
                            "--netto-inkomen", "2.600", "--huur", "900"])
        #expect(father.contains { $0.contains("Alleen als u een chronische ziekte of beperking hebt:") && $0.contains("Wajong") })
        #expect(!father.drop { !$0.hasPrefix("VRAGEN") }.prefix(6).contains { $0.contains("chronische ziekte") })
    }

    /// The assumptions only order the schemes: the statuses are those of the evaluation.
    @Test func assumptionsDoNotChangeStatuses() throws {
        let h = try TestSupport.household(#"{"peildatum": "2026-12-02", "gemeente": "Utrecht", "aanvrager": {"leeftijd": 40}, "kinderen": [{"leeftijd": 5}]}"#)
        let engine = Engine(catalogue: try Catalogue.load(from: TestSupport.dataDirectory))
        let plain = try engine.evaluate(h)
        let with = try engine.evaluateWithOverview(h)
        #expect(plain.outcomes.map(\.status) == with.outcomes.map(\.status))
        let v = try #require(with.overview)
        let listed = v.entitled.count + v.possible.reduce(0) { $0 + $1.items.count }
        #expect(listed == with.outcomes.filter { $0.status != .nee }.count)
        // Kinderbijslag is likely (ja once lawful residence is confirmed), with its amount.
        let likely = try #require(v.possible.first { $0.kind == .likely })
        let kb = try #require(likely.items.first { $0.outcome.scheme.id == "kinderbijslag" })
        #expect(kb.outcome.status == .mogelijk && kb.amount != nil && kb.toConfirm == ["rechtmatig verblijf in Nederland"])
        // The questions of the evaluation are the overview's, most valuable first.
        #expect(with.questions.map(\.field) == v.questions.map(\.field))
    }

    /// An unknown amount gets the most the rules allow (no income, no assets; partner or not).
    @Test func unknownAmountsGetTheirMaximum() throws {
        let h = try TestSupport.household(#"{"peildatum": "2026-12-02", "gemeente": "Utrecht", "aanvrager": {"leeftijd": 40}, "partner": null, "kinderen": [{"leeftijd": 5}]}"#)
        let e = try Engine(catalogue: try Catalogue.load(from: TestSupport.dataDirectory)).evaluateWithOverview(h)
        let items = try #require(e.overview).possible.flatMap(\.items)
        let bijstand = try #require(items.first { $0.outcome.scheme.id == "bijstand" })
        #expect(bijstand.amount == nil)
        // The single-parent norm of 2026 (Pw art. 21: the alleenstaande norm, € 1.419,46 incl. holiday pay in H2 2026).
        #expect(bijstand.maximum?.perMonth != nil && (bijstand.maximum?.perMonth?.euros ?? 0) > 1_300)
    }
}
