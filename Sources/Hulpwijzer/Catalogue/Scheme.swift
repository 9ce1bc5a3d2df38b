/// One scheme (regeling) of the catalogue: who runs it, on what legal basis,
/// its conditions, its amount and how to apply.
public struct Scheme: Sendable, Equatable {
    public var id: String
    public var name: String
    public var summary: String
    public var executor: String
    public var categories: [Category]
    public var legalBasis: [LegalBasis]
    /// Official page or law article with the rule.
    public var source: String
    public var validFrom: Day
    public var validUntil: Day?
    /// The outcome is the judgement of the municipality or an official (maatwerk).
    public var discretionary: Bool
    public var discretionaryNote: String?
    public var application: Application
    public var conditions: Condition
    /// Conditions checked first; when one fails the scheme is `nee` at once.
    /// The index groups schemes by these gates (children, AOW age, …).
    public var gates: [Condition.Leaf]
    public var amount: AmountRule?
    public var parameters: [String: Parameter]
    /// Municipality codes for local schemes; empty for national schemes.
    public var municipalities: [String]
    public var lastVerified: Day
    /// Remarks shown with every outcome (limitations, conflicts with national law).
    public var notes: [String]
    /// The catalogue file this scheme came from.
    public var file: String

    public var isLocal: Bool { !municipalities.isEmpty }
}

/// The needs a scheme meets, for filtering in the spirit of the Omgekeerde Toets.
public enum Category: String, Sendable, CaseIterable {
    case wonen, zorg, kinderen, inkomen, schulden, meedoen, werk
}

/// A law and article, with a link to wetten.overheid.nl.
public struct LegalBasis: Sendable, Equatable {
    public var law: String
    public var article: String?
    public var link: String?

    public var description: String { [law, article].compactMap { $0 }.joined(separator: " ") }
}

/// How, where and until when a scheme can be applied for.
public struct Application: Sendable, Equatable {
    public var how: String
    public var link: String?
    /// Deadline rule; `toeslagjaar` means "until 1 September of the next year".
    public var deadline: Deadline?
    /// How far back a claim can go, in words.
    public var retroactive: String?

    public enum Deadline: Sendable, Equatable {
        /// Toeslagen: the year Y can be applied for until 1 September of Y+1.
        case toeslagjaar
        /// A deadline in words.
        case text(String)
    }
}

/// How an amount is computed and rounded.
public struct AmountRule: Sendable, Equatable {
    public enum Period: String, Sendable { case maand, kwartaal, jaar, eenmalig }
    public enum Rounding: String, Sendable { case cent, euro, euro_beneden }

    public var period: Period
    public var formula: Expression
    public var formulaText: String
    public var rounding: Rounding
    /// Rounding of the derived monthly amount (zorgtoeslag: down to whole euros).
    public var monthRounding: Rounding
    public var note: String?
    /// The first date for which the catalogue has the figures of the formula
    /// (nil: the scheme's own `geldig_van`). Before it the amount is unknown.
    public var validFrom: Day?
    /// An amount of € 0 means the scheme gives nothing (`nee`); an unknown amount
    /// then keeps the status at `mogelijk` (schemes without a hard income limit).
    public var zeroMeansNo: Bool
}
