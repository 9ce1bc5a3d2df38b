/// What a batch format needs beyond `RenderOptions`: which outcomes a row shows, the
/// catalogue version written into every compact line, and the CSV flavour's choices.
struct CompactOptions: Sendable {
    /// Also the `nee` outcomes (`--alle`).
    var includeNo = false
    /// Only the money the household misses (`--gemist`): see `shows(_:)`.
    var onlyMissed = false
    /// With `onlyMissed`: also the `mogelijk` outcomes (`--ook-mogelijk`).
    var missedIncludesPossible = false
    /// The catalogue version (`CatalogueVersion`), written in every compact line; nil: left out.
    var catalogue: String?

    /// The outcomes a row shows, in the evaluation's order.
    func shown(_ e: Evaluation) -> [Outcome] { e.outcomes.filter(shows) }

    /// Whether a row shows this outcome. `--gemist` keeps the outcomes that are `ja` (or
    /// `mogelijk`, when asked) and not already received, for schemes that are money to claim.
    func shows(_ o: Outcome) -> Bool {
        if onlyMissed { return Self.missed(o, includePossible: missedIncludesPossible) }
        return includeNo || o.status != .nee
    }

    /// Money the household may miss: a scheme that is money to claim (`soort` `geld`), `ja` (or `mogelijk` when
    /// `includePossible`), not in `ontvangt`.
    static func missed(_ o: Outcome, includePossible: Bool) -> Bool {
        guard o.scheme.kind == .geld, o.receives != true else { return false }
        return o.status == .ja || includePossible && o.status == .mogelijk
    }

    /// The estimated amount per year (or once), nil when unknown.
    static func yearly(_ o: Outcome) -> Money? {
        guard let a = o.amount else { return nil }
        if let y = a.perYear { return y }
        if let once = a.once { return once }
        if let m = a.perMonth { return m * 12 }
        return nil
    }

    /// Options for a library caller of `Renderer.render`.
    init(_ options: RenderOptions) {
        includeNo = options.includeNo
        onlyMissed = options.onlyMissed
    }

    init() {}
}
