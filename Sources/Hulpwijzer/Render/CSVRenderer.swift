/// `batch --format csv`: one row per household and scheme, after one header row, for Dutch
/// Excel (`;`, decimal comma, UTF-8 with byte-order mark). `csv-rfc` is the same table in
/// RFC 4180 (`,`, decimal point) for scripts.
public enum CSVRenderer: Renderer {
    /// `csv`.
    public static let name = "csv"
    /// For the `--format` help.
    public static let help = "csv: één rij per huishouden en regeling, voor Nederlandse Excel (;)"
    /// One result per input line.
    public static let output = RenderOutput.lines

    /// The header row, with the byte-order mark.
    public static func header() -> String { header(.excelNL).text }

    /// The rows of one evaluation.
    public static func render(_ e: Evaluation, _ options: RenderOptions) -> String {
        var out = CompactBytes()
        write(e, line: options.line ?? 0, CompactOptions(options), .excelNL, into: &out)
        return out.text
    }

    /// The row for an input line that could not be evaluated.
    public static func error(line: Int, problems: [HouseholdError.Problem]) -> String {
        var out = CompactBytes()
        writeError(line: line, problems: problems, .excelNL, into: &out)
        return out.text
    }

    /// The columns, in order.
    static let columns = ["regel", "id", "peildatum", "gemeente", "regeling", "naam", "soort", "status",
                          "bedrag_per_maand", "bedrag_per_jaar", "bedrag_eenmalig", "ontvangt", "ontbrekend", "onzeker", "fout"]

    static func header(_ f: CSVFlavour) -> CompactBytes {
        var out = CompactBytes()
        if f.byteOrderMark { out.append(bytes: [0xEF, 0xBB, 0xBF]) }
        for (k, c) in columns.enumerated() {
            if k > 0 { f.separate(&out) }
            out.append(string: c)
        }
        f.endRow(&out)
        return out
    }

    static func write(_ e: Evaluation, line: Int, _ options: CompactOptions, _ f: CSVFlavour, into out: inout CompactBytes) {
        let h = RowHousehold(line: line, e)
        // By index, each outcome read in place (`for o in` would copy every outcome).
        for i in e.outcomes.indices where options.shows(e.outcomes[i]) {
            write(AnswerRow(e.outcomes[i]), uncertain: e.outcomes[i].hasUncertainFigures, of: h, f, into: &out)
        }
    }

    /// One row: a household's answer for one scheme.
    static func write(_ r: AnswerRow, uncertain: Bool, of h: RowHousehold, _ f: CSVFlavour, into out: inout CompactBytes) {
        out.append(int: h.line)
        f.separate(&out)
        f.text(h.id ?? "", into: &out)
        f.separate(&out)
        out.append(day: h.peildatum)
        f.separate(&out)
        out.append(string: h.municipality?.code ?? "")
        f.separate(&out)
        f.text(r.scheme.id, into: &out)
        f.separate(&out)
        f.text(r.scheme.name, into: &out)
        f.separate(&out)
        out.append(string: r.scheme.kind.rawValue)
        f.separate(&out)
        out.append(string: r.status.rawValue)
        f.separate(&out)
        f.money(r.perMonth, into: &out)
        f.separate(&out)
        f.money(r.perYear, into: &out)
        f.separate(&out)
        f.money(r.once, into: &out)
        f.separate(&out)
        if let v = r.receives { out.append(v ? "ja" : "nee") }
        f.separate(&out)
        f.text(r.missing.joined(separator: " "), into: &out)
        f.separate(&out)
        out.append(uncertain ? "ja" : "nee")
        f.separate(&out)
        f.endRow(&out)
    }

    static func writeError(line: Int, problems: [HouseholdError.Problem], _ f: CSVFlavour, into out: inout CompactBytes) {
        out.append(int: line)
        for _ in 1..<(columns.count - 1) { f.separate(&out) }
        f.separate(&out)
        f.text(problems.map(\.description).joined(separator: "; "), into: &out)
        f.endRow(&out)
    }
}
