/// Derived facts computed with a national figure past its known period (a 2027 peildatum with
/// the 2026 norms): each fact of such a unit carries the reason, so every outcome that tests or
/// computes with it lists the figure as uncertain (`Parameter.staleness`).
extension FactComputer {
    func markStaleFigures(_ facts: inout FactSet) {
        // The marks depend only on the catalogue and the peildatum: worked out once per date.
        let marks = memo?.staleMarks(on: day) { Self.staleMarks(globals, on: day) } ?? Self.staleMarks(globals, on: day)
        for (id, text) in marks { facts.markStale(id, text) }
    }

    /// Each derived fact whose unit reads a national figure past its known period on `day`, with the reason.
    static func staleMarks(_ globals: ParameterStore, on day: Day) -> [(FactID, String)] {
        var marks: [(FactID, String)] = []
        for unit in DerivedFact.all {
            var reason: String?
            for name in unit.parameters {
                guard let p = globals[name], let dated = p.value(on: day), let stale = p.staleness(of: dated, on: day) else { continue }
                reason = stale
                break
            }
            guard let reason else { continue }
            for fact in unit.produces {
                if let id = FactRegistry.id(fact.name) { marks.append((id, "\(unit.concept) (\(reason))")) }
            }
        }
        return marks
    }
}
