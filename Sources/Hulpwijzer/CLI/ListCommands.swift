import Foundation

/// `regelingen`, `gemeenten` and `valideer`.
enum ListCommands {
    private static func parseFormat(_ args: [String], command: String, extra: (String, String?, inout ArgumentList) throws -> Bool = { _, _, _ in false }) throws -> (renderer: any Renderer.Type, help: Bool) {
        var list = ArgumentList(args, command: command)
        var renderer: any Renderer.Type = Renderers.formats(.document)[0]
        while let arg = list.next() {
            let (name, inline) = ArgumentList.split(arg)
            switch name {
            case "--help", "-h": return (renderer, true)
            case "--format":
                let value = try list.value(for: name, inline: inline)
                guard let r = Renderers.named(value, for: .document) else {
                    throw UsageError(message: Renderers.unknown(value, for: .document), command: command)
                }
                renderer = r
            default:
                if try extra(name, inline, &list) { continue }
                throw UsageError(message: "onbekende optie '\(name)'.\(Suggest.didYouMean(name, in: ["--format", "--help", "--gemeente", "--categorie", "--verouderd", "--peildatum", "--alle"]))", command: command)
            }
        }
        return (renderer, false)
    }

    static func schemes(_ args: [String], load: () throws(InputError) -> Catalogue, terminal: Terminal) throws -> Int32 {
        var municipality: String?
        var categories = Set<Category>()
        var withEnded = false
        let (renderer, help) = try parseFormat(args, command: "regelingen") { name, inline, list in
            switch name {
            case "--alle":
                withEnded = true
                return true
            case "--gemeente":
                municipality = try list.value(for: name, inline: inline)
                return true
            case "--categorie":
                categories.insert(try ArgumentList.category(try list.value(for: name, inline: inline), command: "regelingen"))
                return true
            default: return false
            }
        }
        if help {
            terminal.out("hulpwijzer regelingen — de regelingen in de catalogus\n\n\(CLI.usageLine("regelingen"))\n\n  --gemeente NAAM    ook de eigen regelingen van deze gemeente\n  --categorie NOOD   alleen deze nood: \(Category.allCases.map(\.rawValue).joined(separator: ", "))\n  --alle             ook de afgeschafte regelingen, met hun einddatum en wat er nu geldt\n  --format \(Renderers.usage(.document))\n")
            return ExitCode.success
        }
        let catalogue = try load()
        var list = catalogue.schemes
        if let municipality {
            do {
                let m = try catalogue.municipalities.resolve(municipality)
                list += try catalogue.local(for: m.code).schemes
            } catch let e as MunicipalityLookupError {
                throw InputError(message: "gemeente: \(e.description)")
            } catch let e as CatalogueError {
                throw InputError(message: e.description)
            }
        }
        if !categories.isEmpty { list = list.filter { $0.categories.contains(where: categories.contains) } }
        var ended: [EndedScheme] = []
        if withEnded && categories.isEmpty {
            do {
                ended = try EndedScheme.load(directory: catalogue.directory)
            } catch {
                throw InputError(message: error.description)
            }
        }
        terminal.out(renderer.listing(.schemes(list, ended: ended)))
        return ExitCode.success
    }

    static func municipalities(_ args: [String], load: () throws(InputError) -> Catalogue, terminal: Terminal) throws -> Int32 {
        var stale = false
        var day: Day?
        let (renderer, help) = try parseFormat(args, command: "gemeenten") { name, inline, list in
            switch name {
            case "--verouderd":
                stale = true
                return true
            case "--peildatum":
                let v = try list.value(for: name, inline: inline)
                guard let d = Day(v) else { throw UsageError(message: "--peildatum verwacht een datum JJJJ-MM-DD, niet \(Quoted.text(v))", command: "gemeenten") }
                day = d
                return true
            default: return false
            }
        }
        if help {
            terminal.out("""
                hulpwijzer gemeenten — alle gemeenten: wat er per gemeente is opgenomen, uit welke jaren de bedragen zijn, \
                wat niet gevonden is, en de dekking

                \(CLI.usageLine("gemeenten"))

                  --verouderd          alleen de gemeenten met bedragen of grenzen van vóór het jaar van de peildatum, \
                oudste eerst, met bestand en pad
                  --peildatum DATUM    de datum voor --verouderd (standaard vandaag)
                  --format \(Renderers.usage(.document))

                """)
            return ExitCode.success
        }
        if day != nil && !stale { throw UsageError(message: "--peildatum hoort bij --verouderd", command: "gemeenten") }
        let catalogue = try load()
        var rows: [(Municipality, LocalCatalogue)] = []
        for m in catalogue.municipalities.all {
            do {
                rows.append((m, try catalogue.local(for: m.code)))
            } catch {
                throw InputError(message: error.description)
            }
        }
        guard stale else {
            terminal.out(renderer.listing(.municipalities(rows)))
            return ExitCode.success
        }
        let on = day ?? terminal.today()
        let staleRows = rows.map { ($0.0, $0.1.staleFigures(on: on)) }.filter { !$0.1.isEmpty }.sorted { a, b in
            (a.1[0].dated.from, -a.0.inhabitants, a.0.code) < (b.1[0].dated.from, -b.0.inhabitants, b.0.code)
        }
        terminal.out(renderer.listing(.staleFigures(day: on, rows: staleRows)))
        return ExitCode.success
    }

    static func validate(_ args: [String], load: () throws(InputError) -> Catalogue, terminal: Terminal) throws -> Int32 {
        let (_, help) = try parseFormat(args, command: "valideer")
        if help {
            terminal.out("hulpwijzer valideer — controleer de hele catalogus\n\n\(CLI.usageLine("valideer"))\n")
            return ExitCode.success
        }
        let catalogue = try load()
        let diagnostics = CatalogueValidator.problems(catalogue)
        if !diagnostics.isEmpty {
            throw InputError(message: CatalogueError(diagnostics: diagnostics).description)
        }
        do {
            _ = try EndedScheme.load(directory: catalogue.directory)
        } catch {
            throw InputError(message: error.description)
        }
        for w in catalogue.schemes.flatMap(SourceCheck.warnings) { terminal.err("Waarschuwing: \(w)\n") }
        let localCount = catalogue.municipalities.all.reduce(0) { $0 + ((try? catalogue.local(for: $1.code).ownSchemes.count) ?? 0) }
        terminal.out("Catalogus in orde: \(catalogue.schemes.count) landelijke regelingen, \(localCount) gemeentelijke regelingen, \(catalogue.globals.parameters.count) landelijke parameters.\n")
        return ExitCode.success
    }
}
