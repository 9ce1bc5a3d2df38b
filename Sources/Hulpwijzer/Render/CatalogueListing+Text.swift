import Foundation

/// The catalogue listings as text (`regelingen`, `gemeenten`).
extension TextRenderer {
    /// The listing for people.
    public static func listing(_ listing: CatalogueListing) -> String {
        switch listing {
        case .schemes(let list, let ended):
            var out = "\(list.count) regelingen\n\n"
            for s in list {
                out += "\(s.id.padding(toLength: 44, withPad: " ", startingAt: 0)) \(s.name)\n"
                out += "    \(s.executor) · \(s.categories.map(\.rawValue).joined(separator: ", ")) · geldig vanaf \(s.validFrom)\(s.validUntil.map { " tot en met \($0)" } ?? "")\n"
            }
            if !ended.isEmpty {
                out += "\nBeëindigd (\(ended.count)): hulpwijzer toetst deze regelingen niet meer\n\n"
                for e in ended {
                    out += "\(e.id.padding(toLength: 44, withPad: " ", startingAt: 0)) \(e.name)\n"
                    out += "    beëindigd: bestond tot en met \(e.validUntil.dutch)\(e.certainty == "onzeker" ? " (onzeker)" : "")\n"
                    out += "    nu: \(e.whatNow)\n"
                    out += "    bron: \(e.source)\n"
                }
            }
            return out
        case .municipalities(let rows):
            return municipalityListing(rows)
        case .staleFigures(let day, let rows):
            return staleFigureListing(day: day, rows)
        }
    }

    /// Every municipality: what is modelled, the years of its figures and what was not found,
    /// after the coverage by number and by inhabitants.
    static func municipalityListing(_ rows: [(Municipality, LocalCatalogue)]) -> String {
        let c = CatalogueListing.Coverage(rows)
        func share(_ n: Int, _ pct: Double) -> String { "\(n) \(n == 1 ? "gemeente" : "gemeenten") (\(Format.percent(pct)) van de inwoners)" }
        var out = "\(rows.count) gemeenten; \(c.modelled) met eigen regelingen in hulpwijzer, samen \(Format.number(c.share, decimals: 1))% van de inwoners (\(Format.number(Double(c.covered), decimals: 0)) van \(Format.number(Double(c.total), decimals: 0))).\n"
        out += "\(c.withData) gemeenten met eigen regelingen of eigen grenzen en bedragen bij wettelijke regelingen: \(Format.number(c.dataShare, decimals: 1))% van de inwoners.\n"
        out += "Dekking: een eigen bedrag of grens voor de individuele inkomenstoeslag bij \(share(c.withIIT, c.iitShare)); eigen regelingen bij \(share(c.modelled, c.share)); iets opgenomen bij \(share(c.withData, c.dataShare)).\n\n"
        out += "Per soort regeling".padding(toLength: 62, withPad: " ", startingAt: 0) + "opgenomen  niet gevonden (met datum, soms deels)\n"
        for k in c.kinds {
            let count = String(k.modelled)
            out += "  " + k.kind.dutch.padding(toLength: 60, withPad: " ", startingAt: 0)
                + String(repeating: " ", count: max(0, 9 - count.count)) + count + "  " + String(k.notFound) + "\n"
        }
        let figures = c.figuresByYear.reduce(0) { $0 + $1.count } + c.undatedFigures
        out += "\nGemeentelijke bedragen en grenzen per jaar waarin ze ingaan (\(Format.number(Double(figures), decimals: 0)) in totaal; een cijfer van een regio telt één keer):\n"
        out += "  " + (c.figuresByYear.map { "\($0.year): \($0.count)" } + (c.undatedFigures > 0 ? ["zonder jaar: \(c.undatedFigures)"] : [])).joined(separator: " · ") + "\n\n"
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
            if let y = l.figureYears {
                line += ", bedragen uit \(y.oldest == y.newest ? "\(y.oldest)" : "\(y.oldest)–\(y.newest)")" + (l.hasUndatedFigures ? " en zonder jaar" : "")
            } else if l.hasUndatedFigures {
                line += ", bedragen zonder jaar"
            }
            out += line + "\n"
            var detail: [String] = []
            let kinds = l.modelledKinds
            if !kinds.isEmpty { detail.append("opgenomen: " + kinds.map(\.dutch).joined(separator: ", ")) }
            if !l.notFound.isEmpty { detail.append("niet gevonden " + EvaluationNote.notFoundClauses(l.notFound)) }
            if !detail.isEmpty { out += "        " + detail.joined(separator: "; ") + "\n" }
        }
        return out
    }

    /// Municipalities with figures from before the year of `day`, oldest first, each figure with
    /// its year, mark, file and path.
    static func staleFigureListing(day: Day, _ rows: [(Municipality, [StaleFigure])]) -> String {
        let count = rows.reduce(0) { $0 + $1.1.count }
        var out = "Gemeentelijke bedragen en grenzen van vóór \(day.year) (peildatum \(day.dutch)): \(rows.count) \(rows.count == 1 ? "gemeente" : "gemeenten"), \(Format.number(Double(count), decimals: 0)) \(count == 1 ? "bedrag of grens" : "bedragen en grenzen"); oudste eerst.\n"
        for (m, figures) in rows {
            out += "\n\(m.code)  \(m.name) (\(Format.number(Double(m.inhabitants), decimals: 0)) inwoners), oudste \(figures.first.map { $0.dated.undated ? "zonder jaar" : "uit \($0.dated.from.year)" } ?? "?")\n"
            for f in figures {
                out += "    \(f.dated.undated ? "zonder jaar" : "\(f.dated.from.year)")  \(f.dated.certainty.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(f.file)  \(f.path) — \(f.parameter.description)\n"
            }
        }
        return out
    }
}
