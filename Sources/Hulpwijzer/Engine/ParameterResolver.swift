/// Finds the figure a scheme uses on the peildatum: the municipality's own
/// figure first, then the scheme's, then the national one.
struct ParameterResolver {
    let scheme: Scheme?
    let overrides: [String: Parameter]?
    let globals: ParameterStore
    let day: Day

    /// The parameter and whether it is a national default the municipality may change.
    func parameter(_ name: String) -> (Parameter, defaultForMunicipality: Bool)? {
        if let p = overrides?[name], p.value(on: day) != nil { return (p, false) }
        if let p = scheme?.parameters[name] { return (p, p.municipal) }
        if let p = globals[name] { return (p, p.municipal) }
        return nil
    }

    /// The candidate numbers of a parameter on the peildatum: one when the
    /// variant is known, all variants when the selecting fact is unknown.
    func values(_ name: String, facts: FactSet) -> (values: [Double], dated: DatedValue, parameter: Parameter, selectorMissing: [String])? {
        guard let (p, _) = parameter(name), let dated = p.value(on: day) else { return nil }
        switch dated.value {
        case .number(let n):
            return ([n], dated, p, [])
        case .variants(let variants):
            guard let selector = p.selector else { return nil }
            let fact = facts[selector]
            if let key = VariantKey.key(for: fact), let v = variants[key] { return ([v], dated, p, []) }
            if fact.isKnown { return nil }
            return (variants.keys.sorted().compactMap { variants[$0] }, dated, p, fact.missing)
        case .table, .unset:
            return nil
        }
    }
}
