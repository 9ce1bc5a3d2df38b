/// A figure used on a peildatum past the period it is known for: the last value of an amount
/// that is set each year (or each half year, when the catalogue has a 1 July value for it) is
/// not known for a later year or half year, so it is used as an uncertain figure with a reason.
///
/// Only amounts that are reset periodically count: the shared national figures
/// (`data/parameters/`, dotted names such as `pw.norm.alleenstaand`) and any figure the
/// catalogue already has more than one dated value for. A single policy amount of a scheme or
/// municipality (a fund's richtbedrag) may simply stay the same, so it is not called unknown.
extension Parameter {
    /// Why `dated` is not known on `day` ("bedrag van 2026; het bedrag voor 2027 is nog niet
    /// bekend"), or nil when it is: a later value exists, the peildatum is within its year or
    /// half year, the figure is no euro amount (percentages, ages and counts are not indexed),
    /// or it is not reset periodically.
    func staleness(of dated: DatedValue, on day: Day) -> String? {
        // A figure without a year is stale as a municipal figure (`isStale`), not by its period.
        guard isEuroAmount, isPeriodic, !dated.undated, dated === values.last, dated.from <= day else { return nil }
        let from = dated.from
        if isHalfYearly {
            let periodStart = { (d: Day) in Day(year: d.year, month: d.month < 7 ? 1 : 7, day: 1) ?? d }
            let known = periodStart(from), asked = periodStart(day)
            guard known < asked else { return nil }
            return "bedrag van \(known.dutch); het bedrag voor \(asked.dutch) is nog niet bekend"
        }
        guard from.year < day.year else { return nil }
        return "bedrag van \(from.year); het bedrag voor \(day.year) is nog niet bekend"
    }
}
