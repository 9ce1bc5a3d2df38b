/// An amount of money in whole euro cents. Formulas compute in `Double`; `rounded(_:_:)`
/// is the one place where such a value becomes money.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible,
                     ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    /// The amount in cents.
    public let cents: Int64

    /// The largest amount kept exactly (2^53 cents, beyond any real amount); larger values are clamped.
    static let limit: Double = 9_007_199_254_740_992

    /// An amount of `cents` cents.
    public init(cents: Int64) { self.cents = cents }

    /// Whole euros, e.g. in tests: `== 129`.
    public init(integerLiteral euros: Int64) { self.init(cents: euros * 100) }

    /// Euros with cents, e.g. in tests: `== 741.66`.
    public init(floatLiteral euros: Double) { self = Money.rounded(euros, .cent) }

    /// Nothing.
    public static let zero = Money(cents: 0)

    /// The one rounding function: a computed value in euros to money, by the scheme's rule
    /// (to the cent, to the euro, or down to the euro).
    public static func rounded(_ euros: Double, _ rule: AmountRule.Rounding) -> Money {
        let cents: Double
        switch rule {
        case .cent: cents = (euros * 100).rounded()
        case .euro: cents = euros.rounded() * 100
        case .euro_beneden: cents = (euros + 1e-9).rounded(.down) * 100
        }
        guard cents.isFinite else { return Money(cents: cents < 0 ? -Int64(limit) : Int64(limit)) }
        return Money(cents: Int64(min(max(cents, -limit), limit)))
    }

    /// The amount in euros (exact for every amount below `limit`).
    public var euros: Double { Double(cents) / 100 }

    /// `k` times the amount (a month to a year: exact, no rounding).
    public static func * (money: Money, k: Int64) -> Money { Money(cents: money.cents * k) }

    /// Orders by amount.
    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }

    /// The amount in euros as a number: `1234.56`.
    public var description: String { JSONWriter.formatNumber(euros) }
}
