/// `batch --format csv`: one row per household and scheme, after one header row.
public enum CSVRenderer: Renderer {
    /// `csv`.
    public static let name = "csv"
    /// For the `--format` help.
    public static let help = "csv: één rij per huishouden en regeling"
    /// One result per input line.
    public static let output = RenderOutput.lines

    /// The header row.
    public static func header() -> String {
        "regel,id,peildatum,gemeente,regeling,naam,status,bedrag_per_maand,bedrag_per_jaar,ontvangt,ontbrekend,onzeker,fout\n"
    }

    /// The rows of one evaluation.
    public static func render(_ e: Evaluation, _ options: RenderOptions) -> String {
        let line = options.line ?? 0
        let shown = e.outcomes.filter { o in
            if options.onlyMissed { return o.status == .ja && o.receives != true }
            return options.includeNo || o.status != .nee
        }
        return shown.map { o in
            [String(line), e.id ?? "", e.peildatum.description, e.municipality?.code ?? "", o.scheme.id, o.scheme.name, o.status.rawValue,
             money(o.amount?.perMonth), money(o.amount?.perYear), o.receives.map { $0 ? "ja" : "nee" } ?? "",
             o.missing.joined(separator: " "), o.explain().uncertainFigures.isEmpty ? "nee" : "ja", ""].map(field).joined(separator: ",") + "\n"
        }.joined()
    }

    /// The row for an input line that could not be evaluated.
    public static func error(line: Int, problems: [HouseholdError.Problem]) -> String {
        ([String(line)] + Array(repeating: "", count: 11) + [problems.map(\.description).joined(separator: "; ")]).map(field).joined(separator: ",") + "\n"
    }

    static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func money(_ v: Money?) -> String { v.map { $0.description } ?? "" }
}
