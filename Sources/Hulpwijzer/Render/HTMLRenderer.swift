/// A printable handout for the client (`check --format html`): one self-contained HTML page
/// (A4 print styles, no scripts, fonts or images from elsewhere) in plain Dutch: what to apply
/// for first, where and how, what to bring, deadlines, and the amounts. It shows the case's own
/// reference (`id`) but asks for and shows no name or BSN.
public enum HTMLRenderer {
    /// The handout for an evaluation with its overview (without one, the schemes are listed by status).
    public static func render(_ e: Evaluation) -> String {
        let v = e.overview
        var body = "<header><h1>Uw overzicht: geld en hulp waar u misschien recht op hebt</h1>\n<p class=\"meta\">"
        body += "Gemaakt op \(escape(e.peildatum.dutch))"
        if let m = e.municipality { body += " · gemeente \(escape(m.name))" }
        // The case's own reference, unless it looks like a BSN, name, address or other identifier.
        let id = e.id.flatMap { IdentifierCheck.check($0) == nil ? $0 : nil }
        if let id { body += " · dossier \(escape(id))" }
        body += "</p>\n"
        if let v { body += "<p>\(escape(v.summary))</p>\n" }
        body += "</header>\n"

        let all = v?.entitled ?? e.outcomes.filter { $0.status == .ja }.map(plainItem)
        // A protection (beslagvrije voet) is nothing to apply for: it gets its own section.
        let entitled = all.filter { $0.outcome.scheme.kind != .bescherming }
        let protections = all.filter { $0.outcome.scheme.kind == .bescherming }
        if !entitled.isEmpty {
            body += "<section><h2>1. Dit kunt u aanvragen</h2>\n<p>Begin bovenaan: daar gaat het om het meeste geld.</p>\n"
            for (i, item) in entitled.enumerated() { body += card(item, number: i + 1, day: e.peildatum, sure: true) }
            body += "</section>\n"
        }
        // Likely schemes always (kinderbijslag may have no amount yet when a child's age band
        // within the quarter is unknown); those that depend on a fact only with money at stake.
        let groups = v?.possible ?? []
        let likely = groups.filter { if case .likely = $0.kind { return true }; return false }.flatMap(\.items)
        let depends = groups.filter { if case .dependsOn = $0.kind { return true }; return false }.flatMap(\.items)
        let valued = (likely + depends).filter { $0.value > 0 }.sorted { $0.value > $1.value }
        let maybe = Array(valued.prefix(6)) + likely.filter { $0.value <= 0 }
        if !maybe.isEmpty {
            body += "<section><h2>\(entitled.isEmpty ? 1 : 2). Dit kunt u misschien krijgen</h2>\n"
            body += "<p>Dit hangt nog af van een paar gegevens. Vraag het aan, of bespreek het met uw hulpverlener.</p>\n"
            for (i, item) in maybe.enumerated() { body += card(item, number: i + 1, day: e.peildatum, sure: false) }
            body += "</section>\n"
        }
        if !protections.isEmpty {
            body += "<section><h2>Wat beschermd is</h2>\n<p>Dit hoeft u niet aan te vragen. Controleer wel of het klopt.</p>\n"
            for (i, item) in protections.enumerated() { body += card(item, number: i + 1, day: e.peildatum, sure: true) }
            body += "</section>\n"
        }
        if let v, !v.questions.isEmpty {
            body += "<section><h2>Wat we nog van u willen weten</h2>\n<ul>\n"
            for q in v.questions.prefix(5) { body += "<li>\(escape(q.label))</li>\n" }
            body += "</ul>\n</section>\n"
        }
        body += """
        <section class="bring"><h2>Neem mee als u iets aanvraagt</h2>
        <ul>
        <li>Uw DigiD (voor Mijn toeslagen, Mijn SVB en de gemeente)</li>
        <li>Een geldig identiteitsbewijs</li>
        <li>Uw loonstroken of uitkeringsspecificaties van de laatste 3 maanden</li>
        <li>Bankafschriften van de laatste 3 maanden, van alle rekeningen</li>
        <li>Uw huurcontract en de laatste huurverhoging, of uw hypotheekgegevens</li>
        <li>Een overzicht van uw schulden, als u die hebt</li>
        </ul>
        </section>
        <footer><p>Dit overzicht is een schatting, gemaakt met hulpwijzer. De instantie die de regeling uitvoert, beslist of u het krijgt en hoeveel.
        Bedragen zijn afgerond. Vraag het toch aan als u twijfelt: aanvragen is gratis.</p></footer>

        """
        return page(title: "Uw overzicht" + (id.map { " — dossier \($0)" } ?? ""), body: body)
    }

    static func plainItem(_ o: Outcome) -> Overview.Item {
        Overview.Item(outcome: o, amount: o.amount, maximum: nil, value: o.amount?.yearly ?? 0, alsoNeeded: [], toConfirm: [])
    }

    /// One scheme: name, amount, where and how to apply, and until when.
    static func card(_ item: Overview.Item, number: Int, day: Day, sure: Bool) -> String {
        let s = item.outcome.scheme
        var out = "<article><h3>\(number). \(escape(s.name))</h3>\n"
        if let a = item.amount, s.kind == .bescherming {
            out += "<p class=\"amount\">\(escape(TextRenderer.shortAmount(a, period: s.amount?.period, estimatePrefix: false))) blijft beschermd</p>\n"
        } else if let a = item.amount {
            out += "<p class=\"amount\">\(a.estimated ? "Ongeveer " : "")\(escape(TextRenderer.shortAmount(a, period: s.amount?.period, estimatePrefix: false)))</p>\n"
        } else if let m = item.maximum {
            out += "<p class=\"amount\">Tot \(escape(TextRenderer.shortAmount(m, period: s.amount?.period, estimatePrefix: false)))</p>\n"
        }
        out += "<p>\(escape(s.summary))</p>\n<dl>\n"
        out += "<dt>Waar</dt><dd>\(escape(s.executor))</dd>\n"
        out += "<dt>Hoe</dt><dd>\(escape(s.application.how))"
        if let link = s.application.link { out += " <span class=\"link\">\(escape(link))</span>" }
        out += "</dd>\n"
        for note in ApplicationNotes.notes(for: s, on: day) { out += "<dt>Let op</dt><dd>\(escape(note))</dd>\n" }
        switch item.outcome.oldestStaleMunicipalFigure {
        case .year(let year)?:
            out += "<dt>Let op</dt><dd>De gemeente kan de bedragen of grenzen sinds \(year) veranderd hebben; die van \(year) zijn gebruikt.</dd>\n"
        case .undated?:
            out += "<dt>Let op</dt><dd>De gemeente noemt geen jaar bij een gebruikt bedrag of een gebruikte grens; misschien is dat inmiddels veranderd.</dd>\n"
        case nil: break
        }
        if !sure, !item.toConfirm.isEmpty { out += "<dt>Als dit klopt</dt><dd>\(escape(Dutch.list(item.toConfirm)))</dd>\n" }
        if !sure, !item.alsoNeeded.isEmpty { out += "<dt>Hangt ook af van</dt><dd>\(escape(Dutch.list(item.alsoNeeded)))</dd>\n" }
        out += "</dl>\n</article>\n"
        return out
    }

    /// The page around a body, with print styles for A4.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 12pt; line-height: 1.45; color: #111; max-width: 48em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 20pt; margin: 0 0 .2em; }
        h2 { font-size: 15pt; border-bottom: 2px solid #0a5; padding-bottom: .15em; margin-top: 1.4em; }
        h3 { font-size: 13pt; margin: 0 0 .2em; }
        .meta { color: #444; margin-top: 0; }
        article { border: 1px solid #bbb; border-radius: 6px; padding: .6em .9em; margin: .7em 0; break-inside: avoid; }
        .amount { font-size: 14pt; font-weight: bold; margin: .1em 0 .3em; }
        dl { display: grid; grid-template-columns: 9em 1fr; gap: .2em .8em; margin: .4em 0 0; }
        dt { font-weight: bold; }
        dd { margin: 0; }
        .link { word-break: break-all; color: #035; }
        footer { margin-top: 2em; font-size: 10pt; color: #333; border-top: 1px solid #bbb; }
        @page { size: A4; margin: 16mm 15mm; }
        @media print { body { margin: 0; max-width: none; font-size: 11pt; } h2 { break-after: avoid; } }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// Escapes text for HTML.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}

extension HTMLRenderer: Renderer {
    /// `html`.
    public static let name = "html"
    /// For the `--format` help.
    public static let help = "html (afdruk voor de cliënt)"
    /// One document.
    public static let output = RenderOutput.document
    /// Written for people.
    public static let forPeople = true

    /// The handout.
    public static func render(_ e: Evaluation, _ options: RenderOptions) -> String { render(e) }

    /// Catalogue listings are not written as HTML: the listing's text in a page.
    public static func listing(_ listing: CatalogueListing) -> String {
        page(title: "hulpwijzer", body: "<pre>\(escape(TextRenderer.listing(listing)))</pre>\n")
    }
}
