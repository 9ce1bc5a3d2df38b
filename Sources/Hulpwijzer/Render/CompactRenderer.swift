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
        writeStart(RowHousehold(line: line, e), options, into: &out)
        var first = true
        // By index, each outcome read in place: `for o in e.outcomes` copies every outcome
        // (retaining its ten reference-counted fields) only to read a few of them.
        for i in e.outcomes.indices where options.shows(e.outcomes[i]) {
            write(AnswerRow(e.outcomes[i]), first: first, into: &out)
            first = false
        }
        writeEnd(into: &out)
    }

    /// The line up to the first scheme: `{"regel":…,"id":…,"catalogus":…,"peildatum":…,"gemeente":…,"regelingen":{`.
    static func writeStart(_ h: RowHousehold, _ options: CompactOptions, into out: inout CompactBytes) {
        out.append("{\"regel\":")
        out.append(int: h.line)
        if let id = h.id {
            out.append(",\"id\":")
            out.append(jsonString: id)
        }
        if let c = options.catalogue {
            out.append(",\"catalogus\":")
            out.append(jsonString: c)
        }
        out.append(",\"peildatum\":\"")
        out.append(day: h.peildatum)
        out.append("\",\"gemeente\":")
        if let m = h.municipality {
            out.append(jsonString: m.code)
        } else {
            out.append("null")
        }
        out.append(",\"regelingen\":{")
    }

    /// The end of the line.
    static func writeEnd(into out: inout CompactBytes) { out.append("}}\n") }

    /// One scheme's member of `regelingen` (after a comma unless `first`).
    static func write(_ r: AnswerRow, first: Bool, into out: inout CompactBytes) {
        let key = memberKey(r.scheme.id)
        key.withUnsafeBufferPointer { k in
            writeMember(key: k, status: r.status, perYear: (r.perYear ?? r.perMonth.map { $0 * 12 })?.cents, once: r.once?.cents,
                        missing: r.missing, receives: r.receives, first: first, into: &out)
        }
    }

    /// The start of a scheme's member, `"id":{"status":"`, escaped (the screening programs keep
    /// it per scheme).
    static func memberKey(_ id: String) -> [UInt8] {
        var key: [UInt8] = []
        JSONWriter.writeString(id, into: &key)
        key.append(contentsOf: #":{"status":""#.utf8)
        return key
    }

    /// One scheme's member from its `memberKey`: the status, the yearly (or else one-off) amount in
    /// cents, the missing paths and `ontvangt`. One check for room for the fixed parts, since a
    /// compact line is some hundred members.
    static func writeMember<Paths: Collection<String>>(key: UnsafeBufferPointer<UInt8>, status: Status, perYear: Int64?, once: Int64?,
                                                         missing: Paths, receives: Bool?, first: Bool, into out: inout CompactBytes) {
        // Separator, key, status (9), an amount member (12 + 24), the start of `ontbrekend` (15).
        out.write(atMost: key.count + 64) { c in
            if !first { c.put(UInt8(ascii: ",")) }
            c.put(key)
            switch status {
            case .ja: c.put(#"ja""#)
            case .mogelijk: c.put(#"mogelijk""#)
            case .nee: c.put(#"nee""#)
            }
            if let y = perYear {
                c.put(#","per_jaar":"#)
                c.put(money: Money(cents: y))
            } else if let once {
                c.put(#","eenmalig":"#)
                c.put(money: Money(cents: once))
            }
            if !missing.isEmpty { c.put(#","ontbrekend":["#) }
        }
        var firstPath = true
        for path in missing {
            if !firstPath { out.append(byte: UInt8(ascii: ",")) }
            out.append(jsonString: path)
            firstPath = false
        }
        // The end of `ontbrekend` (1), `ontvangt` (17) and the end of the member (1).
        out.write(atMost: 24) { c in
            if !missing.isEmpty { c.put(UInt8(ascii: "]")) }
            if let receives { c.put(receives ? #","ontvangt":true"# : #","ontvangt":false"#) }
            c.put(UInt8(ascii: "}"))
        }
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
