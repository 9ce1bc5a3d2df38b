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

    @Test func theLocalIndexAnswersAsTheLocalCatalogue() throws {
        let memo = EvaluationMemo()
        var deviations = 0, withOwnSchemes = 0
        for m in catalogue.municipalities.all {
            let local = try catalogue.local(for: m.code)
            let index = memo.localIndex(local, national: catalogue.schemes)
            #expect(memo.localIndex(local, national: catalogue.schemes).localRank == index.localRank)
            for (i, s) in catalogue.schemes.enumerated() {
                #expect(index.overrides[i].map { Set($0.keys) } == local.overrides[s.id].map { Set($0.keys) }, "\(m.code) \(s.id)")
                #expect(index.notOffered[i] == local.notOffered.contains(s.id), "\(m.code) \(s.id)")
                if index.overrides[i] != nil || index.notOffered[i] { deviations += 1 }
            }
            // The ranks put the local schemes in (name, id) order.
            let ranked = local.schemes.indices.sorted { index.localRank[$0] < index.localRank[$1] }.map { local.schemes[$0] }
            #expect(ranked.map(\.id) == local.schemes.sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map(\.id), "\(m.code)")
            #expect(Set(index.localRank) == Set(local.schemes.indices))
            if local.schemes.count > 1 { withOwnSchemes += 1 }
        }
        #expect(deviations > 0 && withOwnSchemes > 0)
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
