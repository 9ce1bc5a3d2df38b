/// What a counsellor reads first: the household as understood, what it is entitled to by
/// yearly value, the `mogelijk` schemes grouped by what would decide them (likely ones first),
/// and the few questions that settle the most. Made by `Engine.overview(of:prepared:evaluation:options:)`;
/// the statuses are those of the evaluation, never changed by the assumptions used to order them.
public struct Overview: Sendable {
    /// One scheme in the overview.
    public struct Item: Sendable {
        /// The outcome of the evaluation.
        public let outcome: Outcome
        /// The amount to show: the outcome's own, or the amount it gets once the assumptions hold.
        public let amount: Amount?
        /// When the amount is unknown: the most the rules allow while facts are missing (with no
        /// income and no assets), as an upper bound ("tot € …").
        public let maximum: Amount?
        /// The yearly euros used to order (amount, else maximum; 0 when neither is known).
        public let value: Double
        /// Other topics the amount or the status still depends on.
        public let alsoNeeded: [String]
        /// The assumed facts this scheme relies on (a likely scheme): what is still to be confirmed.
        public let toConfirm: [String]
    }

    /// Schemes that would be decided by the same thing.
    public struct Group: Sendable {
        /// Why the schemes are together.
        public enum Kind: Sendable, Equatable {
            /// `ja` once the routine assumptions are confirmed.
            case likely
            /// Depends on this topic (income, housing, …).
            case dependsOn(String)
            /// The executing body judges (maatwerk) or a question only a person can answer.
            case judgement
            /// The municipality's own policy for it was not found: ask the municipality.
            case askMunicipality
            /// Only when an assumption does not hold ("als u zelfstandige bent").
            case onlyIf(String)
        }
        /// Why the schemes are together.
        public let kind: Kind
        /// The schemes, most valuable first.
        public let items: [Item]
        /// The Dutch heading: "Waarschijnlijk, als de aannames kloppen", "Hangt af van het inkomen", …
        public var title: String {
            switch kind {
            case .likely: return "Waarschijnlijk, als de aannames kloppen"
            case .dependsOn(let topic): return "Hangt af van \(topic)"
            case .judgement: return "De uitvoerder beoordeelt (maatwerk)"
            case .askMunicipality: return "Vraag na bij de gemeente (niet gevonden op haar site)"
            case .onlyIf(let condition): return "Alleen " + condition
            }
        }
    }

    /// A question that would settle the most.
    public struct RankedQuestion: Sendable, Equatable {
        /// The unknown fact, by its contract path.
        public let field: String
        /// The Dutch label of the fact: "het netto inkomen (per maand)".
        public let label: String
        /// Ids of the schemes it would help settle, most valuable first.
        public let schemes: [String]
        /// Their names.
        public let names: [String]
        /// The yearly euros at stake, weighted by how likely each scheme is.
        public let value: Double
        /// The yearly euros of the schemes it settles (known amounts and maxima), unweighted.
        public let atStake: Double
    }

    /// The household as hulpwijzer understood it, in one or two Dutch sentences.
    public let summary: String
    /// Facts assumed to order the schemes, to be confirmed ("rechtmatig verblijf in Nederland").
    public let assumed: [String]
    /// The `ja` schemes, most valuable first.
    public let entitled: [Item]
    /// The `mogelijk` schemes, grouped; likely groups first, improbable ones last.
    public let possible: [Group]
    /// The questions that settle the most, most valuable first.
    public let questions: [RankedQuestion]
}
