/// Everything hulpwijzer says about one household.
public struct Evaluation: Sendable {
    /// The caller's own case reference from the household, passed through.
    public var id: String?
    /// The date the evaluation is about.
    public var peildatum: Day
    /// The resolved municipality, or nil when unknown.
    public var municipality: Municipality?
    /// Whether local schemes are modelled for the municipality (nil when it is unknown).
    public var localModelled: Bool?
    /// All outcomes, `ja` first, then `mogelijk`, then `nee`; by name within a status.
    public var outcomes: [Outcome]
    /// Unknown facts that would settle the most `mogelijk` outcomes, most valuable first: from
    /// the overview when there is one (valued by what they settle, likely schemes first), else
    /// by the number of schemes and their known amounts.
    public var questions: [Question] {
        guard let overview else { return Engine.questions(outcomes) }
        return overview.questions.map { Question(field: $0.field, schemes: $0.schemes, value: $0.atStake) }
    }
    /// What a counsellor reads first (`Engine.overview`); nil until asked for.
    public var overview: Overview?
    /// General remarks (no municipality given, figures of an earlier year used, …), structured;
    /// `Explain/` words them.
    public var notes: [EvaluationNote]
}


/// A general remark about an evaluation; its Dutch sentence is in `Explain/`.
public enum EvaluationNote: Sendable, Equatable {
    /// A remark about the household data itself (already worded by the household checks).
    case household(String)
    /// No municipality given: only the national standard was used.
    case municipalityUnknown
    /// The municipality's own schemes and figures are not in the catalogue.
    case municipalityNotModelled(name: String)
    /// The municipality's own figures are in the catalogue, but no own schemes.
    case municipalityWithoutLocalSchemes(name: String)
    /// Kinds of municipal policy looked for on the municipality's own pages and not found.
    case municipalityNotFound(name: String, items: [NotFound])
}
