/// The result for one scheme: status, what is missing, the amount, and what explains it.
/// An immutable value: the status is decided once, by `Verdict.decide`.
public struct Outcome: Sendable {
    /// The scheme this outcome is about.
    public let scheme: Scheme
    /// The status: `ja`, `mogelijk` or `nee`.
    public let status: Status
    /// Structured remarks (discretionary judgement, amount, municipality); `Explain/` words them.
    public let notes: [Note]
    /// Unknown facts that keep the status at `mogelijk`, by JSON path.
    public let missing: [String]
    /// The estimated amount; nil for schemes without an amount rule and when the conditions fail.
    public let amount: Amount?
    /// The household says it already receives this scheme (nil: not told).
    public let receives: Bool?
    /// The peildatum of the evaluation.
    let day: Day
    /// What explains the status: fixed traces, or the tree to walk again when someone asks.
    let evidence: Evidence
    /// Uncertain figures used by the amount formula.
    let amountUncertain: [UncertainFigure.Source]
    /// The amount formula used an estimated fact.
    let amountUsedEstimate: Bool

    /// A remark on an outcome, kept structured so that text is only made when someone reads it.
    public enum Note: Sendable {
        /// The municipality does not offer this (national) scheme.
        case notOffered(municipality: String)
        /// The municipality gives this national scheme as a local scheme of its own, under this name.
        case replacedLocally(by: String)
        /// The computed amount is € 0, so the scheme gives nothing.
        case amountZero
        /// Entitlement depends on the amount, which cannot be computed (for lack of these facts).
        case amountUnknown(missing: [String])
        /// The amount cannot be computed although every fact is known (`Amount.unknownReason`).
        case amountNotComputable(reason: String)
        /// A national default was used for a figure the municipality may set itself (`nationalUnset`: there is
        /// no national figure, only the municipality sets it).
        case municipalDefault(Parameter, municipalityKnown: Bool, nationalUnset: Bool = false)
        /// The scheme is discretionary: shown as `mogelijk`, with who decides.
        case discretionary
        /// The municipality's policy of this kind (or its figures) was looked for on its own pages
        /// and not found, so the national defaults decided: at best `mogelijk`.
        case municipalPolicyNotFound(NotFound)
    }

    /// What explains an outcome.
    enum Evidence: Sendable {
        /// The tests that decide it are known (a failing gate), or none do (amount, municipality).
        case fixed([Trace])
        /// The condition tree decides it; its traces are worked out by `explain()`.
        case conditions(EvaluationContext, truth: Truth, treeTruth: Truth)
        /// The scheme's gate at this position failed and alone explains the `nee` (as `fixed`
        /// with its trace, which is worked out when asked).
        case failedGate(EvaluationContext, Int)
    }

    /// The condition tests that explain the status: all for `ja`, the unknown ones for
    /// `mogelijk`, the failing ones for `nee`. Walks the tree again for deferred evidence.
    func explainingTraces() -> [Trace] {
        switch evidence {
        case .fixed(let traces):
            return traces
        case .failedGate(let context, let k):
            return [ConditionEvaluator(facts: context.facts, resolver: resolver(context)).trace(scheme.gates[k])]
        case .conditions(let context, let truth, let treeTruth):
            let e = ConditionEvaluator(facts: context.facts, resolver: resolver(context))
            let gates = scheme.gates.map { e.trace($0) }
            var full = FullTrace()
            _ = e.evaluate(scheme.conditions, into: &full)
            switch truth {
            case .yes: return gates + full.keptTraces
            case .unknown: return gates.filter { $0.truth == .unknown } + (treeTruth == .unknown ? full.keptTraces : [])
            case .no: return full.keptTraces
            }
        }
    }

    /// Every test the walk evaluates, explaining or not, gates first: also a holding test that a
    /// `mogelijk` leaves out of its explanation (the case-coverage test looks for incomes exactly
    /// at a municipal limit this way). Outcomes not decided by their conditions give their
    /// explaining tests.
    func evaluatedTraces() -> [Trace] {
        guard case .conditions(let context, _, _) = evidence else { return explainingTraces() }
        let e = ConditionEvaluator(facts: context.facts, resolver: resolver(context))
        var full = FullTrace()
        _ = e.evaluate(scheme.conditions, into: &full)
        return scheme.gates.map { e.trace($0) } + full.traces
    }

    /// Whether `explain()` lists any uncertain figure (`onzeker`), worked out without its Dutch
    /// sentences: an uncertain figure of the amount, an uncertain or stale figure a test compares
    /// with, or a stale derived fact a test reads.
    var hasUncertainFigures: Bool {
        if !amountUncertain.isEmpty { return true }
        let traces = explainingTraces()
        for t in traces {
            if let d = t.reference?.dated, let p = t.reference?.parameter, UncertainFigure.text(p, d, on: day) != nil { return true }
        }
        guard case .conditions(let context, _, _) = evidence else { return false }
        return traces.contains { t in
            context.facts.stale[t.leaf.fact] != nil || t.reference?.fact.map { context.facts.stale[$0] != nil } == true
        }
    }

    /// The national defaults used for figures the municipality may set itself (only for
    /// outcomes decided by their conditions that are not `nee`).
    func municipalDefaults() -> [Note] {
        guard status != .nee, case .conditions(let context, _, _) = evidence else { return [] }
        let r = resolver(context)
        return scheme.usedParameterRefs.filter { $0.resolved.municipal && r.parameter($0) === $0.resolved }
            .map { ref in
                // A municipal figure with no national value (the IIT's amounts) is no "standard" to fall back on.
                let unset: Bool
                if case .unset? = ref.resolved.value(on: day)?.value { unset = true } else { unset = false }
                return .municipalDefault(ref.resolved, municipalityKnown: context.municipalityKnown, nationalUnset: unset)
            }
    }

    private func resolver(_ context: EvaluationContext) -> ParameterResolver {
        ParameterResolver(overrides: context.overrides[scheme.id], day: context.facts.peildatum)
    }
}

/// What all outcomes of one evaluation share: the facts and the municipality's own figures.
final class EvaluationContext: Sendable {
    let facts: FactSet
    let overrides: [String: [String: Parameter]]
    let municipalityKnown: Bool

    init(facts: FactSet, overrides: [String: [String: Parameter]], municipalityKnown: Bool) {
        self.facts = facts
        self.overrides = overrides
        self.municipalityKnown = municipalityKnown
    }
}
