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
    /// Per municipality code: its part of the catalogue indexed by national scheme position.
    private let localIndexes = Mutex<[String: LocalIndex]>([:])

    /// A municipality's deviations looked up once per national scheme, and its own schemes'
    /// places in name order, so that an evaluation hashes no scheme ids.
    struct LocalIndex: Sendable {
        /// Per national scheme (by position): the municipality's own figures for it, if any.
        let overrides: [[String: Parameter]?]
        /// Per national scheme (by position): the municipality does not offer it.
        let notOffered: [Bool]
        /// Per national scheme (by position): the local scheme that takes its place, by name.
        let replacedBy: [String?]
        /// Per national scheme (by position): the kind of policy it stands for, when the
        /// municipality's file says that was looked for and not found and gives no own figure for it.
        let policyNotFound: [NotFound?]
        /// Per local scheme (by position in `LocalCatalogue.schemes`): its place in (name, id) order.
        let localRank: [Int]

        /// Why national scheme `i` is not given in municipality `m`, if it is not.
        func notHere(_ i: Int, in m: Municipality) -> Verdict.NotHere? {
            if let name = replacedBy[i] { return .replacedBy(name) }
            return notOffered[i] ? .notOffered(m.name) : nil
        }

        init(_ local: LocalCatalogue, national: [Scheme]) {
            overrides = national.map { local.overrides[$0.id] }
            notOffered = national.map { local.notOffered.contains($0.id) }
            replacedBy = national.map { local.replacedBy[$0.id] }
            let searched = local.notFound.filter(\.limitsEntitlement)
            policyNotFound = national.map { scheme in
                searched.first { LocalCatalogue.kindSchemes($0.kind).contains(scheme.id) }
            }
            var rank = [Int](repeating: 0, count: local.schemes.count)
            let order = local.schemes.indices.sorted { (local.schemes[$0].name, local.schemes[$0].id) < (local.schemes[$1].name, local.schemes[$1].id) }
            for (r, i) in order.enumerated() { rank[i] = r }
            localRank = rank
        }
    }

    /// The stale marks for `day`, from the table or computed by `make` (and kept).
    func staleMarks(on day: Day, _ make: () -> [(FactID, String)]) -> [(FactID, String)] {
        if let found = staleMarks.withLock({ $0[day] }) { return found }
        let made = make()
        staleMarks.withLock { if $0.count < Self.limit { $0[day] = made } }
        return made
    }

    /// Per peildatum: the derived units' figures.
    private let dayFigures = Mutex<[Day: DayFigures]>([:])

    /// The derived units' figures on `day`, resolved once per day.
    func figures(on day: Day, _ globals: ParameterStore) -> DayFigures {
        if let found = dayFigures.withLock({ $0[day] }) { return found }
        let made = DayFigures(globals: globals, day: day)
        dayFigures.withLock { if $0.count < Self.limit { $0[day] = made } }
        return made
    }

    /// The index of a municipality's part of the catalogue (kept per code: the catalogue reads each part once).
    func localIndex(_ local: LocalCatalogue, national: [Scheme]) -> LocalIndex {
        if let found = localIndexes.withLock({ $0[local.code] }) { return found }
        let made = LocalIndex(local, national: national)
        localIndexes.withLock { if $0.count < Self.limit { $0[local.code] = made } }
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
