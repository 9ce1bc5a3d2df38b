/// What the engine works out once per catalogue and reuses for every household: answers that
/// depend only on the catalogue and a small key (a peildatum, a typed municipality name), never
/// on the household itself. Bounded, so that a caseload with many distinct keys does not grow it
/// without limit; past the bound the answer is computed each time (the same answer).
final class EvaluationMemo: Sendable {
    /// The most keys kept per table.
    static let limit = 4096

    /// Per peildatum: the derived facts computed with a national figure past its known period,
    /// with the reason (`FactComputer.markStaleFigures`).
    private let staleMarks = Mutex<[Day: [(FactID, String)]]>([:])
    /// Per typed `gemeente`: the municipality it resolves to (only names that resolve).
    private let municipalities = Mutex<[String: Municipality]>([:])

    /// The stale marks for `day`, from the table or computed by `make` (and kept).
    func staleMarks(on day: Day, _ make: () -> [(FactID, String)]) -> [(FactID, String)] {
        if let found = staleMarks.withLock({ $0[day] }) { return found }
        let made = make()
        staleMarks.withLock { if $0.count < Self.limit { $0[day] = made } }
        return made
    }

    /// The municipality `typed` resolves to, from the table or by `resolve` (kept when found).
    func municipality<E: Error>(_ typed: String, _ resolve: (String) throws(E) -> Municipality) throws(E) -> Municipality {
        if let found = municipalities.withLock({ $0[typed] }) { return found }
        let m = try resolve(typed)
        municipalities.withLock { if $0.count < Self.limit { $0[typed] = m } }
        return m
    }
}
