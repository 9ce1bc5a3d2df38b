import Testing
@testable import Hulpwijzer

/// The answers the engine keeps per catalogue (stale figures per peildatum, municipalities per
/// typed name) are the answers it would compute each time.
@Suite struct EvaluationMemoTests {
    let catalogue = TestSupport.catalogue

    @Test func staleMarksFromTheMemoEqualTheComputedOnes() throws {
        let memo = EvaluationMemo()
        // Within the known periods, past them (2027, the second half of 2026) and before them.
        for text in ["2025-01-01", "2025-07-01", "2026-03-01", "2026-07-01", "2026-12-31", "2027-02-01", "2028-08-15"] {
            let day = try #require(Day(text))
            let expected = FactComputer.staleMarks(catalogue.globals, on: day)
            for _ in 0..<2 {
                let got = memo.staleMarks(on: day) { FactComputer.staleMarks(catalogue.globals, on: day) }
                #expect(got.map(\.0) == expected.map(\.0), "\(text)")
                #expect(got.map(\.1) == expected.map(\.1), "\(text)")
            }
        }
        // A peildatum past the national figures' period marks derived facts as stale.
        #expect(!FactComputer.staleMarks(catalogue.globals, on: try #require(Day("2028-08-15"))).isEmpty)
    }

    @Test func factsWithAndWithoutTheMemoAreEqual() throws {
        let household = try TestSupport.household(#"{"peildatum": "2027-02-01", "aanvrager": {"leeftijd": 40}, "partner": null, "kinderen": [], "inkomen": {"netto_per_maand": 1200}}"#)
        let day = try #require(household.peildatum)
        let memo = EvaluationMemo()
        let plain = FactComputer(household: household, day: day, globals: catalogue.globals).compute()
        for _ in 0..<2 {
            let memoised = FactComputer(household: household, day: day, globals: catalogue.globals, memo: memo).compute()
            #expect(memoised.values == plain.values)
            #expect(memoised.stale == plain.stale)
        }
    }

    @Test func aMemoisedMunicipalityIsTheResolvedOne() throws {
        let memo = EvaluationMemo()
        for typed in ["Utrecht", " utrecht ", "GM0344", "0344", "Rotterdam"] {
            let direct = try catalogue.municipalities.resolve(typed)
            for _ in 0..<2 {
                let m = try memo.municipality(typed) { (t: String) throws(MunicipalityLookupError) in try catalogue.municipalities.resolve(t) }
                #expect(m == direct)
            }
        }
        // A name that does not resolve stays an error every time (errors are not kept).
        for _ in 0..<2 {
            #expect(throws: MunicipalityLookupError.self) {
                try memo.municipality("Nergenshuizen") { (t: String) throws(MunicipalityLookupError) in try catalogue.municipalities.resolve(t) }
            }
        }
    }
}
