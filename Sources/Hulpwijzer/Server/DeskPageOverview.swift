/// The overview on the desk page, as an HTML fragment: the same content as the counsellor's
/// text overview (`TextRenderer`), with each scheme expandable to its full `uitleg` and the
/// deciding questions as links to their form field. Served inside the page (`POST /`) and
/// alone (`POST /api/overzicht`) for the live update.
package enum DeskPageOverview {
    /// The fragment for an evaluation with its overview.
    /// `rules` caches each scheme's rule text, which does not depend on the household.
    package static func render(_ e: Evaluation, catalogue: Catalogue, rules: BoundedCache<String>? = nil,
                               warnings: [FormDecoder.Problem] = []) -> String {
        let esc = HTMLRenderer.escape
        guard let v = e.overview else { return "" }
        let local = e.municipality.flatMap { try? catalogue.local(for: $0.code) }
        let explain = { (o: Outcome) -> String in
            let make = { ExplainCommand.rule(o.scheme, globals: catalogue.globals, local: local, on: e.peildatum) }
            let rule = rules?.value(for: "\(o.scheme.id)|\(e.municipality?.code ?? "")|\(e.peildatum)", make) ?? make()
            return uitleg(o, rule: rule)
        }
        var out = messages([], warnings)
        var head = "Peildatum \(e.peildatum.dutch)"
        if let m = e.municipality { head += " · gemeente \(m.name) (\(m.code))" }
        out += "<p class=\"kop\">\(esc(head))</p>\n<p class=\"samenvatting\">\(esc(v.summary))</p>\n"
        if !v.assumed.isEmpty { out += "<p class=\"aanname\">Aangenomen, graag bevestigen: \(esc(Dutch.list(v.assumed))).</p>\n" }
        for note in e.notes { out += "<p class=\"let-op\">Let op: \(esc(note.sentence))</p>\n" }

        out += "<h2>Recht op" + (v.entitled.isEmpty ? ": nog niets zeker</h2>\n" : " (\(v.entitled.count))</h2>\n<ul class=\"regelingen\">\n")
        for item in v.entitled {
            let s = item.outcome.scheme
            let apply = "Aanvragen: " + s.application.how
            out += "<li>" + expandable(TextRenderer.line(item), id: s.id, detail: "<p>\(esc(apply))\(link(s.application.link))</p>\n" + explain(item.outcome)) + "</li>\n"
        }
        if !v.entitled.isEmpty { out += "</ul>\n" }

        let possible = v.possible.reduce(0) { $0 + $1.items.count }
        if possible > 0 { out += "<h2>Misschien (\(possible))</h2>\n" }
        var rest = ""
        for group in v.possible {
            // As in the text overview: a likely scheme gets a line, so does one with an amount or a maximum.
            let lined = group.items.map { item -> Bool in
                switch group.kind {
                case .likely: return true
                case .dependsOn: return item.value > 0
                case .judgement, .askMunicipality, .onlyIf: return false
                }
            }
            let valued = zip(group.items, lined).filter { $0.1 }.map(\.0)
            let others = zip(group.items, lined).filter { !$0.1 }.map(\.0)
            if !valued.isEmpty {
                out += "<h3>\(esc(group.title))</h3>\n<ul class=\"regelingen\">\n"
                for item in valued { out += "<li>" + expandable(TextRenderer.line(item), id: item.outcome.scheme.id, detail: explain(item.outcome)) + "</li>\n" }
                out += "</ul>\n"
            }
            if !others.isEmpty {
                rest += "<p class=\"groep\">\(esc(group.title)):</p>\n<ul class=\"kort\">\n"
                for item in others { rest += "<li>" + expandable(item.outcome.scheme.shortName, id: item.outcome.scheme.id, detail: explain(item.outcome)) + "</li>\n" }
                rest += "</ul>\n"
            }
        }
        if !v.questions.isEmpty {
            out += "<h2>Vragen die het meest beslissen</h2>\n<ol class=\"vragen\">\n"
            for q in v.questions.prefix(5) {
                var text = esc(q.label)
                if let field = formField(for: q.field) { text = "<a href=\"#\(esc(DeskPage.anchor(field)))\">\(text)</a>" }
                text += " \u{2014} " + esc(TextRenderer.schemeList(q.names))
                if q.atStake >= 1 { text += esc(" (tot \(Format.euro(q.atStake.rounded())) per jaar)") }
                out += "<li>\(text)</li>\n"
            }
            out += "</ol>\n"
        }
        if !rest.isEmpty { out += "<h2>Ook mogelijk, nog zonder bedrag</h2>\n" + rest }
        return out
    }

    /// The problems and warnings of a form, as a list (the script copies each next to its field).
    package static func messages(_ problems: [FormDecoder.Problem], _ warnings: [FormDecoder.Problem]) -> String {
        let esc = HTMLRenderer.escape
        guard !problems.isEmpty || !warnings.isEmpty else { return "" }
        var out = "<ul class=\"meldingen\">\n"
        for (p, kind) in problems.map({ ($0, "fout") }) + warnings.map({ ($0, "waarschuwing") }) {
            var label = esc(DeskPage.label(p.field))
            if let field = formField(for: p.field) { label = "<a href=\"#\(esc(DeskPage.anchor(field)))\">\(label)</a>" }
            out += "<li class=\"\(kind)\" data-veld=\"\(esc(p.field))\" data-melding=\"\(esc(p.message))\">\(label): \(esc(p.message))</li>\n"
        }
        return out + "</ul>\n"
    }

    /// The form field a question or problem is about, when the form has it.
    package static func formField(for path: String) -> String? {
        if path.hasPrefix("kinderen["), path.hasSuffix(".leeftijd") || path.hasSuffix(".geboortedatum") { return "kinderen" }
        return DeskPage.sections.contains { $0.fields.contains(path) } ? path : nil
    }

    /// A scheme's line that opens to its full explanation.
    static func expandable(_ line: String, id: String, detail: String) -> String {
        "<details data-regeling=\"\(HTMLRenderer.escape(id))\"><summary>\(HTMLRenderer.escape(line))</summary>\n\(detail)</details>"
    }

    static func link(_ url: String?) -> String {
        guard let url else { return "" }
        let e = HTMLRenderer.escape(url)
        return " <a href=\"\(e)\" target=\"_blank\" rel=\"noopener noreferrer\">\(e)</a>"
    }

    /// What `hulpwijzer uitleg REGELING` tells for this household, for people: the verdict with
    /// the amount, the reasons and what is still unknown (by label, not by field path), the
    /// amount step by step; then the rule with its figures and sources (`rule`, without its
    /// first line, which names the scheme by its id).
    static func uitleg(_ o: Outcome, rule: String) -> String {
        let esc = HTMLRenderer.escape
        let x = o.explain()
        var head = "Voor dit huishouden: \(o.status.rawValue)"
        if let a = o.amount {
            head += a.perYear != nil || a.once != nil ? " \u{2014} " + TextRenderer.amountText(a)
                : " \u{2014} bedrag nog onbekend" + (a.missing.isEmpty ? "" : " (nodig: " + labels(a.missing) + ")")
        }
        var out = "<div class=\"uitleg\"><p><strong>\(esc(head))</strong></p>\n"
        if !x.reasons.isEmpty { out += "<ul>" + x.reasons.map { "<li>\(esc($0))</li>" }.joined() + "</ul>\n" }
        if !o.missing.isEmpty { out += "<p>Nog onbekend: \(esc(labels(o.missing))).</p>\n" }
        if !x.uncertainFigures.isEmpty { out += "<p>Onzeker bedrag of grens: \(esc(x.uncertainFigures.joined(separator: "; "))).</p>\n" }
        if let a = o.amount, let r = o.scheme.amount, o.status != .nee {
            let steps = TextRenderer.stepLines(a, r)
            if !steps.isEmpty { out += "<pre>\(esc(steps))</pre>\n" }
        }
        let body = rule.split(separator: "\n", maxSplits: 1).last.map(String.init) ?? rule
        out += "<pre>\(esc((o.scheme.isLocal ? "Gemeentelijke regeling.\n" : "Landelijke regeling.\n") + body))</pre></div>\n"
        return out
    }

    /// "het vermogen op 1 januari en rechtmatig verblijf van de aanvrager".
    static func labels(_ paths: [String]) -> String {
        var seen: [String] = []
        for p in paths where !seen.contains(FieldLabels.label(for: p)) { seen.append(FieldLabels.label(for: p)) }
        return Dutch.list(seen)
    }
}
