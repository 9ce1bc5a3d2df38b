/// A `batch` output format written straight into bytes: its header, the row(s) of one
/// evaluation, and the row of an input line that could not be evaluated.
protocol BatchFormat {
    /// Written once before the first row.
    static func header(_ options: CompactOptions) -> CompactBytes
    /// The row(s) of one evaluation.
    static func write(_ e: Evaluation, line: Int, _ options: CompactOptions, into out: inout CompactBytes)
    /// The row of an input line with errors.
    static func writeError(line: Int, problems: [HouseholdError.Problem], into out: inout CompactBytes)
}

extension BatchFormat {
    static func header(_ options: CompactOptions) -> CompactBytes { CompactBytes() }
}

/// The batch format for a `--format` value.
enum BatchFormats {
    static func format(for renderer: any Renderer.Type) -> any BatchFormat.Type {
        switch renderer {
        case is CompactRenderer.Type: return CompactRenderer.self
        case is CSVRenderer.Type: return CSVRenderer.self
        case is CSVRFCRenderer.Type: return CSVRFCRenderer.self
        default: return JSONLRenderer.self
        }
    }
}

extension CompactRenderer: BatchFormat {}

extension CSVRenderer: BatchFormat {
    static func header(_ options: CompactOptions) -> CompactBytes { header(.excelNL) }
    static func write(_ e: Evaluation, line: Int, _ options: CompactOptions, into out: inout CompactBytes) {
        write(e, line: line, options, .excelNL, into: &out)
    }
    static func writeError(line: Int, problems: [HouseholdError.Problem], into out: inout CompactBytes) {
        writeError(line: line, problems: problems, .excelNL, into: &out)
    }
}

extension CSVRFCRenderer: BatchFormat {
    static func header(_ options: CompactOptions) -> CompactBytes { CSVRenderer.header(.rfc4180) }
    static func write(_ e: Evaluation, line: Int, _ options: CompactOptions, into out: inout CompactBytes) {
        CSVRenderer.write(e, line: line, options, .rfc4180, into: &out)
    }
    static func writeError(line: Int, problems: [HouseholdError.Problem], into out: inout CompactBytes) {
        CSVRenderer.writeError(line: line, problems: problems, .rfc4180, into: &out)
    }
}

/// The full contract JSON per line (`--format jsonl`), with the batch's selection of outcomes.
extension JSONLRenderer: BatchFormat {
    static func write(_ e: Evaluation, line: Int, _ options: CompactOptions, into out: inout CompactBytes) {
        guard case .object(var doc) = JSONRenderer.value(e, includeNo: options.includeNo) else { return }
        doc.members.insert(("regel", .number(Double(line))), at: 0)
        if options.onlyMissed, let i = doc.members.firstIndex(where: { $0.key == "resultaten" }) {
            doc.members[i].value = .array(options.shown(e).map(JSONRenderer.outcome))
        }
        out.append(JSONWriter.write(.object(doc), indent: false))
        out.append("\n")
    }
    static func writeError(line: Int, problems: [HouseholdError.Problem], into out: inout CompactBytes) {
        out.append(error(line: line, problems: problems))
    }
}
