/// The rule of a scheme as JSON, for `GET /api/uitleg/{id}`: the same content as the text of
/// `hulpwijzer uitleg REGELING`, field by field, with that text in `tekst`.
extension RuleDescription {
    /// The description as a JSON value with a fixed key order.
    var json: JSONValue {
        let s = scheme
        var m: [(key: String, value: JSONValue)] = [
            ("regeling", .string(s.id)), ("naam", .string(s.name)), ("lokaal", .bool(s.isLocal)),
            ("peildatum", .string(day.description)), ("samenvatting", .string(s.summary)),
            ("uitvoerder", .string(s.executor)), ("maatwerk", .bool(s.discretionary)),
            ("categorie", .array(s.categories.map { .string($0.rawValue) })),
            ("wettelijke_basis", .array(s.legalBasis.map { b in
                var lb: [(key: String, value: JSONValue)] = [("wet", .string(b.law))]
                if let a = b.article { lb.append(("artikel", .string(a))) }
                if let l = b.link { lb.append(("link", .string(l))) }
                return .object(JSONObject(lb))
            })),
            ("bron", .string(s.source)),
            ("geldig_vanaf", .string(s.validFrom.description)),
            ("geldig_tot", s.validUntil.map { .string($0.description) } ?? .null),
            ("laatst_geverifieerd", .string(s.lastVerified.description)),
            ("voorwaarden", .array(requirements.map { r in
                .object(JSONObject([("niveau", .number(Double(r.depth))), ("tekst", .string(r.text))]))
            })),
        ]
        if let rule = s.amount {
            var a: [(key: String, value: JSONValue)] = [("periode", .string(rule.period.rawValue))]
            if let note = rule.note { a.append(("toelichting", .string(note))) }
            a.append(("stappen", .array(rule.steps.map { step in
                var st: [(key: String, value: JSONValue)] = [("naam", .string(TextRenderer.stepLabel(step.name)))]
                if let article = step.article { st.append(("artikel", .string(article))) }
                if let explanation = step.explanation { st.append(("uitleg", .string(explanation))) }
                return .object(JSONObject(st))
            })))
            m.append(("bedrag", .object(JSONObject(a))))
        } else {
            m.append(("bedrag", .null))
        }
        m.append(("bedragen_en_grenzen", .array(figures.map { .string($0) })))
        var app: [(key: String, value: JSONValue)] = [("hoe", .string(s.application.how))]
        if let l = s.application.link { app.append(("link", .string(l))) }
        app.append(("opmerkingen", .array(applicationNotes.map { .string($0) })))
        m.append(("aanvragen", .object(JSONObject(app))))
        m.append(("opmerkingen", .array(s.notes.map { .string($0) })))
        m.append(("tekst", .string(text)))
        return .object(JSONObject(m))
    }
}
