/// The contract's result JSON (`hulpwijzer check --format json`), byte-stable:
/// fixed key order, fixed number format.
public enum JSONRenderer {
    /// The result JSON as a value; `includeNo` adds the `nee` outcomes.
    public static func value(_ e: Evaluation, includeNo: Bool) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if let id = e.id { members.append(("id", .string(id))) }
        members.append(("peildatum", .string(e.peildatum.description)))
        if let m = e.municipality {
            members.append(("gemeente", .object(JSONObject([
                ("code", .string(m.code)), ("naam", .string(m.name)),
                ("lokale_regelingen", .bool(e.localModelled ?? false)),
            ]))))
        } else {
            members.append(("gemeente", .null))
        }
        let shown = e.outcomes.filter { includeNo || $0.status != .nee }
        members.append(("resultaten", .array(shown.map(outcome))))
        members.append(("vragen", .array(e.questions.map { q in
            .object(JSONObject([("veld", .string(q.field)), ("regelingen", .array(q.schemes.map { .string($0) })),
                                ("bedrag_per_jaar", .number((q.value * 100).rounded() / 100))]))
        })))
        members.append(("opmerkingen", .array(e.notes.map { .string($0.sentence) })))
        return .object(JSONObject(members))
    }

    /// The result JSON as text, indented unless `indent` is false.
    public static func render(_ e: Evaluation, includeNo: Bool, indent: Bool = true) -> String {
        JSONWriter.write(value(e, includeNo: includeNo), indent: indent)
    }

    static func outcome(_ o: Outcome) -> JSONValue {
        let s = o.scheme
        var m: [(key: String, value: JSONValue)] = [
            ("regeling", .string(s.id)), ("naam", .string(s.name)), ("status", .string(o.status.rawValue)),
            ("categorie", .array(s.categories.map { .string($0.rawValue) })),
            ("uitvoerder", .string(s.executor)),
            ("lokaal", .bool(s.isLocal)), ("maatwerk", .bool(s.discretionary)),
        ]
        let x = o.explain()
        if let a = o.amount { m.append(("bedrag", amount(a, note: x.amountNote))) }
        m.append(("redenen", .array(x.reasons.map { .string($0) })))
        m.append(("ontbrekend", .array(o.missing.map { .string($0) })))
        m.append(("onzeker", .array(x.uncertainFigures.map { .string($0) })))
        m.append(("opmerkingen", .array(s.notes.map { .string($0) })))
        m.append(("geschat", .bool(x.usesEstimate || o.amount != nil)))
        if let r = o.receives { m.append(("ontvangt", .bool(r))) }
        m.append(("bron", .string(s.source)))
        m.append(("wettelijke_basis", .array(s.legalBasis.map { b in
            var lb: [(key: String, value: JSONValue)] = [("wet", .string(b.law))]
            if let a = b.article { lb.append(("artikel", .string(a))) }
            if let l = b.link { lb.append(("link", .string(l))) }
            return .object(JSONObject(lb))
        })))
        var app: [(key: String, value: JSONValue)] = [("hoe", .string(s.application.how))]
        if let l = s.application.link { app.append(("link", .string(l))) }
        m.append(("aanvragen", .object(JSONObject(app))))
        m.append(("laatst_geverifieerd", .string(s.lastVerified.description)))
        return .object(JSONObject(m))
    }

    static func amount(_ a: Amount, note: String?) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = []
        if let v = a.perMonth { m.append(("per_maand", .number(v.euros))) }
        if let v = a.perQuarter { m.append(("per_kwartaal", .number(v.euros))) }
        if let v = a.perYear { m.append(("per_jaar", .number(v.euros))) }
        if let v = a.once { m.append(("eenmalig", .number(v.euros))) }
        m.append(("geschat", .bool(a.estimated)))
        if m.count == 1 {
            m.append(("onbekend", .bool(true)))
            m.append(("ontbrekend", .array(a.missing.map { .string($0) })))
        }
        if let note { m.append(("toelichting", .string(note))) }
        return .object(JSONObject(m))
    }
}

extension JSONRenderer: Renderer {
    /// `json`.
    public static let name = "json"
    /// For the `--format` help.
    public static let help = "JSON volgens het contract"
    /// One document.
    public static let output = RenderOutput.document

    /// The result JSON, indented, with a final newline.
    public static func render(_ e: Evaluation, _ options: RenderOptions) -> String {
        render(e, includeNo: options.includeNo) + "\n"
    }
}
