/// `batch --format jsonl`: per input line the result JSON of `check --format json` on
/// one line, with `"regel"` first; an input line with errors gives `{"regel": N, "fouten": [...]}`.
public enum JSONLRenderer: Renderer {
    /// `jsonl`.
    public static let name = "jsonl"
    /// For the `--format` help.
    public static let help = "jsonl (standaard)"
    /// One result per input line.
    public static let output = RenderOutput.lines

    /// The result line for one evaluation.
    public static func render(_ e: Evaluation, _ options: RenderOptions) -> String {
        guard case .object(var doc) = JSONRenderer.value(e, includeNo: options.includeNo) else { return "" }
        doc.members.insert(("regel", .number(Double(options.line ?? 0))), at: 0)
        if options.onlyMissed, let i = doc.members.firstIndex(where: { $0.key == "resultaten" }) {
            doc.members[i].value = .array(CompactOptions(options).shown(e).map(JSONRenderer.outcome))
        }
        return JSONWriter.write(.object(doc), indent: false) + "\n"
    }

    /// The error line for an input line that could not be evaluated.
    public static func error(line: Int, problems: [HouseholdError.Problem]) -> String {
        let doc = JSONValue.object(JSONObject([("regel", .number(Double(line))),
                                               ("fouten", .array(problems.map { .string($0.description) }))]))
        return JSONWriter.write(doc, indent: false) + "\n"
    }
}
