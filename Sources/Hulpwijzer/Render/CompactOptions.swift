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

    /// Whether a row shows this outcome.
    func shows(_ o: Outcome) -> Bool { shows(status: o.status, kind: o.scheme.kind, receives: o.receives) }

    /// Whether a row shows an answer. `--gemist` keeps the answers that are `ja` (or `mogelijk`,
    /// when asked) and not already received, for schemes that are money to claim.
    func shows(status: Status, kind: SchemeKind, receives: Bool?) -> Bool {
        if onlyMissed { return Self.missed(status: status, kind: kind, receives: receives, includePossible: missedIncludesPossible) }
        return includeNo || status != .nee
    }

    /// Money the household may miss: a scheme that is money to claim (`soort` `geld`), `ja` (or
    /// `mogelijk` when `includePossible`), not in `ontvangt`.
    static func missed(status: Status, kind: SchemeKind, receives: Bool?, includePossible: Bool) -> Bool {
        guard kind == .geld, receives != true else { return false }
        return status == .ja || includePossible && status == .mogelijk
    }

    /// Options for a library caller of `Renderer.render`.
    init(_ options: RenderOptions) {
        includeNo = options.includeNo
        onlyMissed = options.onlyMissed
    }

    init() {}
}
