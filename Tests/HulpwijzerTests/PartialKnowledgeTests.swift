import Testing
@testable import Hulpwijzer

/// Tests decided although a fact is unknown, because every value it can take gives the same
/// verdict (issue 8, "Partial knowledge"); each with a counter-case where the unknown fact can
/// change the verdict and the outcome stays `mogelijk`.
@Suite struct PartialKnowledgeTests {
    static func single(net: Int, medebewoners: String? = nil, partner: String = #""partner": null, "#, vermogen: Int = 0) -> String {
        let co = medebewoners.map { #""medebewoners": \#($0), "# } ?? ""
        return """
        {"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "uitkeringen": [], "rechtmatig_verblijf": true, "studiefinanciering": false},
         \(partner)"kinderen": [], \(co)"woning": {"soort": "huur"}, "inkomen": {"netto_per_maand": \(net)}, "vermogen": {"totaal": \(vermogen)}}
        """
    }

    /// Pw art. 22a: kostendelers can only lower the norm. € 1.650 net is above the single norm
    /// without kostendelers (€ 1.401,50 × 0,95 = € 1.331,43 without holiday pay), so bijstand is
    /// `nee` whoever lives in the home; the reason says so.
    @Test func anIncomeAboveTheNormWithoutKostendelersIsNeeWhoeverLivesThere() throws {
        let outcome = TestSupport.outcome(try TestSupport.evaluate(Self.single(net: 1650)), "bijstand")
        #expect(outcome?.status == .nee)
        let reasons = outcome?.explain().reasons ?? []
        #expect(reasons.contains { $0.contains("ook met medebewoners (kostendelers) is die niet hoger dan € 1.331,43 per maand") }, "\(reasons)")
        // Counter-case: € 900 is under the norm without kostendelers but may be above it with
        // them (two cost sharers: 50 % of € 2.002,14), so the medebewoners decide: `mogelijk`.
        let open = TestSupport.outcome(try TestSupport.evaluate(Self.single(net: 900)), "bijstand")
        #expect(open?.status == .mogelijk)
        #expect(open?.missing.contains("medebewoners") == true)
        // Known medebewoners give the same verdict as the bound.
        #expect(try TestSupport.status(Self.single(net: 1650, medebewoners: "[]"), "bijstand") == .nee)
    }

    /// The income percentage of the norm is at least the income over the highest possible
    /// norm: a municipal-style percentage test decides on it.
    @Test func thePercentageOfTheNormIsAtLeastTheIncomeOverTheHighestNorm() throws {
        let facts = FactComputer(household: try TestSupport.household(Self.single(net: 1650)), day: Day("2026-03-01")!,
                                 globals: TestSupport.catalogue.globals).compute()
        let id = FactRegistry.id("inkomen.percentage_bijstandsnorm")!
        #expect(!facts[id].isKnown)
        #expect(facts.bounds[id]?.low == 123.92)  // € 1.650 / € 1.331,43
        #expect(facts.bounds[id]?.high == nil)
    }

    /// Pw art. 34: € 0 vermogen is under the asset limit of every household type, so the test
    /// holds while it is unknown whether there is a partner; € 10.000 is between the single
    /// (€ 7.960) and the family limit and stays open.
    @Test func noAssetsAreUnderEveryLimit() throws {
        let noPartner = Self.single(net: 500, medebewoners: "[]", partner: "")
        let outcome = TestSupport.outcome(try TestSupport.evaluate(noPartner), "bijstand")
        #expect(outcome?.status == .mogelijk)
        #expect(outcome?.missing.contains("partner") == true)
        // The asset test is decided, so it is no longer among the open tests of the explanation.
        #expect(!(outcome?.explain().reasons ?? []).contains { $0.contains("vermogensgrens") })
        let some = TestSupport.outcome(try TestSupport.evaluate(Self.single(net: 500, medebewoners: "[]", partner: "", vermogen: 10000)), "bijstand")
        #expect(some?.status == .mogelijk)
        #expect((some?.explain().reasons ?? []).contains { $0.contains("vermogensgrens") })
    }

    /// The interval comparison: decided only when every value and limit agree.
    @Test(arguments: [
        (Condition.Kind.atMost, 100.0, 200.0, 50.0, 90.0, Truth.no),
        (.atMost, 100.0, 200.0, 200.0, 300.0, .yes),
        (.atMost, 100.0, 200.0, 150.0, 150.0, .unknown),
        (.lessThan, 100.0, 200.0, 200.0, 200.0, .unknown),
        (.atLeast, 100.0, 200.0, 50.0, 100.0, .yes),
        (.greaterThan, 100.0, 200.0, 200.0, 250.0, .no),
    ])
    func intervalComparison(_ kind: Condition.Kind, _ vLow: Double, _ vHigh: Double, _ lLow: Double, _ lHigh: Double, _ want: Truth) {
        #expect(ConditionEvaluator.compare(kind, value: (vLow, vHigh), limit: (lLow, lHigh)) == want)
    }
}
