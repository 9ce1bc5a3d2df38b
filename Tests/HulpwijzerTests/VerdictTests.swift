import Testing
@testable import Hulpwijzer

/// The one function that decides an outcome's status.
@Suite struct VerdictTests {
    let zeroMeansNo = TestSupport.catalogue.schemes.compactMap(\.amount).first { $0.zeroMeansNo }

    func amount(perYear: Money?, missing: [String] = []) -> Amount {
        Amount(perMonth: perYear.map { Money.rounded($0.euros / 12, .cent) }, perYear: perYear, perQuarter: nil, once: nil, estimated: true, missing: missing)
    }

    @Test func truthDecidesWithoutAmount() {
        #expect(Verdict.decide(truth: .yes, missing: ["x"], amount: nil, zeroMeansNo: false, discretionary: false, notOffered: nil).status == .ja)
        let open = Verdict.decide(truth: .unknown, missing: ["x"], amount: nil, zeroMeansNo: false, discretionary: false, notOffered: nil)
        #expect(open.status == .mogelijk && open.missing == ["x"] && !open.withoutTraces)
        let no = Verdict.decide(truth: .no, missing: ["x"], amount: nil, zeroMeansNo: false, discretionary: true, notOffered: nil)
        #expect(no.status == .nee && no.missing.isEmpty && no.notes.isEmpty)
    }

    @Test func discretionaryIsAtBestMogelijk() {
        let v = Verdict.decide(truth: .yes, missing: [], amount: nil, zeroMeansNo: false, discretionary: true, notOffered: nil)
        #expect(v.status == .mogelijk)
        #expect(v.notes.count == 1)
    }

    @Test func notOfferedWins() {
        let v = Verdict.decide(truth: .yes, missing: [], amount: amount(perYear: 100), zeroMeansNo: false, discretionary: false, notOffered: .notOffered("Utrecht"))
        #expect(v.status == .nee && !v.showsAmount && v.withoutTraces)
        #expect(v.notes.first.map { $0.sentences(for: TestSupport.catalogue.schemes[0]) } == ["Utrecht biedt deze regeling niet aan."])
    }

    @Test func amountDecidesWhenZeroMeansNo() throws {
        let rule = try #require(zeroMeansNo)
        let zero = Verdict.decide(truth: .yes, missing: [], amount: amount(perYear: 0), zeroMeansNo: rule.zeroMeansNo, discretionary: false, notOffered: nil)
        #expect(zero.status == .nee && zero.showsAmount && zero.withoutTraces)
        let unknown = Verdict.decide(truth: .yes, missing: [], amount: amount(perYear: nil, missing: ["woning.kale_huur_per_maand"]),
                                     zeroMeansNo: rule.zeroMeansNo, discretionary: false, notOffered: nil)
        #expect(unknown.status == .mogelijk && unknown.missing == ["woning.kale_huur_per_maand"])
        let some = Verdict.decide(truth: .yes, missing: [], amount: amount(perYear: 120), zeroMeansNo: rule.zeroMeansNo, discretionary: false, notOffered: nil)
        #expect(some.status == .ja && some.notes.isEmpty)
    }
}
