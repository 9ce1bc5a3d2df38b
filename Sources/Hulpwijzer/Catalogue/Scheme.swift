/// One scheme (regeling) of the catalogue: who runs it, on what legal basis,
/// its conditions, its amount and how to apply.
///
/// A class: schemes are read once and shared by every outcome, so an outcome
/// refers to its scheme instead of copying it.
public final class Scheme: @unchecked Sendable {
    public let id: String
    public let name: String
    public let summary: String
    public let executor: String
    public let categories: [Category]
    public let legalBasis: [LegalBasis]
    /// Official page or law article with the rule.
    public let source: String
    public let validFrom: Day
    public let validUntil: Day?
    /// The outcome is the judgement of the municipality or an official (maatwerk).
    public let discretionary: Bool
    public let discretionaryNote: String?
    public let application: Application
    public let conditions: Condition
    /// Conditions checked first; when one fails the scheme is `nee` at once.
    /// The index groups schemes by these gates (children, AOW age, …).
    public let gates: [Condition.Leaf]
    public let amount: AmountRule?
    public let parameters: [String: Parameter]
    /// Municipality codes for local schemes; empty for national schemes. Set once while loading.
    public internal(set) var municipalities: [String]
    public let lastVerified: Day
    /// Remarks shown with every outcome (limitations, conflicts with national law).
    public let notes: [String]
    /// The catalogue file this scheme came from.
    public let file: String
    /// Names of the parameters the conditions and the formula use (computed once).
    public let usedParameterNames: [String]
    /// The same parameters as resolved references, one per name.
    let usedParameterRefs: [ParameterRef]
    /// Position in the catalogue's name order, for sorting outcomes without comparing strings.
    var rank: Int = 0

    init(id: String, name: String, summary: String, executor: String, categories: [Category], legalBasis: [LegalBasis],
         source: String, validFrom: Day, validUntil: Day?, discretionary: Bool, discretionaryNote: String?,
         application: Application, conditions: Condition, gates: [Condition.Leaf], amount: AmountRule?,
         parameters: [String: Parameter], municipalities: [String], lastVerified: Day, notes: [String], file: String) {
        self.id = id
        self.name = name
        self.summary = summary
        self.executor = executor
        self.categories = categories
        self.legalBasis = legalBasis
        self.source = source
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.discretionary = discretionary
        self.discretionaryNote = discretionaryNote
        self.application = application
        self.conditions = conditions
        self.gates = gates
        self.amount = amount
        self.parameters = parameters
        self.municipalities = municipalities
        self.lastVerified = lastVerified
        self.notes = notes
        self.file = file
        var refs: [ParameterRef] = []
        for leaf in conditions.leaves + gates {
            if let r = leaf.op.parameterRef, !refs.contains(r) { refs.append(r) }
        }
        for r in amount?.formula.parameterRefs ?? [] where !refs.contains(r) { refs.append(r) }
        usedParameterRefs = refs
        usedParameterNames = refs.map(\.name)
    }

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
