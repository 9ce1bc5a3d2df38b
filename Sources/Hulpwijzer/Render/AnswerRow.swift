/// What the batch formats and the caseload report read of one scheme's answer, from either
/// source: an `Outcome` of `Engine.evaluate` or an item of the screener. Each format writes its
/// rows from this one shape, so the two sources give the same bytes.
struct AnswerRow {
    let scheme: Scheme
    let status: Status
    let perMonth: Money?
    let perYear: Money?
    let once: Money?
    let receives: Bool?
    let missing: ArraySlice<String>

    init(_ o: Outcome) {
        scheme = o.scheme
        status = o.status
        perMonth = o.amount?.perMonth
        perYear = o.amount?.perYear
        once = o.amount?.once
        receives = o.receives
        missing = o.missing[...]
    }

    init(scheme: Scheme, status: Status, perMonth: Money?, perYear: Money?, once: Money?, receives: Bool?, missing: ArraySlice<String>) {
        self.scheme = scheme
        self.status = status
        self.perMonth = perMonth
        self.perYear = perYear
        self.once = once
        self.receives = receives
        self.missing = missing
    }

    /// The estimated amount per year (or once), nil when unknown.
    var yearly: Money? { perYear ?? once ?? perMonth.map { $0 * 12 } }
}

/// The household part of a batch row: the input line, the `id`, the peildatum and the municipality.
struct RowHousehold {
    let line: Int
    let id: String?
    let peildatum: Day
    let municipality: Municipality?

    init(line: Int, _ e: Evaluation) {
        self.line = line
        id = e.id
        peildatum = e.peildatum
        municipality = e.municipality
    }

    init(line: Int, id: String?, peildatum: Day, municipality: Municipality?) {
        self.line = line
        self.id = id
        self.peildatum = peildatum
        self.municipality = municipality
    }
}
