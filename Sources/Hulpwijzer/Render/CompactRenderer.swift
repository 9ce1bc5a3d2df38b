/// `batch --format compact`: per household one JSON line with ids, not prose — the catalogue
/// version and peildatum used, and per scheme id its status, the estimated amount per year or
/// once, the missing fact paths and `ontvangt`. The explanations stay with `check` and `uitleg`.
///
/// `{"regel":1,"id":"k-17","catalogus":"…","peildatum":"2026-03-01","gemeente":"GM0268",
/// "regelingen":{"zorgtoeslag":{"status":"ja","per_jaar":1550,"ontvangt":false},
/// "bijstand":{"status":"mogelijk","ontbrekend":["vermogen.totaal"]}}}`
public enum CompactRenderer: Renderer {
    /// `compact`.
    public static let name = "compact"
    /// For the `--format` help.
    public static let help = "compact: één regel per huishouden, ids en bedragen"
    /// One result per input line.
    public static let output = RenderOutput.lines

    /// The compact line for one evaluation (without a catalogue version: the batch adds it).
    public static func render(_ e: Evaluation, _ options: RenderOptions) -> String {
        var out = CompactBytes(capacity: 512)
        write(e, line: options.line ?? 0, CompactOptions(options), into: &out)
        return out.text
    }

    /// The error line for an input line that could not be evaluated: `{"regel":N,"fouten":[…]}`.
    public static func error(line: Int, problems: [HouseholdError.Problem]) -> String {
        var out = CompactBytes()
        writeError(line: line, problems: problems, into: &out)
        return out.text
    }

    static func write(_ e: Evaluation, line: Int, _ options: CompactOptions, into out: inout CompactBytes) {
        out.append("{\"regel\":")
        out.append(int: line)
        if let id = e.id {
            out.append(",\"id\":")
            out.append(jsonString: id)
        }
        if let c = options.catalogue {
            out.append(",\"catalogus\":")
            out.append(jsonString: c)
        }
        out.append(",\"peildatum\":\"")
        out.append(day: e.peildatum)
        out.append("\",\"gemeente\":")
        if let m = e.municipality {
            out.append(jsonString: m.code)
        } else {
            out.append("null")
        }
        out.append(",\"regelingen\":{")
        var first = true
        // By index, each outcome passed on in place: `for o in e.outcomes` copies every
        // outcome (retaining its ten reference-counted fields) only to read a few of them.
        for i in e.outcomes.indices where options.shows(e.outcomes[i]) {
            if !first { out.append(byte: UInt8(ascii: ",")) }
            first = false
            write(e.outcomes[i], into: &out)
        }
        out.append("}}\n")
    }

    /// One scheme's member of `regelingen`.
    private static func write(_ o: Outcome, into out: inout CompactBytes) {
        out.append(jsonString: o.scheme.id)
        switch o.status {
        case .ja: out.append(":{\"status\":\"ja\"")
        case .mogelijk: out.append(":{\"status\":\"mogelijk\"")
        case .nee: out.append(":{\"status\":\"nee\"")
        }
        // The amount's fields read in place (copying `Amount` would retain its steps and paths).
        if let y = o.amount?.perYear ?? o.amount?.perMonth.map({ $0 * 12 }) {
            out.append(",\"per_jaar\":")
            out.append(money: y)
        } else if let once = o.amount?.once {
            out.append(",\"eenmalig\":")
            out.append(money: once)
        }
        if !o.missing.isEmpty {
            out.append(",\"ontbrekend\":[")
            for k in o.missing.indices {
                if k > 0 { out.append(byte: UInt8(ascii: ",")) }
                out.append(jsonString: o.missing[k])
            }
            out.append(byte: UInt8(ascii: "]"))
        }
        if let r = o.receives { out.append(r ? ",\"ontvangt\":true" : ",\"ontvangt\":false") }
        out.append(byte: UInt8(ascii: "}"))
    }

    static func writeError(line: Int, problems: [HouseholdError.Problem], into out: inout CompactBytes) {
        out.append("{\"regel\":")
        out.append(int: line)
        out.append(",\"fouten\":[")
        for (k, p) in problems.enumerated() {
            if k > 0 { out.append(byte: UInt8(ascii: ",")) }
            out.append(jsonString: p.description)
        }
        out.append("]}\n")
    }
}
