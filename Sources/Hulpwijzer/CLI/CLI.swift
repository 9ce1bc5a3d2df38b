import Foundation

/// The `hulpwijzer` command line: `check`, `vraag`, `batch`, `regelingen`, `gemeenten`, `valideer`, `feiten`.
public enum CLI {
    /// The version `hulpwijzer --version` prints.
    public static let version = "0.1.0"

    static let commands: [(name: String, summary: String)] = [
        ("check", "toets een huishouden: alle regelingen met ja / mogelijk / nee, waarom, bedrag en bron"),
        ("vraag", "kort vraaggesprek: stelt alleen de vragen die het meest beslissen, en toont dan het overzicht"),
        ("batch", "toets een caseload (JSON Lines, JSON-lijst of CSV) naar JSONL, compact of CSV, met een rapport"),
        ("regelingen", "toon de regelingen in de catalogus"),
        ("gemeenten", "toon alle gemeenten en welke gemeentelijke regelingen zijn opgenomen"),
        ("valideer", "controleer de hele catalogus, ook alle gemeentebestanden"),
        ("uitleg", "leg één regeling uit: de regel, de bedragen en de bron, of de toets voor een huishouden"),
        ("feiten", "toon alle feiten die een regel kan toetsen, met eenheid en wettelijke basis"),
        ("serve", "start een lokale webserver met de HTTP-API (alleen op deze computer)"),
    ]

    /// Runs the CLI and returns the exit code.
    /// Catalogues loaded by a command of a process terminal, never freed (see `Terminal.endsWithProcess`).
    private static let keptUntilExit = Mutex<[Catalogue]>([])

    public static func run(_ arguments: [String], terminal: Terminal) -> Int32 {
        var args = arguments
        var catalogueDir: String?
        // --catalogus may stand anywhere.
        var k = 0
        while k < args.count {
            let (name, inline) = ArgumentList.split(args[k])
            if name == "--catalogus" {
                if let inline { catalogueDir = inline; args.remove(at: k); continue }
                guard k + 1 < args.count else { return usage(UsageError(message: "--catalogus verwacht een pad", command: nil), terminal) }
                catalogueDir = args[k + 1]
                args.removeSubrange(k...(k + 1))
                continue
            }
            k += 1
        }
        guard let first = args.first else {
            terminal.out(mainHelp())
            return ExitCode.success
        }
        switch first {
        case "--help", "-h", "help":
            if first == "help", args.count > 1 { return run([args[1], "--help"], terminal: terminal) }
            terminal.out(mainHelp())
            return ExitCode.success
        case "--version", "-V":
            terminal.out("hulpwijzer \(version)\n")
            return ExitCode.success
        default: break
        }
        let rest = Array(args.dropFirst())
        let load: () throws(InputError) -> Catalogue = { () throws(InputError) in
            do throws(CatalogueError) {
                let catalogue = try Catalogue.load(from: catalogueDir ?? CataloguePaths.defaultDirectory(), stamps: CatalogueStamp.standard(), trusting: first != "valideer")
                if terminal.endsWithProcess { keptUntilExit.withLock { $0.append(catalogue) } }
                return catalogue
            } catch {
                throw InputError(message: error.description)
            }
        }
        do {
            switch first {
            case "check": return try CheckCommand.run(rest, load: load, terminal: terminal)
            case "uitleg": return try ExplainCommand.run(rest, load: load, terminal: terminal)
            case "batch": return try BatchCommand.run(rest, load: load, terminal: terminal)
            case "vraag": return try InterviewCommand.run(rest, load: load, terminal: terminal)
            case "regelingen": return try ListCommands.schemes(rest, load: load, terminal: terminal)
            case "gemeenten": return try ListCommands.municipalities(rest, load: load, terminal: terminal)
            case "valideer": return try ListCommands.validate(rest, load: load, terminal: terminal)
            case "feiten": return try FactsCommand.run(rest, terminal: terminal)
            case "serve":
                return try ServeCommand.run(rest, load: load, catalogueDirectory: catalogueDir ?? CataloguePaths.defaultDirectory(), terminal: terminal)
            default:
                let hint = Suggest.didYouMean(first, in: commands.map(\.name))
                throw UsageError(message: first.hasPrefix("-") ? "onbekende optie '\(first)'.\(hint)" : "onbekend commando '\(first)'.\(hint)", command: nil)
            }
        } catch let e as UsageError {
            return usage(e, terminal)
        } catch let e as InputError {
            terminal.err("Fout: \(e.message)\n")
            return ExitCode.badInput
        } catch {
            terminal.err("Fout: \(error)\n")
            return ExitCode.badInput
        }
    }

    static func usage(_ e: UsageError, _ terminal: Terminal) -> Int32 {
        let line = e.command.map { usageLine($0) } ?? "Gebruik: hulpwijzer <commando> [opties]"
        let help = e.command.map { "hulpwijzer \($0) --help" } ?? "hulpwijzer --help"
        terminal.err("Fout: \(e.message)\n\(line)\n  Zie '\(help)'.\n")
        return ExitCode.usage
    }

    static func usageLine(_ command: String) -> String {
        switch command {
        case "check": return "Gebruik: hulpwijzer check [BESTAND|-] [--format \(Renderers.usage(.document))] [--alle] [--uitgebreid] [--categorie NOOD] [huishouden-opties]"
        case "regelingen": return "Gebruik: hulpwijzer regelingen [--format tekst|json] [--gemeente NAAM] [--categorie NOOD] [--alle]"
        case "gemeenten": return "Gebruik: hulpwijzer gemeenten [--verouderd [--peildatum JJJJ-MM-DD]] [--format tekst|json]"
        case "valideer": return "Gebruik: hulpwijzer valideer"
        case "feiten": return "Gebruik: hulpwijzer feiten [--format tekst|markdown|json]"
        case "vraag": return "Gebruik: hulpwijzer vraag [BESTAND] [--max N] [--bewaar PAD] [huishouden-opties] [--format \(Renderers.usage(.document))]"
        case "batch": return "Gebruik: hulpwijzer batch BESTAND|- [--format \(Renderers.usage(.lines))] [--alle] [--gemist [--ook-mogelijk]] [--peildatum JJJJ-MM-DD] [--invoer jsonl|json|csv] [--kolommen K=V,…] [--rapport BESTAND] [--sta-id-toe]"
        case "serve": return "Gebruik: hulpwijzer serve [--poort N] [--adres IP] [--ook-via-netwerk]"
        default: return "Gebruik: hulpwijzer <commando> [opties]"
        }
    }

    static func mainHelp() -> String {
        var s = """
        hulpwijzer \(version) — de omgekeerde hulpwijzer: welke regelingen kan dit huishouden krijgen?

        Gebruik: hulpwijzer <commando> [opties]

        Commando's:

        """
        for c in commands { s += "  " + c.name.padding(toLength: 12, withPad: " ", startingAt: 0) + c.summary + "\n" }
        s += """

        Algemene opties:
          --catalogus PAD   gebruik een andere catalogusmap (standaard: de meegeleverde data/)
          --version         toon de versie
          --help            toon deze hulp; 'hulpwijzer check --help' voor de opties van check

        Exitcodes: 0 gelukt, 1 invoer of catalogus niet te verwerken, 2 verkeerd gebruik.

        """
        return s
    }
}
