/// A Dutch overview for a counsellor: grouped by status, amounts as `€ 1.234,56`,
/// with reasons, missing facts, where to apply and the source.
public enum TextRenderer {
    /// - Parameter detailed: also show each scheme's remarks and how its amount is computed.
    public static func render(_ e: Evaluation, includeNo: Bool, detailed: Bool = false) -> String {
        if !detailed, let overview = e.overview { return render(e, overview: overview, includeNo: includeNo) }
        var out = "hulpwijzer — peildatum \(e.peildatum.dutch)"
        if let m = e.municipality { out += ", gemeente \(m.name) (\(m.code))" }
        if let id = e.id { out += ", dossier \(id)" }
        out += "\n"
        for note in e.notes { out += wrap("Let op: " + note.sentence, indent: "") }
        let groups: [(Status, String)] = [(.ja, "JA — u hebt waarschijnlijk recht op"), (.mogelijk, "MOGELIJK — nog niet zeker"),
                                          (.nee, "NEE — geen recht, met de reden")]
        for (status, title) in groups where status != .nee || includeNo {
            let items = e.outcomes.filter { $0.status == status }
            out += "\n\(title) (\(items.count))\n"
            if items.isEmpty { out += "  (geen)\n" }
            for o in items { out += outcome(o, detailed: detailed) }
        }
        if !detailed {
            out += "\nMeer uitleg bij elke regeling (opmerkingen, berekening van het bedrag): --uitgebreid\n"
        }
        if !e.questions.isEmpty {
            out += "\nVRAGEN die het meest beslissen\n"
            for (i, q) in e.questions.prefix(8).enumerated() {
                var line = "  \(i + 1). \(FieldLabels.label(for: q.field).capitalizedFirst) [\(q.field)] — voor \(q.schemes.count) \(q.schemes.count == 1 ? "regeling" : "regelingen"): \(q.schemes.joined(separator: ", "))"
                if q.value > 0 { line += " (samen ca. \(Format.euro(q.value)) per jaar)" }
                out += line + "\n"
            }
        }
        return out
    }

    static func outcome(_ o: Outcome, detailed: Bool) -> String {
        let s = o.scheme
        var head = "  • \(s.name)"
        // A computed € 0 for a scheme that is only "mogelijk" says nothing useful; leave it out.
        if let a = o.amount, !(o.status == .mogelijk && a.yearly == 0 && (a.perYear != nil || a.once != nil)) {
            head += " — " + amountText(a)
        }
        if o.receives == true { head += " [ontvangt al]" } else if o.receives == false && o.status != .nee { head += " [ontvangt nog niet]" }
        var out = head + "\n"
        var meta = "\(s.executor)"
        if s.discretionary { meta += " · maatwerk" }
        if s.isLocal { meta += " · gemeentelijke regeling" }
        out += "    \(meta)\n"
        let x = o.explain()
        for r in x.reasons { out += wrap("- " + r, indent: "    ") }
        if !o.missing.isEmpty { out += wrap("ontbreekt: " + o.missing.joined(separator: ", "), indent: "    ") }
        if detailed, o.amount != nil, let note = x.amountNote, o.status != .nee { out += wrap("bedrag: " + note, indent: "    ") }
        if detailed, let a = o.amount, let rule = s.amount, o.status != .nee { out += stepLines(a, rule) }
        if detailed, o.status != .nee { for n in s.notes { out += wrap("opmerking: " + n, indent: "    ") } }
        if !x.uncertainFigures.isEmpty { out += wrap("onzeker bedrag of grens: " + x.uncertainFigures.joined(separator: "; "), indent: "    ") }
        if o.status != .nee { out += wrap("aanvragen: " + s.application.how + (s.application.link.map { " (\($0))" } ?? ""), indent: "    ") }
        out += "    bron: \(s.source)\n"
        return out
    }

    /// The steps of the amount, one line each with its value and article:
    /// `- rekenhuur € 780,00 (Wht art. 21 lid 1): de kale huur tot de rekengrens`.
    static func stepLines(_ a: Amount, _ rule: AmountRule) -> String {
        guard !rule.steps.isEmpty, a.steps.count == rule.steps.count else { return "" }
        var out = "    berekening:\n"
        for (step, value) in zip(rule.steps, a.steps) {
            var line = "- " + stepLabel(step.name) + " "
            switch value {
            case .value(let v): line += step.unit == .euro ? Format.euro(v, alwaysCents: true) : Format.number(v)
            case .unknown: line += "onbekend"
            case .notNeeded: line += "niet nodig"
            }
            if let article = step.article { line += " (\(article))" }
            if let explanation = step.explanation { line += ": " + explanation }
            out += wrap(line, indent: "      ")
        }
        return out
    }

    /// A step name for people: `deel_tot_aftoppingsgrens` → `deel tot aftoppingsgrens`,
    /// `leeftijdstoeslag_12_15` → `leeftijdstoeslag 12–15`.
    static func stepLabel(_ name: String) -> String {
        let chars = Array(name)
        var out = ""
        for (i, c) in chars.enumerated() {
            guard c == "_" else {
                out.append(c)
                continue
            }
            let betweenDigits = i > 0 && i + 1 < chars.count && chars[i - 1].isNumber && chars[i + 1].isNumber
            out.append(betweenDigits ? "–" : " ")
        }
        return out
    }

    /// An amount in Dutch (`ca. € 129,00 per maand (€ 1.548,00 per jaar)`), or why it is unknown.
    public static func amountText(_ a: Amount) -> String {
        let prefix = a.estimated ? "ca. " : ""
        if let m = a.perMonth, let y = a.perYear {
            if let q = a.perQuarter { return "\(prefix)\(Format.euro(q.euros, alwaysCents: true)) per kwartaal (\(Format.euro(y.euros, alwaysCents: true)) per jaar)" }
            return "\(prefix)\(Format.euro(m.euros, alwaysCents: true)) per maand (\(Format.euro(y.euros, alwaysCents: true)) per jaar)"
        }
        if let once = a.once { return "\(prefix)\(Format.euro(once.euros, alwaysCents: true)) eenmalig" }
        return "bedrag onbekend" + (a.missing.isEmpty ? "" : " (nodig: \(a.missing.joined(separator: ", ")))")
    }

    /// Wraps text at 100 columns with a hanging indent.
    static func wrap(_ text: String, indent: String, width: Int = 100) -> String {
        // Works on UTF-8 bytes: a character is counted as a byte that is not a continuation byte.
        let space: UInt8 = 0x20
        let euro: [UInt8] = [0xE2, 0x82, 0xAC]
        let prefix = Array(indent.utf8)
        var out = prefix
        var lineLength = prefix.count
        var atLineStart = true
        var words: [ArraySlice<UInt8>] = []
        let bytes = Array(text.utf8)
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == space {
            if i > start { words.append(bytes[start..<i]) }
            start = i + 1
        }
        var k = 0
        while k < words.count {
            var word = Array(words[k])
            // Keep "€ 1.234" (and "(€ 1.234") together on one line.
            if word.count <= 4, word.suffix(3).elementsEqual(euro), k + 1 < words.count {
                word += [space] + words[k + 1]
                k += 1
            }
            k += 1
            let length = word.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            if !atLineStart && lineLength + 1 + length > width {
                out.append(0x0A)
                out += prefix + [space, space]
                lineLength = prefix.count + 2
                atLineStart = true
            }
            if !atLineStart {
                out.append(space)
                lineLength += 1
            }
            out += word
            lineLength += length
            atLineStart = false
        }
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }
}

extension TextRenderer: Renderer {
    /// `tekst`.
    public static let name = "tekst"
    /// `text` is accepted too.
    public static let aliases = ["text"]
    /// For the `--format` help.
    public static let help = "tekst (standaard)"
    /// One document.
    public static let output = RenderOutput.document
    /// Written for counsellors.
    public static let forPeople = true

    /// The overview for one evaluation.
    public static func render(_ e: Evaluation, _ options: RenderOptions) -> String {
        render(e, includeNo: options.includeNo, detailed: options.detailed)
    }
}
