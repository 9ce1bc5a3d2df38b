/// How a figure used for an outcome is listed among its uncertain figures (`onzeker`): with its
/// year, and for a municipal figure from an earlier year than the peildatum's, with the warning
/// that the municipality may have changed it since, and for an amount used past the period it is
/// known for, with that reason (`Parameter.staleness`).
enum UncertainFigure {
    /// The Dutch text for the figure `dated` of `parameter` used on `day`, or nil when the
    /// figure is neither marked `onzeker` nor stale.
    static func text(_ parameter: Parameter, _ dated: DatedValue, on day: Day) -> String? {
        guard isUncertain(parameter, dated, on: day) else { return nil }
        if parameter.isStale(dated, on: day) {
            if dated.undated { return "\(parameter.description) (de bron noemt geen jaar; mogelijk niet meer actueel)" }
            return "\(parameter.description) (uit \(dated.from.year), mogelijk sindsdien door de gemeente gewijzigd)"
        }
        if let stale = parameter.staleness(of: dated, on: day) { return "\(parameter.description) (\(stale))" }
        return dated.certainty == .onzeker ? "\(parameter.description) (\(dated.from.year))" : nil
    }

    /// Whether `text` gives a text, decided without building it (the evaluation asks this for
    /// every figure it uses; the text is made only when an explanation is read).
    static func isUncertain(_ parameter: Parameter, _ dated: DatedValue, on day: Day) -> Bool {
        parameter.isStale(dated, on: day) || dated.certainty == .onzeker || parameter.staleness(of: dated, on: day) != nil
    }

    /// An uncertain figure an amount used, kept as its source until someone reads it.
    enum Source: Sendable {
        /// A dated parameter figure (worded by `text`).
        case figure(Parameter, DatedValue)
        /// A stale derived fact, already worded.
        case fact(String)

        func same(as other: Source) -> Bool {
            switch (self, other) {
            case (.figure(let p, let d), .figure(let q, let e)): return p === q && d === e
            case (.fact(let a), .fact(let b)): return a == b
            default: return false
            }
        }

        /// The Dutch text on `day`.
        func text(on day: Day) -> String? {
            switch self {
            case .figure(let p, let d): return UncertainFigure.text(p, d, on: day)
            case .fact(let t): return t
            }
        }
    }
}

extension Array where Element == UncertainFigure.Source {
    /// Adds a source unless the same one is listed already: an amount names each uncertain figure once.
    mutating func appendOnce(_ source: UncertainFigure.Source) {
        if !contains(where: { $0.same(as: source) }) { append(source) }
    }
}
