/// A `batch` output format written straight into bytes: its header, the row(s) of one
/// evaluation, and the row of an input line that could not be evaluated.
protocol BatchFormat {
    /// Written once before the first row.
    static func header(_ options: CompactOptions) -> CompactBytes
    /// The row(s) of one evaluation.
    static func write(_ e: Evaluation, line: Int, _ options: CompactOptions, into out: inout CompactBytes)
    /// Whether the rows can be written from the screener (they need no explanations).
    static var screens: Bool { get }
    /// The row(s) of the household the screener screened last: the same bytes as from its evaluation.
    static func write(_ s: Screener, _ household: Household, line: Int, _ options: CompactOptions, into out: inout CompactBytes)
    /// The row of an input line with errors.
    static func writeError(line: Int, problems: [HouseholdError.Problem], into out: inout CompactBytes)
}

extension BatchFormat {
    static func header(_ options: CompactOptions) -> CompactBytes { CompactBytes() }
    static var screens: Bool { true }
}

extension Screener {
    /// The household part of its rows.
    func rowHousehold(_ household: Household, line: Int) -> RowHousehold {
        RowHousehold(line: line, id: household.id, peildatum: plan!.day, municipality: plan!.municipality)
    }

    /// Its items as CSV rows.
    func writeCSV(_ household: Household, line: Int, _ options: CompactOptions, _ f: CSVFlavour, into out: inout CompactBytes) {
        let h = rowHousehold(household, line: line)
        for it in items where options.shows(status: it.status, kind: scheme(it).kind, receives: it.receives < 0 ? nil : it.receives == 1) {
            CSVRenderer.write(row(it), uncertain: hasUncertainFigures(it, household: household), of: h, f, into: &out)
        }
    }
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

extension CompactRenderer: BatchFormat {
    /// The same bytes as the items' rows written one by one, from the items and the programs'
    /// escaped member keys (no `AnswerRow`, no key escaped per household).
    static func write(_ s: Screener, _ household: Household, line: Int, _ options: CompactOptions, into out: inout CompactBytes) {
        writeStart(s.rowHousehold(household, line: line), options, into: &out)
        let plan = s.plan!
        let national = plan.national, local = plan.localProgram ?? plan.national
        withExtendedLifetime((plan, national, local)) {
            let kinds = plan.kinds.base
            let keys = (national.compactKeys.base, local.compactKeys.base), starts = (national.compactKeyStarts.base, local.compactKeyStarts.base)
            var first = true
            for it in s.items where options.shows(status: it.status, kind: kinds[Int(it.entry)], receives: it.receives < 0 ? nil : it.receives == 1) {
                let e = plan.entries[Int(it.entry)]
                let (b, st) = e.isLocal ? (keys.1, starts.1) : (keys.0, starts.0)
                let k = Int(e.scheme)
                let key = UnsafeBufferPointer(start: b + Int(st[k]), count: Int(st[k + 1] - st[k]))
                let perYear = it.perYear != .min ? it.perYear : it.perMonth != .min ? it.perMonth * 12 : nil
                writeMember(key: key, status: it.status, perYear: perYear, once: it.once != .min ? it.once : nil,
                            missing: s.paths[Int(it.missing.lowerBound)..<Int(it.missing.upperBound)],
                            receives: it.receives < 0 ? nil : it.receives == 1, first: first, into: &out)
                first = false
            }
        }
        writeEnd(into: &out)
    }
}

extension CSVRenderer: BatchFormat {
    static func header(_ options: CompactOptions) -> CompactBytes { header(.excelNL) }
    static func write(_ e: Evaluation, line: Int, _ options: CompactOptions, into out: inout CompactBytes) {
        write(e, line: line, options, .excelNL, into: &out)
    }
    static func write(_ s: Screener, _ household: Household, line: Int, _ options: CompactOptions, into out: inout CompactBytes) {
        s.writeCSV(household, line: line, options, .excelNL, into: &out)
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
    static func write(_ s: Screener, _ household: Household, line: Int, _ options: CompactOptions, into out: inout CompactBytes) {
        s.writeCSV(household, line: line, options, .rfc4180, into: &out)
    }
    static func writeError(line: Int, problems: [HouseholdError.Problem], into out: inout CompactBytes) {
        CSVRenderer.writeError(line: line, problems: problems, .rfc4180, into: &out)
    }
}

/// The full contract JSON per line (`--format jsonl`), with the batch's selection of outcomes.
extension JSONLRenderer: BatchFormat {
    /// The full contract JSON needs the explanations: evaluated, not screened.
    static var screens: Bool { false }
    static func write(_ s: Screener, _ household: Household, line: Int, _ options: CompactOptions, into out: inout CompactBytes) {}
    static func write(_ e: Evaluation, line: Int, _ options: CompactOptions, into out: inout CompactBytes) {
        guard case .object(var doc) = JSONRenderer.value(e, includeNo: options.includeNo) else { return }
        doc.members.insert(("regel", .number(Double(line))), at: 0)
        if options.onlyMissed, let i = doc.members.firstIndex(where: { $0.key == "resultaten" }) {
            doc.members[i].value = .array(options.shown(e).map(JSONRenderer.outcome))
        }
        out.append(string: JSONWriter.write(.object(doc), indent: false))
        out.append("\n")
    }
    static func writeError(line: Int, problems: [HouseholdError.Problem], into out: inout CompactBytes) {
        out.append(string: error(line: line, problems: problems))
    }
}
