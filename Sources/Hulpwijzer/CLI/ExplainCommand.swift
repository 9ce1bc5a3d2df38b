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
        guard let scheme = RuleDescription.scheme(id, in: catalogue, local: prepared.local, on: day) else {
            throw UsageError(message: RuleDescription.unknownMessage(id, in: catalogue, local: prepared.local,
                                                                     municipalityHint: prepared.municipality == nil ? "geef ook --gemeente" : nil), command: "uitleg")
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
        RuleDescription(s, globals: globals, local: local, on: day).text
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
