/// `batch --rapport`: one self-contained HTML page about a caseload, in Dutch — households
/// read, evaluated and with errors (by line); per scheme who is entitled, possibly entitled and
/// already receives it; the estimated yearly money missed per scheme and in total; the facts
/// missing most often; per municipality when there are several. No ids, no external resources:
/// styles inline, charts as inline SVG.
enum CaseloadReport {
    /// Lines with errors listed by number (the count is always complete).
    static let errorLinesShown = 200
    /// Rows of the charts.
    static let chartRows = 15

    static func html(_ t: BatchTally, catalogue: String, day: Day) -> String {
        var h = """
        <!DOCTYPE html>
        <html lang="nl"><head><meta charset="utf-8"><title>Caseload-overzicht hulpwijzer</title>
        <style>
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:62em;color:#1a202c;line-height:1.4}
        h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.8em;border-bottom:1px solid #cbd5e0}
        table{border-collapse:collapse;width:100%;font-size:.92em}th,td{padding:.25em .5em;border-bottom:1px solid #e2e8f0;text-align:left}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.kern{display:flex;gap:1.2em;flex-wrap:wrap}
        .kern div{border:1px solid #cbd5e0;border-radius:6px;padding:.6em 1em}.kern b{display:block;font-size:1.5em}
        .klein{color:#4a5568;font-size:.88em}svg{max-width:100%;height:auto}
        </style></head><body>
        <h1>Caseload-overzicht</h1>
        <p class="klein">Gemaakt met hulpwijzer op \(day.dutch), catalogus \(escape(catalogue)). Dit overzicht bevat geen kenmerken van huishoudens.</p>

        """
        h += "<div class=\"kern\">"
        h += "<div><b id=\"gelezen\">\(count(t.read))</b>huishoudens gelezen</div>"
        h += "<div><b id=\"getoetst\">\(count(t.evaluated))</b>getoetst</div>"
        h += "<div><b id=\"fouten\">\(count(t.errors))</b>met een fout</div>"
        h += "<div><b id=\"gemist-totaal\">\(Format.euro(t.missedMoney.euros))</b>geschat gemist geld per jaar</div>"
        h += "</div>\n"
        if t.errors > 0 {
            let shown = t.errorLines.prefix(errorLinesShown).map(String.init).joined(separator: ", ")
            let more = t.errors > min(t.errorLines.count, errorLinesShown) ? " en nog \(count(t.errors - min(t.errorLines.count, errorLinesShown)))" : ""
            h += "<p>Regels met een fout (zie de foutregels in de uitvoer): <span id=\"foutregels\">\(shown)</span>\(more).</p>\n"
        }
        h += missed(t)
        h += schemes(t)
        h += missing(t)
        if t.municipalities.count > 1 { h += municipalities(t) }
        h += """
        <h2>Hoe te lezen</h2>
        <p class="klein">"Recht" is de uitkomst ja, "mogelijk" betekent dat gegevens ontbreken of dat de instantie beoordeelt.
        Gemist geld telt regelingen met ja die het huishouden volgens "ontvangt" nog niet krijgt, alleen als het geld is dat
        het huishouden moet aanvragen: beschermingen (zoals de beslagvrije voet), diensten en geld dat vanzelf komt tellen niet mee.
        Bedragen zijn schattingen per jaar (eenmalige bedragen één keer); een onbekend bedrag telt als nul.</p>
        </body></html>

        """
        return h
    }

    private static func missed(_ t: BatchTally) -> String {
        let ranked = t.schemes.values.filter { $0.missedMoney.cents > 0 }.sorted { ($0.missedMoney.cents, $1.name) > ($1.missedMoney.cents, $0.name) }
        var h = "<h2>Geschat gemist geld per jaar, per regeling</h2>\n"
        guard !ranked.isEmpty else { return h + "<p>Geen gemist geld gevonden.</p>\n" }
        h += CaseloadReportChart.svg(ranked.prefix(chartRows).map {
            .init(label: $0.name, value: $0.missedMoney.euros, text: Format.euro($0.missedMoney.euros))
        }, title: "Geschat gemist geld per jaar per regeling") + "\n"
        return h
    }

    private static func schemes(_ t: BatchTally) -> String {
        var h = "<h2>Per regeling</h2>\n<table id=\"regelingen\"><tr><th>Regeling</th><th class=\"n\">recht (ja)</th><th class=\"n\">mogelijk</th>"
        h += "<th class=\"n\">ontvangt al</th><th class=\"n\">mist (ja, niet ontvangen)</th><th class=\"n\">geschat gemist per jaar</th></tr>\n"
        let ranked = t.schemes.values.filter { $0.ja + $0.mogelijk + $0.receives > 0 }
            .sorted { ($0.missedMoney.cents, $0.ja, $1.name) > ($1.missedMoney.cents, $1.ja, $0.name) }
        for s in ranked {
            let kind = s.kind == .geld ? "" : " <span class=\"klein\">(\(kindText(s.kind)))</span>"
            h += "<tr><td>\(escape(s.name))\(kind)</td><td class=\"n\">\(count(s.ja))</td><td class=\"n\">\(count(s.mogelijk))</td>"
            h += "<td class=\"n\">\(count(s.receives))</td><td class=\"n\">\(s.kind == .geld ? count(s.missed) : "–")</td>"
            h += "<td class=\"n\">\(s.kind == .geld ? money(s) : "–")</td></tr>\n"
        }
        h += "<tr><th>Totaal</th><td></td><td></td><td></td><td></td><td class=\"n\"><b>\(Format.euro(t.missedMoney.euros))</b></td></tr>\n"
        return h + "</table>\n"
    }

    private static func missing(_ t: BatchTally) -> String {
        var h = "<h2>Wat het vaakst ontbreekt (wat u de cliënten kunt vragen)</h2>\n"
        let ranked = t.missingFacts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(chartRows)
        guard !ranked.isEmpty else { return h + "<p>Er ontbreken geen gegevens.</p>\n" }
        h += CaseloadReportChart.svg(ranked.map {
            .init(label: FieldLabels.label(for: $0.key).capitalizedFirst, value: Double($0.value), text: "\(count($0.value)) huishoudens")
        }, title: "Ontbrekende gegevens, aantal huishoudens") + "\n"
        return h
    }

    private static func municipalities(_ t: BatchTally) -> String {
        var h = "<h2>Per gemeente</h2>\n<table id=\"gemeenten\"><tr><th>Gemeente</th><th class=\"n\">huishoudens</th>"
        h += "<th class=\"n\">gemiste regelingen</th><th class=\"n\">geschat gemist per jaar</th></tr>\n"
        for m in t.municipalities.values.sorted(by: { ($0.missedMoney.cents, $1.name) > ($1.missedMoney.cents, $0.name) }) {
            h += "<tr><td>\(escape(m.name))</td><td class=\"n\">\(count(m.households))</td><td class=\"n\">\(count(m.missed))</td>"
            h += "<td class=\"n\">\(Format.euro(m.missedMoney.euros))</td></tr>\n"
        }
        if t.withoutMunicipality > 0 {
            h += "<tr><td>(gemeente onbekend)</td><td class=\"n\">\(count(t.withoutMunicipality))</td><td></td><td></td></tr>\n"
        }
        return h + "</table>\n"
    }

    /// The missed money of a scheme, saying how many missed amounts are unknown.
    private static func money(_ s: BatchTally.SchemeCount) -> String {
        guard s.missedUnknownAmount > 0 else { return Format.euro(s.missedMoney.euros) }
        let unknown = "\(count(s.missedUnknownAmount))× bedrag onbekend"
        return s.missedMoney.cents > 0 ? "\(Format.euro(s.missedMoney.euros)) + \(unknown)" : unknown
    }

    private static func kindText(_ k: SchemeKind) -> String {
        switch k {
        case .geld: return "geld"
        case .vanzelf: return "komt vanzelf"
        case .bescherming: return "bescherming"
        case .dienst: return "dienst"
        }
    }

    /// A count with Dutch grouping: `12.345`.
    static func count(_ n: Int) -> String { Format.number(Double(n), decimals: 0) }

    /// Text safe inside HTML and SVG (the handout's escaping).
    static func escape(_ s: String) -> String { HTMLRenderer.escape(s) }
}
