/// Indexes schemes by id and by their gate tests (household characteristics
/// such as "has children" or "has reached the AOW age"), so that a query
/// decides each distinct gate once and skips the condition trees of schemes
/// whose gate fails.
struct CatalogueIndex: Sendable {
    let byID: [String: Int]
    /// Distinct gate tests, and for each scheme the positions of its gates in `gates`.
    let gates: [Condition.Leaf]
    let gatesOfScheme: [[Int]]

    init(schemes: [Scheme]) {
        var byID: [String: Int] = [:]
        var gates: [Condition.Leaf] = []
        var gatesOfScheme: [[Int]] = []
        for (i, s) in schemes.enumerated() {
            byID[s.id] = i
            var mine: [Int] = []
            for g in s.gates {
                // Gates compare with literals or national figures; scheme-local figures stay per scheme.
                if let k = gates.firstIndex(where: { $0.fact == g.fact && $0.op == g.op && $0.explanation == g.explanation && $0.op.parameterName == nil }) {
                    mine.append(k)
                } else {
                    gates.append(g)
                    mine.append(gates.count - 1)
                }
            }
            gatesOfScheme.append(mine)
        }
        self.byID = byID
        self.gates = gates
        self.gatesOfScheme = gatesOfScheme
    }
}
