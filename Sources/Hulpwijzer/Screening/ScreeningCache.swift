/// The compiled programs and plans of one catalogue, made when first needed (never at start-up:
/// a single `check` does not screen) and kept: the national program once, each municipality's
/// program once, and a bounded number of plans per (peildatum, municipality, category filter).
final class ScreeningCache: Sendable {
    /// The most plans kept; past it a plan is built for each household (the same plan).
    static let planLimit = 4096

    private let nationalProgram = Mutex<ScreeningProgram?>(nil)
    private let localPrograms = Mutex<[String: ScreeningProgram]>([:])
    private let plans = Mutex<[PlanKey: ScreeningPlan]>([:])
    private let bases = Mutex<[PlanKey: ScreeningPlan.Base]>([:])

    /// Buffers of screeners that `Engine.evaluate` used, at rest for the next evaluation.
    private let resting = Mutex<[Screener.Buffers]>([])
    /// The most buffers kept at rest (about one per thread that evaluates at the same time).
    static let restingLimit = 8

    /// Resting buffers for a new screener, if there are any.
    func restingBuffers() -> Screener.Buffers? { resting.withLock { $0.popLast() } }

    /// Puts a screener's buffers at rest.
    func rest(_ buffers: Screener.Buffers) { resting.withLock { if $0.count < Self.restingLimit { $0.append(buffers) } } }

    private struct PlanKey: Hashable {
        var day: Day
        var municipality: String?
        /// The category filter, one bit per category.
        var categories: Int
    }

    /// The national schemes' program.
    func national(_ catalogue: Catalogue) -> ScreeningProgram {
        if let p = nationalProgram.withLock({ $0 }) { return p }
        let made = ScreeningProgram(catalogue.schemes)
        nationalProgram.withLock { if $0 == nil { $0 = made } }
        return made
    }

    /// The program of a municipality's own schemes.
    func local(_ local: LocalCatalogue) -> ScreeningProgram {
        if let p = localPrograms.withLock({ $0[local.code] }) { return p }
        let made = ScreeningProgram(local.schemes)
        localPrograms.withLock { $0[local.code] = made }
        return made
    }

    /// The plan for a day and municipality.
    func plan(_ catalogue: Catalogue, day: Day, options: Engine.Options, municipality: Municipality?, local: LocalCatalogue?) -> ScreeningPlan {
        let key = PlanKey(day: day, municipality: municipality?.code, categories: Category.allCases.indices.reduce(0) { options.categories.contains(Category.allCases[$1]) ? $0 | 1 << $1 : $0 })
        if let p = plans.withLock({ $0[key] }) { return p }
        let dayKey = PlanKey(day: day, municipality: nil, categories: key.categories)
        let base = bases.withLock { $0[dayKey] } ?? {
            let made = ScreeningPlan.Base(catalogue: catalogue, national: national(catalogue), day: day, categories: options.categories)
            bases.withLock { if $0.count < Self.planLimit { $0[dayKey] = made } }
            return made
        }()
        let made = ScreeningPlan(catalogue: catalogue, base: base, national: national(catalogue), localProgram: local.map(self.local),
                                 municipality: municipality, local: local)
        plans.withLock { if $0.count < Self.planLimit { $0[key] = made } }
        return made
    }
}
