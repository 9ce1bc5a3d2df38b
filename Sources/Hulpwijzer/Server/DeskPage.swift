/// The desk page (`GET /` and the answers to its form posts): one form with the household in
/// the order of the interview, every field with an explicit "onbekend" state (an empty field is
/// unknown, never zero), and the overview next to it. The page works without JavaScript; the
/// same-origin script `/bureau.js` only makes the overview follow the typing.
package enum DeskPage {
    /// What the page shows besides the form values.
    package struct Content: Sendable {
        /// The form's values by field name (as typed, or from a reopened file).
        package var values: [String: String] = [:]
        /// Problems by field name, in Dutch (shown next to the field).
        package var problems: [FormDecoder.Problem] = []
        /// Warnings by field name that do not stop the check (an `id` that looks like a BSN).
        package var warnings: [FormDecoder.Problem] = []
        /// The overview fragment (`DeskPageOverview`), or nil before anything was asked.
        package var overview: String?
        /// A message for the "open a saved household" box (a file that could not be read).
        package var openMessage: String?
        /// The text pasted in that box, shown again when it could not be read.
        package var pasted: String = ""

        /// An empty page.
        package init() {}
    }

    /// A group of fields, as the interview asks them.
    struct Section {
        let title: String
        let fields: [String]
    }

    /// The form's sections: who, housing, income and work, assets and debts, the rest.
    static let sections: [Section] = [
        Section(title: "Huishouden", fields: ["gemeente", "aanvrager.leeftijd", "partner", "partner.leeftijd", "kinderen", "medebewoners"]),
        Section(title: "Wonen", fields: ["woning.soort", "woning.kale_huur_per_maand", "woning.zelfstandig"]),
        Section(title: "Inkomen en werk", fields: ["inkomen.netto_per_maand", "inkomen.toetsingsinkomen_per_jaar",
                                                   "aanvrager.werk_uren_per_week", "aanvrager.zelfstandige", "aanvrager.uitkeringen"]),
        Section(title: "Vermogen en schulden", fields: ["vermogen.totaal", "vermogen.auto_waarde", "aanvrager.zorgpremie_per_maand",
                                                        "partner.zorgpremie_per_maand", "schulden.totaal",
                                                        "schulden.beslag", "schulden.problematisch"]),
        Section(title: "Verder", fields: ["aanvrager.rechtmatig_verblijf", "aanvrager.zorgverzekerd",
                                          "aanvrager.chronisch_ziek_of_beperking", "ontvangt"]),
        Section(title: "Dossier", fields: ["id", "peildatum"]),
    ]

    /// Short help under a field, in Dutch.
    static let hints: [String: String] = [
        "id": "Uw eigen dossiernummer; geen naam of BSN",
        "peildatum": "Leeg: vandaag",
        "gemeente": "Typ de naam en kies",
        "aanvrager.leeftijd": "In jaren",
        "partner.leeftijd": "In jaren",
        "aanvrager.zorgpremie_per_maand": "Basis- en aanvullende verzekering samen",
        "kinderen": "Leeftijden onder de 18 of geboortedata, bijv. 6 9 of 15-03-2019; of \u{2018}geen\u{2019}",
        "woning.kale_huur_per_maand": "€ per maand, bijv. 725,50",
        "inkomen.netto_per_maand": "€ per maand, bijv. 1.650",
        "inkomen.toetsingsinkomen_per_jaar": "€ bruto per jaar, bijv. 24.000",
        "aanvrager.werk_uren_per_week": "Uren per week; 0 als er geen werk is",
        "aanvrager.uitkeringen": "Bijv. bijstand ww; of \u{2018}geen\u{2019}",
        "vermogen.totaal": "Spaargeld en bezit min schulden, in €",
        "vermogen.auto_waarde": "In €",
        "schulden.totaal": "Alle schulden samen, in €",
        "ontvangt": "Regelingen die al lopen, bijv. huurtoeslag zorgtoeslag",
    ]

    /// Dutch names of the kinds of home.
    static let homes: [String: String] = [
        "huur": "huurwoning", "koop": "koopwoning", "inwonend": "inwonend bij een ander",
        "instelling": "instelling", "dakloos": "dakloos",
    ]

    /// The form field's element id (the target of the overview's question links).
    package static func anchor(_ field: String) -> String { "veld-" + field }

    /// The whole page.
    package static func render(_ content: Content, municipalities: [String]) -> String {
        let e = HTMLRenderer.escape
        var form = ""
        let loose = content.problems.filter { p in !sections.contains { $0.fields.contains(p.field) } }
        if !loose.isEmpty {
            form += "<div class=\"fouten\" role=\"alert\"><p>Dit klopt nog niet:</p><ul>"
            for p in loose { form += "<li>\(e(p.message))</li>" }
            form += "</ul></div>\n"
        }
        for section in sections {
            form += "<fieldset><legend>\(e(section.title))</legend>\n"
            for field in section.fields { form += row(field, content: content) }
            form += "</fieldset>\n"
        }
        var page = """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>hulpwijzer aan de balie</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/bureau.css">
        <script src="/bureau.js" defer></script>
        </head>
        <body>
        <main id="balie">
        <div id="invoer">
        <header><h1>hulpwijzer <span>aan de balie</span></h1>
        <p>Vul in wat u weet. Leeg of \u{2018}onbekend\u{2019} blijft onbekend, nooit nul. Er wordt niets bewaard.</p></header>
        <form id="huishouden" method="post" action="/" novalidate>

        """
        page += form
        page += """
        <div class="knoppen">
        <button type="submit">Overzicht bijwerken</button>
        <button type="submit" formaction="/afdruk" formtarget="_blank">Afdruk voor de cli\u{EB}nt</button>
        <button type="submit" formaction="/huishouden.json">Opslaan als bestand</button>
        </div>
        </form>
        <section id="openen"><h2>Een opgeslagen huishouden openen</h2>
        <p class="alleen-js"><label for="bestand">Bestand (JSON):</label> <input type="file" id="bestand" accept=".json,application/json"></p>
        <form method="post" action="/openen">
        <label for="json">Of plak de inhoud van het bestand:</label>
        <textarea id="json" name="json" rows="2" spellcheck="false">\(e(content.pasted))</textarea>
        <button type="submit">Openen</button>
        </form>

        """
        if let message = content.openMessage { page += "<p class=\"fout\" role=\"alert\">\(e(message))</p>\n" }
        page += "</section>\n</div>\n<section id=\"overzicht\" aria-live=\"polite\">\n"
        page += content.overview ?? "<p class=\"leeg\">Het overzicht verschijnt hier zodra u iets invult.</p>\n"
        page += "</section>\n</main>\n<datalist id=\"gemeenten\">\n"
        for name in municipalities { page += "<option value=\"\(e(name))\">\n" }
        page += "</datalist>\n</body>\n</html>\n"
        return page
    }

    /// One field: its label, the input with an "onbekend" state, its hint and its message.
    static func row(_ field: String, content: Content) -> String {
        let e = HTMLRenderer.escape
        let id = anchor(field)
        let value = content.values[field] ?? ""
        let problem = content.problems.first { $0.field == field } ?? content.warnings.first { $0.field == field }
        let invalid = content.problems.contains { $0.field == field }
        var attributes = "id=\"\(e(id))\" name=\"\(e(field))\""
        if hints[field] != nil { attributes += " aria-describedby=\"hint-\(e(field))\"" }
        if invalid { attributes += " aria-invalid=\"true\"" }
        var out = "<div class=\"veld\"><label for=\"\(e(id))\">\(e(label(field)))</label>\n"
        switch kind(field) {
        case .yesNo:
            out += select(attributes, value: value.lowercased(), options: [("ja", "ja"), ("nee", "nee")])
        case .choice(let options):
            out += select(attributes, value: value, options: options.map { ($0, homes[$0] ?? $0) })
        case .integer:
            out += "<input type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" \(attributes) value=\"\(e(value))\" placeholder=\"onbekend\">\n"
        case .number:
            out += "<input type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" \(attributes) value=\"\(e(value))\" placeholder=\"onbekend\">\n"
        case .text, .words:
            let extra = field == "gemeente" ? " list=\"gemeenten\"" : field == "peildatum" ? " pattern=\"\\d{4}-\\d{2}-\\d{2}\"" : ""
            let type = field == "peildatum" ? "date" : "text"
            out += "<input type=\"\(type)\" autocomplete=\"off\" spellcheck=\"false\"\(extra) \(attributes) value=\"\(e(value))\" placeholder=\"onbekend\">\n"
        }
        if let hint = hints[field] { out += "<small id=\"hint-\(e(field))\">\(e(hint))</small>\n" }
        let cls = problem == nil ? "melding" : invalid ? "melding fout" : "melding waarschuwing"
        out += "<p class=\"\(cls)\" id=\"melding-\(e(field))\" role=\"status\">\(e(problem?.message ?? ""))</p></div>\n"
        return out
    }

    /// A select whose first option, the default, is "onbekend" (sent as an empty value).
    static func select(_ attributes: String, value: String, options: [(value: String, label: String)]) -> String {
        let e = HTMLRenderer.escape
        var out = "<select \(attributes)>\n<option value=\"\"\(value.isEmpty || value == "onbekend" ? " selected" : "")>onbekend</option>\n"
        for o in options { out += "<option value=\"\(e(o.value))\"\(o.value == value ? " selected" : "")>\(e(o.label))</option>\n" }
        return out + "</select>\n"
    }

    /// The field's Dutch label.
    static func label(_ field: String) -> String {
        switch field {
        case "partner": return "Partner"
        case "kinderen": return "Kinderen"
        case "medebewoners": return "Andere volwassenen in huis"
        default: return FormDecoder.fields.first { $0.path == field }?.label ?? field
        }
    }

    /// How the field is entered (partner is ja/nee/onbekend; kinderen a list of ages).
    static func kind(_ field: String) -> FormDecoder.Field.Kind {
        switch field {
        case "partner", "medebewoners": return .yesNo
        case "kinderen": return .words
        default: return FormDecoder.fields.first { $0.path == field }?.kind ?? .text
        }
    }
}
