/// `batch --format csv-rfc`: the table of `csv` as RFC 4180 (`,`, decimal point, no
/// byte-order mark), for scripts and other programs.
public enum CSVRFCRenderer: Renderer {
    /// `csv-rfc`.
    public static let name = "csv-rfc"
    /// For the `--format` help.
    public static let help = "csv-rfc: dezelfde tabel als RFC 4180 (,) voor scripts"
    /// One result per input line.
    public static let output = RenderOutput.lines

    /// The header row.
    public static func header() -> String { CSVRenderer.header(.rfc4180).text }

    /// The rows of one evaluation.
    public static func render(_ e: Evaluation, _ options: RenderOptions) -> String {
        var out = CompactBytes()
        CSVRenderer.write(e, line: options.line ?? 0, CompactOptions(options), .rfc4180, into: &out)
        return out.text
    }

    /// The row for an input line that could not be evaluated.
    public static func error(line: Int, problems: [HouseholdError.Problem]) -> String {
        var out = CompactBytes()
        CSVRenderer.writeError(line: line, problems: problems, .rfc4180, into: &out)
        return out.text
    }
}
