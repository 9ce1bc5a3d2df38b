/// A named intermediate value of an amount (`bedrag.stappen`): computed once per
/// outcome, usable by later steps and the final formula, with its legal basis.
///
/// `{"naam": "rekenhuur", "formule": "min(woning.kale_huur_per_maand, rekengrens)", "artikel": "Wht art. 13 lid 1"}`
public struct AmountStep: Sendable, Equatable {
    /// What a step's value is, for showing it: money or a plain number.
    public enum Unit: String, Sendable, CaseIterable { case euro, getal }

    /// The step's name (`naam`), used by later formulas.
    public var name: String
    /// The step's formula; it may use the names of earlier steps.
    public var formula: Expression
    /// The formula as written in the catalogue.
    public var formulaText: String
    /// What the step is, in Dutch (`uitleg`).
    public var explanation: String?
    /// The article of the law the step implements (`artikel`), e.g. `Wht art. 13 lid 1`.
    public var article: String?
    /// Whether the value is an amount in euro (the default) or a plain number (`eenheid`).
    public var unit: Unit
}

/// The value of one step for one outcome.
public enum StepValue: Sendable, Equatable {
    /// The final formula did not need the step for this household (an `als` branch not taken).
    case notNeeded
    /// A fact or figure the step needs is unknown.
    case unknown
    /// The computed value, in the unit of the formula (not rounded).
    case value(Double)
}

extension AmountRule {
    /// The parameters the steps and the final formula use, each once, in the order
    /// in which the formula written out in full would use them.
    public var parameterRefs: [ParameterRef] {
        var refs: [ParameterRef] = []
        var visited = [Bool](repeating: false, count: steps.count)
        func walk(_ e: Expression) {
            switch e {
            case .parameter(let p): if !refs.contains(p) { refs.append(p) }
            case .step(let k):
                guard !visited[k] else { return }
                visited[k] = true
                walk(steps[k].formula)
            default: e.children.forEach(walk)
            }
        }
        walk(formula)
        return refs
    }

    /// The names of the parameters the steps and the final formula use.
    public var parameterNames: [String] { parameterRefs.map(\.name) }
}
