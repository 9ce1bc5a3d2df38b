import Testing
@testable import Hulpwijzer

@Suite struct EngineTests {
    @Test func nothingKnownMeansMogelijkNotNee() throws {
        let e = try TestSupport.evaluate(#"{"peildatum": "2026-03-01"}"#)
        for id in ["aow", "zorgtoeslag", "kinderbijslag", "bijstand", "kindgebonden-budget", "aio"] {
            #expect(TestSupport.outcome(e, id)?.status == .mogelijk, "\(id)")
        }
        // With no facts at all nothing can be ruled out.
        #expect(e.outcomes.allSatisfy { $0.status != .nee }, "\(e.outcomes.filter { $0.status == .nee }.map(\.scheme.id))")
        #expect(e.notes.contains { $0.sentence.contains("Gemeente onbekend") })
        #expect(e.municipality == nil)
        #expect(!e.outcomes.contains { $0.scheme.isLocal })
    }

    @Test func gatesDecideWithoutTheTree() throws {
        let e = try TestSupport.evaluate(#"{"peildatum": "2026-03-01", "kinderen": [], "aanvrager": {"leeftijd": 30}}"#)
        let kb = try #require(TestSupport.outcome(e, "kinderbijslag"))
        #expect(kb.status == .nee)
        #expect(kb.explain().traces.count == 1)
        #expect(kb.explain().reasons.first?.contains("kinderen onder de 18") == true)
    }

    @Test func questionsRankUnknownFactsBySchemesSettled() throws {
        let e = try TestSupport.evaluate(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40}}"#)
        #expect(!e.questions.isEmpty)
        for (a, b) in zip(e.questions, e.questions.dropFirst()) {
            #expect(a.schemes.count > b.schemes.count || (a.schemes.count == b.schemes.count && a.value >= b.value))
        }
        let partner = try #require(e.questions.first { $0.field == "partner" })
        #expect(partner.schemes.count >= 3)
    }

    @Test func receivedSchemesAreFlaggedWithoutChangingTheStatus() throws {
        let json = #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "zorgverzekerd": true, "rechtmatig_verblijf": true}, "partner": null, "inkomen": {"toetsingsinkomen_per_jaar": 20000}, "vermogen": {"totaal": 0}, "ontvangt": ["zorgtoeslag"]}"#
        let e = try TestSupport.evaluate(json)
        #expect(TestSupport.outcome(e, "zorgtoeslag")?.receives == true)
        #expect(TestSupport.outcome(e, "zorgtoeslag")?.status == .ja)
        #expect(TestSupport.outcome(e, "kinderbijslag")?.receives == false)
        let unknown = try TestSupport.evaluate(#"{"peildatum": "2026-03-01"}"#)
        #expect(TestSupport.outcome(unknown, "zorgtoeslag")?.receives == nil)
    }

    @Test func discretionarySchemesAreNeverAPlainJa() throws {
        let json = #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "rechtmatig_verblijf": true, "studiefinanciering": false}, "partner": null, "kinderen": [], "medebewoners": [], "inkomen": {"netto_per_maand": 1000, "maanden_laag_inkomen": 60}, "vermogen": {"totaal": 0}}"#
        let e = try TestSupport.evaluate(json)
        let iit = try #require(TestSupport.outcome(e, "individuele-inkomenstoeslag"))
        #expect(iit.status == .mogelijk)
        #expect(iit.missing.isEmpty)
        #expect(iit.explain().reasons.contains { $0.contains("beoordeelt") })
        #expect(iit.explain().reasons.contains { $0.contains("landelijke standaard") })
    }

    @Test func categoryFilterKeepsOnlyThatNeed() throws {
        let h = try TestSupport.household(#"{"peildatum": "2026-03-01"}"#)
        let e = try TestSupport.engine.evaluate(h, options: .init(categories: [.kinderen]))
        #expect(!e.outcomes.isEmpty)
        #expect(e.outcomes.allSatisfy { $0.scheme.categories.contains(.kinderen) })
    }

    @Test func sameHouseholdAlwaysGetsTheSameAnswer() throws {
        let json = #"{"peildatum": "2026-03-01", "gemeente": "Nijmegen", "aanvrager": {"leeftijd": 32}, "kinderen": [{"leeftijd": 3}]}"#
        let a = JSONRenderer.render(try TestSupport.evaluate(json), includeNo: true)
        let b = JSONRenderer.render(try TestSupport.evaluate(json), includeNo: true)
        #expect(a == b)
    }

    @Test func municipalityIsResolvedAndShown() throws {
        let e = try TestSupport.evaluate(#"{"peildatum": "2026-03-01", "gemeente": "den bosch"}"#)
        #expect(e.municipality?.code == "GM0796")
        #expect(JSONRenderer.render(e, includeNo: false).contains(#""code": "GM0796""#))
    }

    /// Local schemes of one municipality never appear for another.
    @Test func localSchemesStayInTheirMunicipality() throws {
        let catalogue = TestSupport.catalogue
        for m in catalogue.municipalities.all {
            let local = try catalogue.local(for: m.code)
            for s in local.schemes { #expect(s.municipalities.contains(m.code), "\(s.id) in \(m.code)") }
        }
        let amsterdam = try TestSupport.evaluate(#"{"peildatum": "2026-03-01", "gemeente": "Amsterdam"}"#)
        let rotterdam = try catalogue.local(for: "GM0599").schemes.map(\.id)
        #expect(!amsterdam.outcomes.contains { rotterdam.contains($0.scheme.id) })
        #expect(amsterdam.outcomes.filter(\.scheme.isLocal).allSatisfy { $0.scheme.municipalities.contains("GM0363") })
    }
}

@Suite struct PermuteTests {
    @Test func permuteMatchesMapping() {
        var rng = SplitMix(seed: 7)
        for n in 0..<40 {
            let values = (0..<n).map { "v\($0)" }
            var order = Array(0..<n)
            for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            var permuted = values
            permuted.permute(to: order)
            #expect(permuted == order.map { values[$0] })
        }
    }
}
