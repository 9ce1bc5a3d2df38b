/// Why an outcome is what it is, worked out once by `Outcome.explain()`: the deciding
/// tests, the Dutch sentences for them and for the outcome's notes, and the figures used.
public struct Explanation: Sendable {
    /// The condition tests that decide the status, as structured traces.
    public let traces: [Trace]
    /// Dutch sentences explaining the status, with the figures used.
    public let reasons: [String]
    /// Figures used for this outcome that are marked `onzeker` in the catalogue.
    public let uncertainFigures: [String]
    /// A test or the amount used an estimated fact (e.g. the toetsingsinkomen from net income).
    public let usesEstimate: Bool
    /// How the amount is computed (the scheme's explanation), or why it is not known for this date.
    public let amountNote: String?
}

extension Outcome {
    /// Works out the explanation. For an outcome decided by its conditions this walks the
    /// condition tree again (recording every test), so call it once per outcome.
    public func explain() -> Explanation {
        var traces = explainingTraces()
        for i in traces.indices {
            if let d = traces[i].reference?.dated, let p = traces[i].reference?.parameter, p.isStale(d, on: day) { traces[i].reference?.stale = true }
        }
        var reasons = Self.sentences(traces)
        for n in notes { reasons += n.sentences(for: scheme) }
        if status != .nee, case .conditions = evidence {
            reasons += ApplicationNotes.notes(for: scheme, on: day)
            for n in municipalDefaults() { reasons += n.sentences(for: scheme) }
        }
        var uncertain: [String] = []
        for source in amountUncertain { if let text = source.text(on: day), !uncertain.contains(text) { uncertain.append(text) } }
        for (p, d) in Self.referencedFigures(traces) {
            if let text = UncertainFigure.text(p, d, on: day), !uncertain.contains(text) { uncertain.append(text) }
        }
        if case .conditions(let context, _, _) = evidence {
            for t in traces {
                for id in [t.leaf.fact] + (t.reference?.fact.map { [$0] } ?? []) {
                    if let stale = context.facts.stale[id], !uncertain.contains(stale) { uncertain.append(stale) }
                }
            }
        }
        let usesEstimate = amountUsedEstimate || traces.contains { if case .estimate = $0.value { return true } else { return false } }
        return Explanation(traces: traces, reasons: reasons, uncertainFigures: uncertain, usesEstimate: usesEstimate,
                           amountNote: amountNote)
    }

    /// The sentences of the traces, each once; the alternatives of an open `een_van` as one
    /// sentence ("Een van de volgende moet kloppen — … Of: …"), so they do not read as
    /// requirements that contradict each other.
    static func sentences(_ traces: [Trace]) -> [String] {
        var out: [String] = []
        var k = 0
        while k < traces.count {
            var sentence = traces[k].sentence
            if let group = traces[k].alternative {
                var parts = [sentence]
                while k + 1 < traces.count, traces[k + 1].alternative == group {
                    k += 1
                    let next = traces[k].sentence
                    if !parts.contains(next) { parts.append(next) }
                }
                if parts.count > 1 { sentence = "Een van de volgende moet kloppen — " + parts.joined(separator: " Of: ") }
            }
            if !out.contains(sentence) { out.append(sentence) }
            k += 1
        }
        return out
    }

    private var amountNote: String? {
        guard let rule = scheme.amount else { return nil }
        if let from = rule.validFrom, day < from {
            return "De bedragen voor deze peildatum staan niet in de catalogus (de bronnen geven ze niet); bedragen vanaf \(from.dutch)."
        }
        return rule.note
    }
}

/// How old the municipal figures behind an outcome may be: from an earlier year, or of no known year.
public enum StaleFigureAge: Sendable, Equatable {
    /// The oldest is from this year.
    case year(Int)
    /// One of them has no year in its source.
    case undated
}

extension Outcome {
    /// The earliest year of a municipal figure this outcome used that dates from before the
    /// peildatum's year (the municipality may have changed it since), or nil when there is none:
    /// what the one-screen overview says next to the scheme ("cijfers uit 2021").
    /// A figure whose source gives no year does not count here; `oldestStaleMunicipalFigure` says both.
    public var oldestStaleMunicipalYear: Int? {
        staleMunicipalFigures().filter { !$0.undated }.map(\.from.year).min()
    }

    /// What the overview says of the municipal figures this outcome used that may have changed:
    /// `.undated` when one of them has no year in its source, else the earliest year, else nil.
    public var oldestStaleMunicipalFigure: StaleFigureAge? {
        let stale = staleMunicipalFigures()
        if stale.contains(where: \.undated) { return .undated }
        return stale.map(\.from.year).min().map { .year($0) }
    }

    /// The municipal figures (of the amount and of the explaining tests) stale on the peildatum.
    private func staleMunicipalFigures() -> [DatedValue] {
        var used: [(Parameter, DatedValue)] = []
        for case .figure(let p, let d) in amountUncertain { used.append((p, d)) }
        used += Self.referencedFigures(explainingTraces())
        return used.filter { p, d in p.isStale(d, on: day) }.map(\.1)
    }

    /// The dated parameter figures the tests compared with.
    static func referencedFigures(_ traces: [Trace]) -> [(Parameter, DatedValue)] {
        traces.compactMap { t in
            guard let p = t.reference?.parameter, let d = t.reference?.dated else { return nil }
            return (p, d)
        }
    }
}
