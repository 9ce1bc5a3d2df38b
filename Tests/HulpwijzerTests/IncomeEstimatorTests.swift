import Testing
@testable import Hulpwijzer

/// Net ↔ gross with the 2026 box 1 rates, algemene heffingskorting and arbeidskorting
/// (Rekenvoorschriften loonadministratie 2026).
@Suite struct IncomeEstimatorTests {
    func estimator(_ json: String) throws -> IncomeEstimator {
        let h = try TestSupport.household(json)
        return IncomeEstimator(household: h, day: h.peildatum!, globals: TestSupport.catalogue.globals)
    }

    var year2026: IncomeEstimator.TaxYear { IncomeEstimator.TaxYear(TestSupport.catalogue.globals, Day("2026-03-01")!)! }

    /// Full-time minimum wage 2026: € 14,71 × 40 h × 52 / 12 = € 2.549,73 gross per month, × 12 × 1,08
    /// = € 33.044,54 per year incl. holiday allowance. Tax 35,75% = € 11.813,42; AHK € 3.115 − 6,398% ×
    /// (33.044,54 − 29.736) = € 2.903,32; arbeidskorting € 5.300 + 1,95% × (33.044,54 − 25.845) = € 5.440,39.
    @Test func fullTimeMinimumWage() throws {
        let gross = 14.71 * 40 * 52 / 12 * 12 * 1.08
        let y = year2026
        #expect(abs(y.tax(gross) - 11813.42) < 0.5)
        #expect(abs(y.ahk(gross) - 2903.32) < 0.5)
        #expect(abs(y.arbeidskorting(gross) - 5440.39) < 0.5)
        let net = y.net(gross, works: true)
        #expect(abs(net - 29574.83) < 1)
        // and back: the counsellor knows the monthly net excl. holiday allowance.
        let e = try estimator(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 30, "werk_uren_per_week": 40}, "partner": null}"#)
        let estimate = try #require(e.estimate(netPerMonth: net / 12 / 1.08)?.number)
        #expect(abs(estimate - gross) < 2)
    }

    /// Arbeidskorting maximum € 5.685 between € 45.592 and the phase-out; nil at € 132.920 (6,51%).
    @Test func arbeidskortingShape() {
        let y = year2026
        #expect(abs(y.arbeidskorting(11965) - 995.97) < 0.01)
        #expect(abs(y.arbeidskorting(25845) - 5300.02) < 0.05)
        #expect(abs(y.arbeidskorting(45592) - 5685.09) < 0.1)
        #expect(y.arbeidskorting(133_000) == 0)
    }

    /// A bijstand household: no arbeidskorting; net € 1.331,43 (single norm excl. holiday allowance).
    @Test func bijstandHousehold() throws {
        let e = try estimator(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "werk_uren_per_week": 0}, "partner": null}"#)
        let estimate = try #require(e.estimate(netPerMonth: 1331.43)?.number)
        let y = year2026
        #expect(abs(y.net(estimate, works: false) - 1331.43 * 12 * 1.08) < 1)
        // Without arbeidskorting: 0,6425 × Y + € 3.115 = € 17.255,33 → Y ≈ € 22.008.
        #expect(abs(estimate - 22008) < 5)
    }

    /// AOW pensioners: the AOW-age rates are not in the sources, so no estimate is made.
    @Test func noEstimateForPensionersOr2025OrUnknownWork() throws {
        #expect(try estimator(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 70, "werk_uren_per_week": 0}, "partner": null}"#).estimate(netPerMonth: 1500) == nil)
        #expect(try estimator(#"{"peildatum": "2025-03-01", "aanvrager": {"leeftijd": 40, "werk_uren_per_week": 0}, "partner": null}"#).estimate(netPerMonth: 1500) == nil)
        #expect(try estimator(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40}, "partner": null}"#).estimate(netPerMonth: 1500) == nil)
        #expect(try estimator(#"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "werk_uren_per_week": 0}}"#).estimate(netPerMonth: 1500) == nil)
    }

    @Test func estimatedIncomeIsMarkedInTheOutcome() throws {
        let json = #"{"peildatum": "2026-03-01", "aanvrager": {"leeftijd": 40, "werk_uren_per_week": 0, "zorgverzekerd": true, "rechtmatig_verblijf": true}, "partner": null, "inkomen": {"netto_per_maand": 1331.43}, "vermogen": {"totaal": 0}}"#
        let o = try #require(TestSupport.outcome(try TestSupport.evaluate(json), "zorgtoeslag"))
        #expect(o.status == .ja)
        #expect(o.explain().usesEstimate)
        #expect(o.explain().reasons.contains { $0.contains("geschat uit het netto inkomen") })
    }
}
