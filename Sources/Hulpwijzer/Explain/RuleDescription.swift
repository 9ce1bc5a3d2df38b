/// A scheme's rule without a household, as data: who executes it, its legal basis, its
/// conditions as requirements with the figures in force on a date, the amount rule, the figures
/// used and where to apply. `hulpwijzer uitleg REGELING` prints it as text; `GET
/// /api/uitleg/{id}` returns it as JSON. Both are built from this one description.
struct RuleDescription {
    /// One requirement: its text and its indentation in spaces (four per nesting level).
    struct Requirement {
        var indent: Int
        var text: String
        /// How deep it is nested: 0 for a top-level condition.
        var depth: Int { indent / 4 }
    }

    /// The scheme described.
    let scheme: Scheme
    /// The date whose figures are shown.
    let day: Day
    /// The conditions, gates first, as requirements with the figures in force.
    let requirements: [Requirement]
    /// The figures of the scheme in force on `day`, as sentences.
    let figures: [String]
    /// What to know when applying on `day` (for example the deadline for claims over last year).
    let applicationNotes: [String]

    /// The rule of `scheme` on `day`, with the municipality's own figures from `local`.
    init(_ scheme: Scheme, globals: ParameterStore, local: LocalCatalogue?, on day: Day) {
        self.scheme = scheme
        self.day = day
        let overrides = local?.overrides[scheme.id]
        // With an empty household every test is open; the traces carry the figures in force.
        let facts = FactComputer(household: Household(), day: day, globals: globals).compute()
        let evaluator = ConditionEvaluator(facts: facts, resolver: ParameterResolver(overrides: overrides, day: day))
        requirements = RuleText.conditions(scheme, evaluator: evaluator).map { line in
            let indent = line.prefix { $0 == " " }.count
            return Requirement(indent: indent, text: String(line.dropFirst(indent)))
        }
        figures = RuleText.figures(scheme, overrides: overrides, on: day).map { String($0.dropFirst(2)) }
        applicationNotes = ApplicationNotes.notes(for: scheme, on: day)
    }

    /// The scheme `id` among the national schemes and the municipality's own, preferring the
    /// version in force on `day`; `nil` if there is none.
    static func scheme(_ id: String, in catalogue: Catalogue, local: LocalCatalogue?, on day: Day) -> Scheme? {
        let candidates = catalogue.schemes + (local?.schemes ?? [])
        return candidates.first { $0.id == id && $0.validFrom <= day && ($0.validUntil.map { day <= $0 } ?? true) }
            ?? candidates.first { $0.id == id }
    }

    /// The Dutch message for an unknown scheme id, with a suggestion; `municipalityHint` says how
    /// to give the municipality ("geef ook --gemeente") and is added when the id looks municipal
    /// and none was given.
    static func unknownMessage(_ id: String, in catalogue: Catalogue, local: LocalCatalogue?, municipalityHint: String?) -> String {
        let ids = catalogue.schemes.map(\.id) + (local?.schemes.map(\.id) ?? [])
        var message = "\(Quoted.text(id)) is geen regeling in de catalogus." + Suggest.didYouMean(id, in: ids)
        if id.hasPrefix("gm"), let hint = municipalityHint { message += " Een gemeentelijke regeling: \(hint)." }
        return message
    }

    /// The rule as the text `hulpwijzer uitleg` prints.
    var text: String {
        let s = scheme
        let wrap = { (text: String, indent: String) in TextRenderer.wrap(text, indent: indent) }
        var out = "\(s.name) (\(s.id)) — \(s.isLocal ? "gemeentelijke regeling" : "landelijke regeling")\n"
        out += wrap(s.summary, "")
        out += wrap("Uitvoerder: \(s.executor)" + (s.discretionary ? " · maatwerk: de uitvoerder beoordeelt" : ""), "")
        for b in s.legalBasis { out += wrap("Wettelijke basis: \(b.description)" + (b.link.map { " (\($0))" } ?? ""), "") }
        out += wrap("Bron: \(s.source)", "")
        out += wrap("Geldig vanaf \(s.validFrom.dutch)" + (s.validUntil.map { " tot en met \($0.dutch)" } ?? "")
                    + "; laatst gecontroleerd op \(s.lastVerified.dutch).", "")
        out += "\nVOORWAARDEN (op \(day.dutch))\n"
        for r in requirements {
            out += wrap(r.text, "  " + String(repeating: " ", count: r.indent))
        }
        if let rule = s.amount {
            out += "\nBEDRAG (per \(rule.period == .eenmalig ? "keer" : rule.period.rawValue))\n"
            if let note = rule.note { out += wrap(note, "  ") }
            for step in rule.steps { out += wrap("- " + Self.stepText(step), "  ") }
        }
        if !figures.isEmpty {
            out += "\nBEDRAGEN EN GRENZEN (op \(day.dutch))\n"
            for f in figures { out += wrap("- " + f, "  ") }
        }
        out += "\nAANVRAGEN\n"
        out += wrap(s.application.how + (s.application.link.map { " (\($0))" } ?? ""), "  ")
        for n in applicationNotes { out += wrap(n, "  ") }
        if !s.notes.isEmpty {
            out += "\nOPMERKINGEN\n"
            for n in s.notes { out += wrap("- " + n, "  ") }
        }
        return out
    }

    /// One amount step in words: "Maximale huurtoeslag (Wht art. 21): …".
    private static func stepText(_ step: AmountStep) -> String {
        var line = TextRenderer.stepLabel(step.name)
        if let article = step.article { line += " (\(article))" }
        if let explanation = step.explanation { line += ": " + explanation }
        return line
    }
}
