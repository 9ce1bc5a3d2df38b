import Testing
@testable import Hulpwijzer

/// A peildatum past the last known date of a figure marks it `onzeker` with the reason, in the
/// explanation and in the JSON's uncertainty list (issue 8, defect 11).
@Suite struct FigurePeriodTests {
    static func pensioner(_ peildatum: String) -> String {
        #"{"peildatum": "\#(peildatum)", "aanvrager": {"leeftijd": 75, "uitkeringen": [], "rechtmatig_verblijf": true, "aow_jaren_verzekerd": 50}, "partner": null, "kinderen": [], "medebewoners": [], "inkomen": {"netto_per_maand": 900}, "vermogen": {"totaal": 100}}"#
    }

    /// AOW amounts change each half year; the catalogue's last is of 1 January 2026, so a
    /// peildatum in the second half of 2026 uses it as uncertain.
    @Test func aowInTheSecondHalfOf2026IsUncertain() throws {
        let h2 = TestSupport.outcome(try TestSupport.evaluate(Self.pensioner("2026-09-01")), "aow")?.explain().uncertainFigures ?? []
        #expect(h2.contains { $0.contains("bedrag van 1 januari 2026; het bedrag voor 1 juli 2026 is nog niet bekend") }, "\(h2)")
        // Counter-case: in the first half of 2026 the figure is known.
        let h1 = TestSupport.outcome(try TestSupport.evaluate(Self.pensioner("2026-03-01")), "aow")?.explain().uncertainFigures ?? []
        #expect(!h1.contains { $0.contains("nog niet bekend") }, "\(h1)")
    }

    /// A 2027 peildatum: the bijstand norms (a derived fact) and the yearly toeslag figures
    /// are of 2026, and the JSON says so.
    @Test func norms2027AreUncertainInTheJSON() throws {
        let json = Self.pensioner("2027-02-01").replacingOccurrences(of: #""leeftijd": 75"#, with: #""leeftijd": 40"#)
            .replacingOccurrences(of: #""inkomen": {"netto_per_maand": 900}"#, with: #""inkomen": {"netto_per_maand": 500, "toetsingsinkomen_per_jaar": 8000}"#)
        let evaluation = try TestSupport.evaluate(json)
        let bijstand = TestSupport.outcome(evaluation, "bijstand")?.explain().uncertainFigures ?? []
        #expect(bijstand.contains("bijstandsnorm (bedrag van 1 juli 2026; het bedrag voor 1 januari 2027 is nog niet bekend)"), "\(bijstand)")
        let rendered = JSONRenderer.render(evaluation, includeNo: false)
        #expect(rendered.contains("het bedrag voor 2027 is nog niet bekend"))
        // A percentage is not indexed, so it is not marked for that reason.
        #expect(!rendered.contains("normpremiepercentage van het drempelinkomen (bedrag van"))
    }

    @Test func stalenessFollowsTheCadenceOfTheFigure() throws {
        let p = try #require(TestSupport.catalogue.globals["pw.norm.alleenstaand"])
        let last = try #require(p.values.last)
        #expect(p.staleness(of: last, on: Day("2026-12-31")!) == nil)
        #expect(p.staleness(of: last, on: Day("2027-01-01")!) == "bedrag van 1 juli 2026; het bedrag voor 1 januari 2027 is nog niet bekend")
    }
}
