/// Finds the figure a scheme uses on the peildatum: the municipality's own
/// figure first, then the scheme's or the national one (resolved when the catalogue was read).
struct ParameterResolver {
    let overrides: [String: Parameter]?
    let day: Day

    /// The parameter a reference points to: the municipality's own figure if it has one.
    func parameter(_ ref: ParameterRef) -> Parameter {
        if let overrides, let p = overrides[ref.name], p.value(on: day) != nil { return p }
        return ref.resolved
    }

    /// The candidate numbers of a parameter on the peildatum: one when the
    /// variant is known, all variants when the selecting fact is unknown.
    func values(_ ref: ParameterRef, facts: FactSet) -> (values: Limits, dated: DatedValue, parameter: Parameter, selectorMissing: [String])? {
        let p = parameter(ref)
        guard let dated = p.value(on: day) else { return nil }
        switch dated.value {
        case .number(let n):
            return (Limits(n), dated, p, [])
        case .variants(let variants):
            guard let selector = p.selector else { return nil }
            let fact = facts[selector]
            if let key = VariantKey.key(for: fact), let v = variants[key] { return (Limits(v), dated, p, []) }
            if fact.isKnown { return nil }
            return (Limits(variants.keys.sorted().compactMap { variants[$0] }), dated, p, fact.missing)
        case .table, .unset:
            return nil
        }
    }
}
