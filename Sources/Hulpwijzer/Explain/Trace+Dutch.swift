/// Dutch sentences for condition tests, showing the figures used:
/// "Het toetsingsinkomen (€ 17.000 per jaar) is niet hoger dan de inkomensgrens van € 40.857 per jaar (2026)."
extension Trace {
    /// A Dutch sentence explaining the test, with the figures used.
    public var sentence: String {
        if let q = manualQuestion { return "Niet te toetsen met de gegevens van het huishouden: \(q)" }
        let def = FactRegistry.all[leaf.fact]
        let label = (leaf.explanation ?? def.label).capitalizedFirst
        // "Nog onbekend: …" avoids agreement with labels that are clauses ("of er een partner is").
        let open = "Nog onbekend: " + (leaf.explanation ?? def.label).lowercasedFirstWordUnlessAcronym
        switch (leaf.op.kind, leaf.op.operand) {
        case (.isValue, .bool(let tested)):
            // Under a `niet` the scheme needs the opposite of what the test asks.
            let wanted = negated ? !tested : tested
            switch value {
            case .bool(let b): return "\(label): \(b ? "ja" : "nee")" + (b == wanted ? "." : "; nodig is \(wanted ? "ja" : "nee").")
            default: return "\(open) (nodig: \(wanted ? "ja" : "nee"))."
            }
        case (.oneOf, .texts(let options)), (.noneOf, .texts(let options)):
            let excluded = (leaf.op.kind == .noneOf) != negated
            let need = (excluded ? "niet " : "") + Dutch.list(options.map(Dutch.words), conjunction: "of")
            switch value {
            case .text(let t):
                return options.contains(t) != excluded ? "\(label): \(Dutch.words(t))." : "\(label): \(Dutch.words(t)); nodig is \(need)."
            default: return "\(open) (nodig: \(need))."
            }
        case (.contains, .texts(let items)), (.containsNone, .texts(let items)):
            let excluded = (leaf.op.kind == .containsNone) != negated
            let names = items.map(Self.benefit)
            switch value {
            case .list(let l):
                let found = l.filter(items.contains).map(Self.benefit)
                if excluded {
                    return found.isEmpty ? "\(label): geen \(Dutch.list(names, conjunction: "of"))." : "\(label): \(Dutch.list(found)); dat sluit deze regeling uit."
                }
                if found.count == items.count { return "\(label): \(Dutch.list(found))." }
                return "\(label): geen \(Dutch.list(names))" + (l.isEmpty ? "." : " (wel: \(Dutch.list(l.map(Self.benefit)))).")
            default:
                return "\(open) (" + (excluded ? "uitgesloten: \(Dutch.list(names, conjunction: "of"))" : "nodig: \(Dutch.list(names))") + ")."
            }
        default:
            return comparisonSentence(label: label, unit: def.unit)
        }
    }

    /// A benefit or scheme id as people write it: `ww` → "WW", `bijstand` → "bijstand".
    static func benefit(_ id: String) -> String {
        let names = ["ww": "WW", "wia": "WIA", "wga": "WGA", "iva": "IVA", "wao": "WAO", "waz": "WAZ", "wajong": "Wajong",
                     "ziektewet": "Ziektewet", "aow": "AOW", "aio": "AIO", "anw": "Anw", "ioaw": "IOAW", "ioaz": "IOAZ", "iow": "IOW",
                     "bbz": "Bbz", "toeslagenwet": "Toeslagenwet"]
        return names[id] ?? Dutch.words(id)
    }

    func referenceText() -> String {
        guard let r = reference else { return "?" }
        let figures = r.values.map { r.unit.format($0) }
        var text = figures.count == 1 ? figures[0] : figures.joined(separator: " of ")
        if let f = r.fact {
            return FactRegistry.all[f].label + (figures.isEmpty ? " (onbekend)" : " van \(text)")
        }
        if let p = r.parameter, let d = r.dated {
            let mark = r.staleness.map { ", onzeker: \($0)" } ?? (d.certainty == .onzeker || r.stale ? ", onzeker" : "")
            text = "\(p.description) van \(text) (\(d.yearText)\(mark))"
        }
        return text
    }

    private func comparisonSentence(label: String, unit: FactUnit) -> String {
        if let r = reference, let p = r.parameter, r.values.isEmpty, r.dated?.value == .unset {
            return "\(label)\(value.number.map { " (\(unit.format($0)))" } ?? ""): \(p.description) stelt de gemeente zelf vast; voor deze gemeente is die niet in hulpwijzer opgenomen."
        }
        let ref = referenceText()
        guard let v = value.number else {
            if let b = valueBound, truth != .unknown { return boundedValueSentence(label: label, unit: unit, bound: b, ref: ref) }
            return "\(label) is onbekend; de grens is \(ref)."
        }
        if let b = reference?.bound, let f = reference?.fact, truth != .unknown {
            return boundedLimitSentence(label: label, shown: unit.format(v), limit: FactRegistry.all[f], bound: b)
        }
        if reference?.fact != nil, reference?.values.isEmpty ?? true {
            return "\(label) is \(unit.format(v)); \(ref) is nog niet te bepalen."
        }
        var shown = Self.distinct(v, from: reference.map { Array($0.values) } ?? [], unit: unit)
        if case .estimate(_, let basis) = value { shown = "ca. \(shown), \(basis)" }
        if truth == .unknown {
            if estimateTooClose {
                return "\(label) (\(shown)) ligt te dicht bij \(ref) om op een schatting te beslissen; vul het toetsingsinkomen in."
            }
            return "\(label) (\(shown)) hangt af van \(selectorMissing.joined(separator: ", ")): \(ref)."
        }
        return "\(label) (\(shown)) \(says) \(ref)."
    }

    /// The value as shown, with as many decimals as it takes not to look equal to a limit it
    /// differs from: "(130,001%) is hoger dan de inkomensgrens van 130%", not "(130%) is hoger
    /// dan … 130%". Only percentages, which are shown with one decimal, need this.
    static func distinct(_ value: Double, from limits: [Double], unit: FactUnit) -> String {
        guard unit == .procent else { return unit.format(value) }
        var decimals = 1
        while decimals < 4, limits.contains(where: { $0 != value && Format.number($0, decimals: decimals) == Format.number(value, decimals: decimals) }) {
            decimals += 1
        }
        return Format.number(value, decimals: decimals) + "%"
    }

    /// "is niet hoger dan" / "is hoger dan": the relation the test found, said as the law says
    /// it ("minimaal" and "maximaal" as their negation).
    private var says: String {
        let (relation, positive): (String, Bool)
        switch leaf.op.kind {
        case .atLeast: (relation, positive) = ("lager dan", false)
        case .atMost: (relation, positive) = ("hoger dan", false)
        case .greaterThan: (relation, positive) = ("hoger dan", true)
        case .lessThan: (relation, positive) = ("lager dan", true)
        default: (relation, positive) = ("gelijk aan", true)
        }
        return positive == (truth == .yes) ? "is \(relation)" : "is niet \(relation)"
    }

    /// Whether the value lies above the range of the other side (else below it).
    private var valueIsAbove: Bool {
        switch leaf.op.kind {
        case .atMost, .lessThan: return truth == .no
        default: return truth == .yes
        }
    }

    /// A test decided by the range of an unknown compared fact: "… is hoger dan de
    /// bijstandsnorm: ook met medebewoners (kostendelers) is die niet hoger dan € 1.331,43 per maand."
    private func boundedLimitSentence(label: String, shown: String, limit: FactDefinition, bound: FactBound) -> String {
        let side = valueIsAbove ? bound.high.map { "niet hoger dan \(limit.unit.format($0))" } : bound.low.map { "niet lager dan \(limit.unit.format($0))" }
        return "\(label) (\(shown)) \(says) \(limit.label): \(bound.because) is die \(side ?? "onbekend")."
    }

    /// A test decided by the range of the unknown tested fact: "… is onbekend, maar ook met
    /// medebewoners (kostendelers) minstens 123,9%, dus hoger dan de inkomensgrens van 110% (2026)."
    private func boundedValueSentence(label: String, unit: FactUnit, bound: FactBound, ref: String) -> String {
        let side = valueIsAbove ? bound.low.map { "minstens \(unit.format($0))" } : bound.high.map { "ten hoogste \(unit.format($0))" }
        return "\(label) is onbekend, maar \(bound.because) \(side ?? "begrensd"), dus \(says.dropFirst(3)) \(ref)."
    }
}
