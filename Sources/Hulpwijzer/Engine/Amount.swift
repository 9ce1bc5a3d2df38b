/// An estimated amount for a scheme.
public struct Amount: Sendable, Equatable {
    /// Amount per month, when the scheme pays monthly, quarterly or yearly.
    public var perMonth: Money?
    /// Amount per year, when the scheme pays monthly, quarterly or yearly.
    public var perYear: Money?
    /// Amount per quarter, when the scheme pays quarterly.
    public var perQuarter: Money?
    /// One-off amount, when the scheme pays once.
    public var once: Money?
    /// Always true unless the amount is a fixed figure that needs no household fact.
    public var estimated: Bool
    /// Facts that would make an unknown amount known.
    public var missing: [String]
    /// The value of each step of the amount rule (`stappen`), in their order.
    public var steps: [StepValue] = []
    /// Why the amount is unknown although no fact is missing (a division by zero, a result too
    /// large to be an amount), in Dutch; nil otherwise.
    public var unknownReason: String?

    /// Why an amount is unknown: the formula divides by zero.
    static let divisionByZero = "de berekening deelt door nul"
    /// Why an amount is unknown: the result is too large to be a real amount.
    static let tooLarge = "het berekende bedrag is te groot om een echt bedrag te zijn"

    /// The amount per year, for ranking questions by money.
    public var yearly: Double { (perYear ?? once)?.euros ?? 0 }
}

/// An amount as the engine computes it, with what its explanation needs: the uncertain figures
/// and stale facts it read (each once), and whether it used an estimated fact.
struct ComputedAmount {
    var amount: Amount
    var uncertain: [UncertainFigure.Source]
    var usedEstimate: Bool
}
