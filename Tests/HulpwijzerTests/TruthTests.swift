import Testing
@testable import Hulpwijzer

/// Kleene's strong three-valued logic, checked exhaustively.
@Suite struct TruthTests {
    static let all = Truth.allCases

    @Test func conjunctionTable() {
        let expected: [Truth: [Truth: Truth]] = [
            .yes: [.yes: .yes, .no: .no, .unknown: .unknown],
            .no: [.yes: .no, .no: .no, .unknown: .no],
            .unknown: [.yes: .unknown, .no: .no, .unknown: .unknown],
        ]
        for a in Self.all { for b in Self.all { #expect((a && b) == expected[a]![b]!, "\(a) && \(b)") } }
    }

    @Test func disjunctionTable() {
        let expected: [Truth: [Truth: Truth]] = [
            .yes: [.yes: .yes, .no: .yes, .unknown: .yes],
            .no: [.yes: .yes, .no: .no, .unknown: .unknown],
            .unknown: [.yes: .yes, .no: .unknown, .unknown: .unknown],
        ]
        for a in Self.all { for b in Self.all { #expect((a || b) == expected[a]![b]!, "\(a) || \(b)") } }
    }

    @Test func negation() {
        #expect(!Truth.yes == .no)
        #expect(!Truth.no == .yes)
        #expect(!Truth.unknown == .unknown)
    }

    @Test func deMorganHoldsForAllPairs() {
        for a in Self.all {
            for b in Self.all {
                #expect(!(a && b) == (!a || !b))
                #expect(!(a || b) == (!a && !b))
            }
        }
    }

    @Test func commutativeAndAssociative() {
        for a in Self.all {
            for b in Self.all {
                #expect((a && b) == (b && a))
                #expect((a || b) == (b || a))
                for c in Self.all {
                    #expect(((a && b) && c) == (a && (b && c)))
                    #expect(((a || b) || c) == (a || (b || c)))
                }
            }
        }
    }

    @Test func sequences() {
        #expect(Truth.all([]) == .yes)
        #expect(Truth.any([]) == .no)
        #expect(Truth.all([.yes, .unknown]) == .unknown)
        #expect(Truth.all([.unknown, .no]) == .no)
        #expect(Truth.any([.no, .unknown]) == .unknown)
        #expect(Truth.any([.unknown, .yes]) == .yes)
    }

    @Test func statusFromTruth() {
        #expect(Status(.yes) == .ja)
        #expect(Status(.unknown) == .mogelijk)
        #expect(Status(.no) == .nee)
        #expect(Status.ja < Status.mogelijk && Status.mogelijk < Status.nee)
    }
}
