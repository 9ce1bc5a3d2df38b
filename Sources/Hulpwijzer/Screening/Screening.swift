/// One household screened: per scheme its status, the estimated amount, the facts that would
/// settle it and whether the household already receives it — the answers of
/// `Engine.evaluate`, in its order, without explanations (ask `evaluate` for those). Made for
/// caseloads: both walk the same compiled programs, but `screen` makes no outcomes (no notes,
/// amount steps or deferred explanations), which saves about a third of the time.
public struct Screening: Sendable {
    /// One scheme's answer.
    public struct Item: Sendable {
        /// The scheme.
        public let scheme: Scheme
        /// Its status.
        public let status: Status
        /// The estimated amount per month (for schemes paid per month, quarter or year).
        public let perMonth: Money?
        /// The estimated amount per year (for schemes paid per month, quarter or year).
        public let perYear: Money?
        /// The estimated amount per quarter (for schemes paid per quarter).
        public let perQuarter: Money?
        /// The estimated one-off amount (for schemes paid once).
        public let once: Money?
        /// The JSON paths of the facts that would settle a `mogelijk`.
        public let missing: [String]
        /// Whether the household's `ontvangt` lists it (nil when `ontvangt` is not given).
        public let receives: Bool?
    }

    /// The household's `id`.
    public let id: String?
    /// The peildatum used.
    public let peildatum: Day
    /// The municipality, if given.
    public let municipality: Municipality?
    /// Every candidate scheme: `ja` first, then `mogelijk`, then `nee`; national before local; by name.
    public let items: [Item]
}

extension Engine {
    /// Screens a household: the statuses, amounts, missing facts and `ontvangt` of `evaluate`,
    /// for the same household and options, with the same errors.
    public func screen(_ household: Household, options: Options = Options()) throws(EvaluationError) -> Screening {
        var screener = Screener(catalogue: catalogue, options: options)
        try screener.screen(household)
        return screener.screening(id: household.id)
    }

    /// Screens many households in order with one screener (its buffers and plans reused from
    /// household to household): per household its screening or its error, as `screen(_:options:)` gives.
    public func screen<S: Sequence>(_ households: S, options: Options = Options()) -> [Result<Screening, EvaluationError>] where S.Element == Household {
        var screener = Screener(catalogue: catalogue, options: options)
        return households.map { h in
            do throws(EvaluationError) {
                try screener.screen(h)
                return .success(screener.screening(id: h.id))
            } catch {
                return .failure(error)
            }
        }
    }
}

extension Screener {
    /// The last household's answers as a `Screening`.
    func screening(id: String?) -> Screening {
        let list = items.map { it in
            Screening.Item(scheme: scheme(it), status: it.status, perMonth: Item.money(it.perMonth), perYear: Item.money(it.perYear),
                           perQuarter: Item.money(it.perQuarter), once: Item.money(it.once),
                           missing: Array(paths[Int(it.missing.lowerBound)..<Int(it.missing.upperBound)]),
                           receives: it.receives < 0 ? nil : it.receives == 1)
        }
        return Screening(id: id, peildatum: plan!.day, municipality: plan!.municipality, items: list)
    }
}

extension Screener {
    /// An item as a row of the batch formats.
    func row(_ it: Item) -> AnswerRow {
        return AnswerRow(scheme: scheme(it), status: it.status, perMonth: Item.money(it.perMonth), perYear: Item.money(it.perYear), once: Item.money(it.once),
                         receives: it.receives < 0 ? nil : it.receives == 1, missing: paths[Int(it.missing.lowerBound)..<Int(it.missing.upperBound)])
    }

    /// Whether the item's explanation names an uncertain figure (the CSV's `onzeker`), as
    /// `Outcome.hasUncertainFigures` says: an uncertain figure the amount used, or a test among the
    /// traces that explain the status (`Outcome.explainingTraces`) that compares with an uncertain
    /// figure or reads a stale fact. Decided from the plan when it can be; otherwise the traces'
    /// tests are found again with the explanation's rules (`FullTrace`).
    func hasUncertainFigures(_ it: Item, household: Household) -> Bool {
        switch it.uncertain {
        case 0: return false
        case 1: return true
        default: break
        }
        guard let plan, let facts else { return false }
        let e = plan.entries[Int(it.entry)]
        // Not offered here: no traces explain it.
        if e.notHere != 0 { return false }
        let program = e.isLocal ? plan.localProgram! : plan.national
        var run = Run(program, plan, scratch, facts)
        return withExtendedLifetime((program, plan)) { run.explanationIsUncertain(it, e) }
    }
}
