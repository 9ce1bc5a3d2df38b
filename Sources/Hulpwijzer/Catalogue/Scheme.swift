/// One scheme (regeling) of the catalogue: who runs it, on what legal basis,
/// its conditions, its amount and how to apply.
///
/// A class: schemes are read once and shared by every outcome, so an outcome
/// refers to its scheme instead of copying it.
public final class Scheme: Sendable {
    /// Stable kebab-case id (`zorgtoeslag`, `gm0363-stadspas`).
    public let id: String
    /// Display name (`naam`).
    public let name: String
    /// Short description (`omschrijving`).
    public let summary: String
    /// The organisation that runs the scheme (`uitvoerder`).
    public let executor: String
    /// The needs the scheme meets.
    public let categories: [Category]
    /// The laws and articles the scheme rests on.
    public let legalBasis: [LegalBasis]
    /// Official page or law article with the rule.
    public let source: String
    /// First date the scheme applies (`geldig_van`).
    public let validFrom: Day
    /// Last date the scheme applies, inclusive (`geldig_tot`); nil = no end.
    public let validUntil: Day?
    /// The outcome is the judgement of the municipality or an official (maatwerk).
    public let discretionary: Bool
    /// What the scheme gives (`soort`): money to claim, money without a claim, a protection or a service.
    public let kind: SchemeKind
    /// Who decides and how, for a discretionary scheme (`maatwerk_toelichting`).
    public let discretionaryNote: String?
    /// How, where and until when to apply.
    public let application: Application
    /// The condition tree (`voorwaarden`).
    public let conditions: Condition
    /// Conditions checked first; when one fails the scheme is `nee` at once.
    /// The index groups schemes by these gates (children, AOW age, …).
    public let gates: [Condition.Leaf]
    /// How the amount is computed; nil when the scheme gives no amount.
    public let amount: AmountRule?
    /// The scheme's own parameters by name.
    public let parameters: [String: Parameter]
    /// Municipality codes for local schemes; empty for national schemes. Set once while loading.
    public let municipalities: [String]
    /// Date the scheme was last checked against its sources (`laatst_geverifieerd`).
    public let lastVerified: Day
    /// Remarks shown with every outcome (limitations, conflicts with national law).
    public let notes: [String]
    /// The catalogue file this scheme came from.
    public let file: String
    /// Names of the parameters the conditions and the formula use (computed once).
    public let usedParameterNames: [String]
    /// The same parameters as resolved references, one per name.
    let usedParameterRefs: [ParameterRef]

    init(id: String, name: String, summary: String, executor: String, categories: [Category], legalBasis: [LegalBasis],
         source: String, validFrom: Day, validUntil: Day?, discretionary: Bool, discretionaryNote: String?,
         application: Application, conditions: Condition, gates: [Condition.Leaf], amount: AmountRule?,
         parameters: [String: Parameter], municipalities: [String], lastVerified: Day, notes: [String], file: String,
         kind: SchemeKind = .geld) {
        self.kind = kind
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
        for r in amount?.parameterRefs ?? [] where !refs.contains(r) { refs.append(r) }
        usedParameterRefs = refs
        usedParameterNames = refs.map(\.name)
    }

    /// True for a municipality's own scheme.
    public var isLocal: Bool { !municipalities.isEmpty }

    /// Whether a query on `day` with this category filter (empty: all) considers the scheme:
    /// valid on the day and in one of the categories.
    func applies(on day: Day, categories: Set<Category>) -> Bool {
        guard validFrom <= day, validUntil.map({ day <= $0 }) ?? true else { return false }
        return categories.isEmpty || self.categories.contains(where: categories.contains)
    }
}

/// The needs a scheme meets, for filtering in the spirit of the Omgekeerde Toets.
public enum Category: String, Sendable, CaseIterable {
    case wonen, zorg, kinderen, inkomen, schulden, meedoen, werk
}

/// A law and article, with a link to wetten.overheid.nl.
public struct LegalBasis: Sendable, Equatable {
    /// The law's name (`wet`).
    public var law: String
    /// The article (`artikel`), if given.
    public var article: String?
    /// Link to the law on wetten.overheid.nl, if given.
    public var link: String?

    /// Dutch text for people: law and article.
    public var description: String { [law, article].compactMap { $0 }.joined(separator: " ") }
}

/// How, where and until when a scheme can be applied for.
public struct Application: Sendable, Equatable {
    /// How to apply, in Dutch (`hoe`).
    public var how: String
    /// Link to the page where one applies, if given.
    public var link: String?
    /// Deadline rule; `toeslagjaar` means "until 1 September of the next year".
    public var deadline: Deadline?
    /// How far back a claim can go, in words.
    public var retroactive: String?

    /// When a scheme must be applied for at the latest.
    public enum Deadline: Sendable, Equatable {
        /// Toeslagen: the year Y can be applied for until 1 September of Y+1.
        case toeslagjaar
        /// A deadline in words.
        case text(String)
    }
}

/// How an amount is computed and rounded.
public struct AmountRule: Sendable, Equatable {
    /// The period an amount is for (`periode`).
    public enum Period: String, Sendable { case maand, kwartaal, jaar, eenmalig }
    /// How an amount is rounded: to cents, to whole euros, or down to whole euros.
    public enum Rounding: String, Sendable { case cent, euro, euro_beneden }

    /// The period the formula's result is for.
    public var period: Period
    /// Named intermediate values (`stappen`), in order; each may use the ones before it.
    public var steps: [AmountStep]
    /// The amount formula; it may use the names of the steps.
    public var formula: Expression
    /// The formula as written in the catalogue.
    public var formulaText: String
    /// Rounding of the amount in its own period.
    public var rounding: Rounding
    /// Rounding of the derived monthly amount (zorgtoeslag: down to whole euros).
    public var monthRounding: Rounding
    /// How the amount is computed, in Dutch (`toelichting`).
    public var note: String?
    /// The first date for which the catalogue has the figures of the formula
    /// (nil: the scheme's own `geldig_van`). Before it the amount is unknown.
    public var validFrom: Day?
    /// An amount of € 0 means the scheme gives nothing (`nee`); an unknown amount
    /// then keeps the status at `mogelijk` (schemes without a hard income limit).
    public var zeroMeansNo: Bool
}
