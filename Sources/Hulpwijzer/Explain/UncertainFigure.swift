/// How a figure used for an outcome is listed among its uncertain figures (`onzeker`): with its
/// year, and for a municipal figure from an earlier year than the peildatum's, with the warning
/// that the municipality may have changed it since, and for an amount used past the period it is
/// known for, with that reason (`Parameter.staleness`).
enum UncertainFigure {
    /// The Dutch text for the figure `dated` of `parameter` used on `day`, or nil when the
    /// figure is neither marked `onzeker` nor stale.
    static func text(_ parameter: Parameter, _ dated: DatedValue, on day: Day) -> String? {
        if parameter.isStale(dated, on: day) {
            return "\(parameter.description) (uit \(dated.from.year), mogelijk sindsdien door de gemeente gewijzigd)"
        }
        if let stale = parameter.staleness(of: dated, on: day) { return "\(parameter.description) (\(stale))" }
        return dated.certainty == .onzeker ? "\(parameter.description) (\(dated.from.year))" : nil
    }
}
