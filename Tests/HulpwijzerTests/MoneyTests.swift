import Testing
@testable import Hulpwijzer

/// Money is whole cents; one function rounds a computed value.
@Suite struct MoneyTests {
    @Test func roundingRules() {
        #expect(Money.rounded(129.005, .cent).cents == 12901)
        #expect(Money.rounded(129.4999, .euro) == 129)
        #expect(Money.rounded(129.5, .euro) == 130)
        #expect(Money.rounded(129.99, .euro_beneden) == 129)
        // A value a hair below a whole euro through floating point still counts as that euro.
        #expect(Money.rounded(0.1 * 3 * 10 - 3 + 3, .euro_beneden) == 3)
    }

    @Test func arithmeticAndOutput() {
        let m: Money = 741.66
        #expect((m * 12).cents == 889_992)
        #expect(m.euros == 741.66)
        #expect(m.description == "741.66")
        #expect(Money.rounded(.infinity, .cent).cents == Int64(Money.limit))
        #expect(Money.rounded(-1e300, .cent).cents == -Int64(Money.limit))
    }
}
