import Foundation

/// `hulpwijzer uitleg REGELING [BESTAND|opties]`: one scheme in full. Without a household: the
/// rule in Dutch, its legal basis, the figures in force and their dates. With one: every
/// condition with its verdict and the figures used, and the amount step by step.
enum ExplainCommand {
    static func run(_ args: [String], load: () throws(InputError) -> Catalogue, terminal: Terminal) throws -> Int32 {
        guard let id = args.first, !id.hasPrefix("-") else {
            if args.contains("--help") || args.contains("-h") {
                terminal.out(help())
                return ExitCode.success
            }
            throw UsageError(message: "geef de regeling die uitgelegd moet worden, bijvoorbeeld 'hulpwijzer uitleg huurtoeslag'", command: "uitleg")
        }
        let setup = try CheckCommand.parse(Array(args.dropFirst()), terminal: terminal, command: "uitleg")
        if setup.showHelp {
            terminal.out(help())
            return ExitCode.success
        }
        let household = try setup.decoded()
        let catalogue = try load()
        let engine = Engine(catalogue: catalogue)
        let prepared: Engine.Preparation
        do {
            prepared = try engine.prepare(household)
        } catch {
            throw InputError(error)
        }
        let day = household.peildatum ?? terminal.today()
        let candidates = catalogue.schemes + (prepared.local?.schemes ?? [])
        guard let scheme = candidates.first(where: { $0.id == id && $0.validFrom <= day && ($0.validUntil.map { day <= $0 } ?? true) })
            ?? candidates.first(where: { $0.id == id }) else {
            var message = "\(Quoted.text(id)) is geen regeling in de catalogus." + Suggest.didYouMean(id, in: candidates.map(\.id))
            if id.hasPrefix("gm"), prepared.municipality == nil { message += " Een gemeentelijke regeling: geef ook --gemeente." }
            throw UsageError(message: message, command: "uitleg")
        }
        var out = rule(scheme, globals: catalogue.globals, local: prepared.local, on: day)
        let given = setup.household.members.contains { $0.key != "peildatum" && $0.key != "gemeente" }
        if given {
            let evaluation: Evaluation
            do {
                evaluation = try engine.evaluate(household, prepared: prepared, options: .init(defaultPeildatum: terminal.today()))
            } catch {
                throw InputError(error)
            }
            if let o = evaluation.outcomes.first(where: { $0.scheme.id == scheme.id }) {
                out += "\nVOOR DIT HUISHOUDEN: \(o.status.rawValue.uppercased())\n"
                out += TextRenderer.outcome(o, detailed: true)
            } else {
                out += "\nVoor dit huishouden geldt de regeling niet op \(day.dutch).\n"
            }
        }
        terminal.out(out)
        return ExitCode.success
    }

    /// The rule without a household.
    static func rule(_ s: Scheme, globals: ParameterStore, local: LocalCatalogue?, on day: Day) -> String {
        let wrap = { (text: String, indent: String) in TextRenderer.wrap(text, indent: indent) }
        var out = "\(s.name) (\(s.id)) — \(s.isLocal ? "gemeentelijke regeling" : "landelijke regeling")\n"
        out += wrap(s.summary, "")
        out += wrap("Uitvoerder: \(s.executor)" + (s.discretionary ? " · maatwerk: de uitvoerder beoordeelt" : ""), "")
        for b in s.legalBasis { out += wrap("Wettelijke basis: \(b.description)" + (b.link.map { " (\($0))" } ?? ""), "") }
        out += wrap("Bron: \(s.source)", "")
        out += wrap("Geldig vanaf \(s.validFrom.dutch)" + (s.validUntil.map { " tot en met \($0.dutch)" } ?? "")
                    + "; laatst gecontroleerd op \(s.lastVerified.dutch).", "")
        let overrides = local?.overrides[s.id]
        // With an empty household every test is open; the traces carry the figures in force.
        let facts = FactComputer(household: Household(), day: day, globals: globals).compute()
        let evaluator = ConditionEvaluator(facts: facts, resolver: ParameterResolver(overrides: overrides, day: day))
        out += "\nVOORWAARDEN (op \(day.dutch))\n"
        for line in RuleText.conditions(s, evaluator: evaluator) {
            let indent = String(line.prefix { $0 == " " })
            out += wrap(String(line.dropFirst(indent.count)), "  " + indent)
        }
        if let rule = s.amount {
            out += "\nBEDRAG (per \(rule.period == .eenmalig ? "keer" : rule.period.rawValue))\n"
            if let note = rule.note { out += wrap(note, "  ") }
            for step in rule.steps {
                var line = "- " + TextRenderer.stepLabel(step.name)
                if let article = step.article { line += " (\(article))" }
                if let explanation = step.explanation { line += ": " + explanation }
                out += wrap(line, "  ")
            }
        }
        let figures = RuleText.figures(s, overrides: overrides, on: day)
        if !figures.isEmpty {
            out += "\nBEDRAGEN EN GRENZEN (op \(day.dutch))\n"
            for f in figures { out += wrap(f, "  ") }
        }
        out += "\nAANVRAGEN\n"
        out += wrap(s.application.how + (s.application.link.map { " (\($0))" } ?? ""), "  ")
        for n in ApplicationNotes.notes(for: s, on: day) { out += wrap(n, "  ") }
        if !s.notes.isEmpty {
            out += "\nOPMERKINGEN\n"
            for n in s.notes { out += wrap("- " + n, "  ") }
        }
        return out
    }

    static func help() -> String {
        """
        hulpwijzer uitleg — leg één regeling uit

        Gebruik: hulpwijzer uitleg REGELING [BESTAND|-] [opties van 'check']

        Zonder huishouden: de regel in gewone taal, de wettelijke basis, de voorwaarden en de
        bedragen en grenzen die op de peildatum gelden, met hun datum.
        Met een huishouden (een bestand of opties zoals bij 'check'): elke voorwaarde met de
        uitkomst voor dit huishouden, en de berekening van het bedrag.

        Voorbeelden:
          hulpwijzer uitleg huurtoeslag
          hulpwijzer uitleg kindgebonden-budget --peildatum 2025-07-01
          hulpwijzer uitleg gm0344-u-pas --gemeente Utrecht --leeftijd 40 --netto-inkomen 1.400

        """
    }
}
