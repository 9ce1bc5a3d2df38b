/// The result for one scheme: status, why, what is missing, the amount and where to apply.
public struct Outcome: Sendable {
    /// The scheme this outcome is about.
    public var scheme: Scheme
    /// The status: `ja`, `mogelijk` or `nee`.
    public var status: Status
    /// The condition tests that decide the status, as structured traces; `reasons` renders them.
    /// For a `nee` outcome they are only worked out when someone asks.
    public var traces: [Trace] {
        get { storedTraces ?? explainer?.traces() ?? [] }
        set {
            storedTraces = newValue
            context = nil
        }
    }
    var storedTraces: [Trace]?
    /// The household's facts and the municipality's figures, shared by all outcomes of one evaluation.
    var context: EvaluationContext?
    /// The truth of gates and conditions together, and of the condition tree alone.
    var truth: Truth = .no
    var treeTruth: Truth = .no

    var explainer: Explainer? {
        context.map {
            Explainer(scheme: scheme, facts: $0.facts, resolver: ParameterResolver(overrides: $0.overrides[scheme.id], day: $0.facts.peildatum),
                      truth: truth, treeTruth: treeTruth, municipalityKnown: $0.municipalityKnown)
        }
    }

    /// How the amount is computed (the scheme's explanation), or why it is not known for this date.
    public var amountNote: String? {
        guard let rule = scheme.amount else { return nil }
        if let from = rule.validFrom, let day = context?.facts.peildatum, day < from {
            return "De bedragen voor deze peildatum staan niet in de catalogus (de bronnen geven ze niet); bedragen vanaf \(from.dutch)."
        }
        return rule.note
    }
    /// Extra remarks (discretionary judgement, deadlines, local defaults), rendered by `reasons`.
    public var notes: [Note]
    /// Unknown facts that keep the status at `mogelijk`, by JSON path.
    public var missing: [String]
    /// The estimated amount; nil for `nee` outcomes and schemes without an amount rule.
    public var amount: Amount?
    /// Figures used for this outcome that are marked `onzeker` in the catalogue.
    public var uncertainFigures: [String] {
        var out = amountUncertain
        for t in traces {
            if let d = t.reference?.dated, d.certainty == .onzeker, let p = t.reference?.parameter {
                let text = "\(p.description) (\(d.from.year))"
                if !out.contains(text) { out.append(text) }
            }
        }
        return out
    }
    /// Uncertain figures used by the amount formula.
    var amountUncertain: [String]
    /// The household says it already receives this scheme (nil: not told).
    public var receives: Bool?
    /// A test or the amount used an estimated fact (e.g. the toetsingsinkomen from net income).
    public var usesEstimate: Bool {
        amountUsedEstimate || traces.contains { if case .estimate = $0.value { return true } else { return false } }
    }
    var amountUsedEstimate: Bool

    /// Dutch sentences explaining the status, with the figures used.
    public var reasons: [String] {
        var out = traces.map(\.sentence)
        for n in notes { out += n.sentences(for: scheme) }
        if status != .nee, let e = explainer {
            out += ApplicationNotes.notes(for: scheme, on: e.resolver.day)
            for ref in scheme.usedParameterRefs where ref.resolved.municipal && e.resolver.parameter(ref) === ref.resolved {
                out += Note.municipalDefault(ref.resolved, municipalityKnown: e.municipalityKnown).sentences(for: scheme)
            }
        }
        return out
    }

    /// A remark on an outcome, kept structured so that text is only made when someone reads it.
    public enum Note: Sendable {
        case text(String)
        /// A national default was used for a figure the municipality may set itself.
        case municipalDefault(Parameter, municipalityKnown: Bool)
        /// The scheme is discretionary: shown as `mogelijk`, with who decides.
        case discretionary

        func sentences(for scheme: Scheme) -> [String] {
            switch self {
            case .text(let t): return [t]
            case .municipalDefault(let p, let known):
                return ["\(p.description.capitalizedFirst): landelijke standaard\(known ? "" : " (gemeente onbekend)"); de gemeente kan afwijken."]
            case .discretionary:
                return [scheme.discretionaryNote ?? "De uitkomst is een beoordeling (maatwerk): \(scheme.executor) beoordeelt de aanvraag. Aan de voorwaarden die hulpwijzer kan toetsen is voldaan."]
            }
        }
    }
}

/// An estimated amount for a scheme.
public struct Amount: Sendable, Equatable {
    /// Amount per month, when the scheme pays monthly, quarterly or yearly.
    public var perMonth: Double?
    /// Amount per year, when the scheme pays monthly, quarterly or yearly.
    public var perYear: Double?
    /// Amount per quarter, when the scheme pays quarterly.
    public var perQuarter: Double?
    /// One-off amount, when the scheme pays once.
    public var once: Double?
    /// Always true unless the amount is a fixed figure that needs no household fact.
    public var estimated: Bool
    /// Facts that would make an unknown amount known.
    public var missing: [String]
    /// The value of each step of the amount rule (`stappen`), in their order.
    public var steps: [StepValue] = []

    /// The amount per year, for ranking questions by money.
    public var yearly: Double { perYear ?? once ?? 0 }
}

/// What all outcomes of one evaluation share: the facts and the municipality's own figures.
final class EvaluationContext: @unchecked Sendable {
    let facts: FactSet
    let overrides: [String: [String: Parameter]]
    let municipalityKnown: Bool

    init(facts: FactSet, overrides: [String: [String: Parameter]], municipalityKnown: Bool) {
        self.facts = facts
        self.overrides = overrides
        self.municipalityKnown = municipalityKnown
    }
}

/// Works out the traces of an outcome after the fact (for `nee` outcomes, which
/// the default output does not show).
struct Explainer: @unchecked Sendable {
    let scheme: Scheme
    let facts: FactSet
    let resolver: ParameterResolver
    /// The outcome's truth (gates and tree together) and the tree's own truth.
    let truth: Truth
    let treeTruth: Truth
    let municipalityKnown: Bool

    /// The tests that explain the truth: all for `ja`, the unknown ones for `mogelijk`,
    /// the failing ones for `nee`.
    func traces() -> [Trace] {
        var e = ConditionEvaluator(facts: facts, resolver: resolver)
        let gates = scheme.gates.map { e.evaluate($0) }
        _ = e.evaluate(scheme.conditions)
        switch truth {
        case .yes: return gates + e.keptTraces
        case .unknown: return gates.filter { $0.truth == .unknown } + (treeTruth == .unknown ? e.keptTraces : [])
        case .no: return e.keptTraces
        }
    }
}

/// One evaluated condition test, kept structured so that rendering text costs
/// nothing unless someone reads it.
public struct Trace: Sendable {
    /// The condition test that was evaluated.
    public var leaf: Condition.Leaf
    /// The test's result.
    public var truth: Truth
    /// The household fact's value as tested.
    public var value: FactValue
    /// The comparison figure(s) and where they come from.
    public var reference: Reference?
    /// The comparison could not use an estimate because it lies too close to the limit.
    public var estimateTooClose: Bool
    /// The limit depends on a fact that is unknown (e.g. partner or not), and the
    /// candidate limits disagree.
    public var selectorMissing: [String]
    /// Set for a `handmatig` condition: the question the household JSON cannot answer.
    public var manualQuestion: String? = nil

    /// The comparison figure(s) of a test and where they come from.
    public struct Reference: Sendable {
        /// The figure(s) compared with; several when the variant is unknown.
        public var values: Limits
        /// The parameter the figures come from, if any.
        public var parameter: Parameter?
        /// The dated value of that parameter in force on the peildatum.
        public var dated: DatedValue?
        /// The unit of the figures.
        public var unit: FactUnit
        /// The fact compared with, when the test compares two facts.
        public var fact: FactID?
    }
}

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
    /// Unknown facts that would settle the most `mogelijk` outcomes, most valuable first.
    public var questions: [Question] { Engine.questions(outcomes) }
    /// General remarks (no municipality given, figures of an earlier year used, …).
    public var notes: [String]
}

/// An unknown fact worth asking about, with the schemes it would help settle.
public struct Question: Sendable, Equatable {
    /// The unknown fact, by its JSON path.
    public var field: String
    /// Ids of the schemes it would help settle.
    public var schemes: [String]
    /// Sum of the yearly amounts of those schemes that have a known estimate.
    public var value: Double
}
