import Foundation

/// `regelingen`, `gemeenten` and `valideer`.
enum ListCommands {
    private static func parseFormat(_ args: [String], command: String, extra: (String, String?, inout ArgumentList) throws -> Bool = { _, _, _ in false }) throws -> (format: String, help: Bool) {
        var list = ArgumentList(args, command: command)
        var format = "tekst"
        while let arg = list.next() {
            let (name, inline) = ArgumentList.split(arg)
            switch name {
            case "--help", "-h": return (format, true)
            case "--format":
                format = try list.value(for: name, inline: inline)
                guard ["tekst", "json", "text"].contains(format) else {
                    throw UsageError(message: "--format kent tekst of json, niet \"\(format)\"", command: command)
                }
            default:
                if try extra(name, inline, &list) { continue }
                throw UsageError(message: "onbekende optie '\(name)'.\(Suggest.didYouMean(name, in: ["--format", "--help", "--gemeente", "--categorie"]))", command: command)
            }
        }
        return (format, false)
    }

    static func schemes(_ args: [String], load: () throws(InputError) -> Catalogue, terminal: Terminal) throws -> Int32 {
        var municipality: String?
        var categories = Set<Category>()
        let (format, help) = try parseFormat(args, command: "regelingen") { name, inline, list in
            switch name {
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
            terminal.out("hulpwijzer regelingen — de regelingen in de catalogus\n\n\(CLI.usageLine("regelingen"))\n\n  --gemeente NAAM    ook de eigen regelingen van deze gemeente\n  --categorie NOOD   alleen deze nood: \(Category.allCases.map(\.rawValue).joined(separator: ", "))\n  --format tekst|json\n")
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
        if format == "json" {
            let items: [JSONValue] = list.map { s in
                .object(JSONObject([
                    ("id", .string(s.id)), ("naam", .string(s.name)), ("uitvoerder", .string(s.executor)),
                    ("categorie", .array(s.categories.map { .string($0.rawValue) })),
                    ("geldig_van", .string(s.validFrom.description)), ("geldig_tot", s.validUntil.map { .string($0.description) } ?? .null),
                    ("maatwerk", .bool(s.discretionary)), ("gemeenten", .array(s.municipalities.map { .string($0) })),
                    ("bron", .string(s.source)), ("laatst_geverifieerd", .string(s.lastVerified.description)),
                ]))
            }
            terminal.out(JSONWriter.write(.array(items)) + "\n")
        } else {
            var out = "\(list.count) regelingen\n\n"
            for s in list {
                out += "\(s.id.padding(toLength: 44, withPad: " ", startingAt: 0)) \(s.name)\n"
                out += "    \(s.executor) · \(s.categories.map(\.rawValue).joined(separator: ", ")) · geldig vanaf \(s.validFrom)\(s.validUntil.map { " tot en met \($0)" } ?? "")\n"
            }
            terminal.out(out)
        }
        return ExitCode.success
    }

    static func municipalities(_ args: [String], load: () throws(InputError) -> Catalogue, terminal: Terminal) throws -> Int32 {
        let (format, help) = try parseFormat(args, command: "gemeenten")
        if help {
            terminal.out("hulpwijzer gemeenten — alle gemeenten, met het aantal opgenomen gemeentelijke regelingen\n\n\(CLI.usageLine("gemeenten"))\n")
            return ExitCode.success
        }
        let catalogue = try load()
        var rows: [(Municipality, LocalCatalogue)] = []
        for m in catalogue.municipalities.all {
            do {
                rows.append((m, try catalogue.local(for: m.code)))
            } catch {
                throw InputError(message: error.description)
            }
        }
        let total = rows.reduce(0) { $0 + $1.0.inhabitants }
        let covered = rows.filter { !$0.1.schemes.isEmpty }.reduce(0) { $0 + $1.0.inhabitants }
        let share = total > 0 ? Double(covered) / Double(total) * 100 : 0
        let modelled = rows.filter { !$0.1.schemes.isEmpty }.count
        let withData = rows.filter { $0.1.isModelled }
        let dataShare = total > 0 ? Double(withData.reduce(0) { $0 + $1.0.inhabitants }) / Double(total) * 100 : 0
        if format == "json" {
            let items: [JSONValue] = rows.map { m, l in
                let range = l.verificationRange
                return .object(JSONObject([
                    ("code", .string(m.code)), ("naam", .string(m.name)), ("provincie", .string(m.province)), ("inwoners", .number(Double(m.inhabitants))),
                    ("lokale_regelingen", .number(Double(l.schemes.count))),
                    ("afwijkende_parameters", .number(Double(l.overrides.values.reduce(0) { $0 + $1.count }))),
                    ("oudste_verificatie", range.map { .string($0.oldest.description) } ?? .null),
                    ("nieuwste_verificatie", range.map { .string($0.newest.description) } ?? .null),
                    ("oudste_bedragen_jaar", l.figureYears.map { .number(Double($0.oldest)) } ?? .null),
                    ("nieuwste_bedragen_jaar", l.figureYears.map { .number(Double($0.newest)) } ?? .null),
                ]))
            }
            let doc = JSONValue.object(JSONObject([
                ("aantal_gemeenten", .number(Double(rows.count))), ("gemeenten_met_lokale_regelingen", .number(Double(modelled))),
                ("inwoners_totaal", .number(Double(total))), ("inwoners_gedekt", .number(Double(covered))),
                ("dekking_procent", .number((share * 10).rounded() / 10)),
                ("gemeenten_met_eigen_gegevens", .number(Double(withData.count))),
                ("dekking_eigen_gegevens_procent", .number((dataShare * 10).rounded() / 10)),
                ("gemeenten", .array(items)),
            ]))
            terminal.out(JSONWriter.write(doc) + "\n")
        } else {
            var out = "\(rows.count) gemeenten; \(modelled) met eigen regelingen in hulpwijzer, samen \(Format.number(share, decimals: 1))% van de inwoners (\(Format.number(Double(covered), decimals: 0)) van \(Format.number(Double(total), decimals: 0))).\n"
            out += "\(withData.count) gemeenten met eigen regelingen of eigen grenzen en bedragen bij wettelijke regelingen: \(Format.number(dataShare, decimals: 1))% van de inwoners.\n\n"
            for (m, l) in rows {
                var line = "\(m.code)  \(m.name.padding(toLength: 32, withPad: " ", startingAt: 0)) "
                let deviations = l.overrides.values.reduce(0) { $0 + $1.count }
                if let r = l.verificationRange {
                    line += "\(l.schemes.count) \(l.schemes.count == 1 ? "regeling" : "regelingen")"
                    if deviations > 0 { line += " + \(deviations) eigen \(deviations == 1 ? "grens/bedrag" : "grenzen/bedragen")" }
                    line += ", geverifieerd \(r.oldest)\(r.oldest == r.newest ? "" : " – \(r.newest)")"
                } else if deviations > 0 {
                    line += "geen eigen regelingen; \(deviations) eigen \(deviations == 1 ? "grens/bedrag" : "grenzen/bedragen") bij wettelijke regelingen"
                } else {
                    line += "nog geen eigen regelingen opgenomen"
                }
                if let y = l.figureYears { line += ", bedragen uit \(y.oldest == y.newest ? "\(y.oldest)" : "\(y.oldest)–\(y.newest)")" }
                out += line + "\n"
            }
            terminal.out(out)
        }
        return ExitCode.success
    }

    static func validate(_ args: [String], load: () throws(InputError) -> Catalogue, terminal: Terminal) throws -> Int32 {
        let (_, help) = try parseFormat(args, command: "valideer")
        if help {
            terminal.out("hulpwijzer valideer — controleer de hele catalogus\n\n\(CLI.usageLine("valideer"))\n")
            return ExitCode.success
        }
        let catalogue = try load()
        let diagnostics = catalogue.validateAllMunicipalities()
        if !diagnostics.isEmpty {
            throw InputError(message: CatalogueError(diagnostics: diagnostics).description)
        }
        let localCount = catalogue.municipalities.all.reduce(0) { $0 + ((try? catalogue.local(for: $1.code).ownSchemes.count) ?? 0) }
        terminal.out("Catalogus in orde: \(catalogue.schemes.count) landelijke regelingen, \(localCount) gemeentelijke regelingen, \(catalogue.globals.parameters.count) landelijke parameters.\n")
        return ExitCode.success
    }
}
