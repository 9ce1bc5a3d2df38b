import Foundation

/// The one-screen overview for a counsellor: the household, what it is entitled to, the
/// `mogelijk` schemes by what decides them, and the questions that settle the most.
extension TextRenderer {
    /// At most this many schemes of one group get a line of their own (those with an amount);
    /// the rest of the group is named on one line, after the questions.
    static let itemsPerGroup = 4
    /// At most this many `mogelijk` schemes get a line before the questions (the most likely
    /// and valuable ones), so that the questions fit the first screen.
    static let itemLines = 6

    static func render(_ e: Evaluation, overview v: Overview, includeNo: Bool) -> String {
        var out = "hulpwijzer — peildatum \(e.peildatum.dutch)"
        if let m = e.municipality { out += ", gemeente \(m.name) (\(m.code))" }
        if let id = e.id { out += ", dossier \(id)" }
        out += "\n"
        out += wrap(v.summary, indent: "")
        if !v.assumed.isEmpty { out += wrap("Aangenomen, graag bevestigen: " + Dutch.list(v.assumed) + ".", indent: "") }
        // What was not found on the municipality's site is about the catalogue, not the household:
        // it goes after the questions, so that they stay on the first screen.
        let coverage = e.notes.filter { if case .municipalityNotFound = $0 { return true } else { return false } }
        for note in e.notes where !coverage.contains(note) { out += wrap("Let op: " + note.sentence, indent: "") }

        out += "\nRECHT OP"
        if v.entitled.isEmpty {
            out += ": nog niets zeker\n"
        } else {
            out += v.entitled.count == 1 ? "\n" : " (\(v.entitled.count)), het hoogste bedrag eerst\n"
            for item in v.entitled {
                out += wrap("• " + line(item), indent: "  ")
                let s = item.outcome.scheme
                out += wrap("aanvragen: " + s.application.how + (s.application.link.map { " (\($0))" } ?? ""), indent: "    ")
            }
        }
        let possible = v.possible.reduce(0) { $0 + $1.items.count }
        // Schemes with an amount first, by group; the questions; then the rest by name.
        // The most likely and valuable schemes with an amount get a line, in their groups; the
        // questions follow; then the rest of each group by name.
        let candidates = v.possible.flatMap { g in g.items.map { (g.kind, $0) } }.filter { kind, item in
            switch kind {
            case .likely: return true
            case .dependsOn: return item.value > 0
            case .judgement, .askMunicipality, .onlyIf: return false
            }
        }
        let chosen = Set(candidates.sorted { Engine.weight($0.0) * $0.1.value > Engine.weight($1.0) * $1.1.value }
            .prefix(itemLines).map { $0.1.outcome.scheme.id })
        if !chosen.isEmpty { out += "\nMISSCHIEN (\(possible)), het waarschijnlijkst en hoogst eerst\n" }
        var tail = ""
        for group in v.possible {
            let valued = group.items.filter { chosen.contains($0.outcome.scheme.id) }.prefix(itemsPerGroup)
            let rest = group.items.filter { item in !valued.contains { $0.outcome.scheme.id == item.outcome.scheme.id } }
            if !rest.isEmpty { tail += wrap(group.title + ": " + Dutch.list(rest.map { $0.outcome.scheme.shortName }) + ".", indent: "  ") }
            guard !valued.isEmpty else { continue }
            out += "  \(group.title):\n"
            for item in valued { out += wrap("• " + line(item), indent: "    ") }
        }
        if !v.questions.isEmpty {
            out += "\nVRAGEN die het meest beslissen\n"
            for (i, q) in v.questions.prefix(5).enumerated() {
                var text = "\(i + 1). \(q.label) — " + schemeList(q.names)
                if q.atStake >= 1 { text += " (tot \(Format.euro(q.atStake.rounded())) per jaar)" }
                out += wrap(text, indent: "  ")
            }
        }
        if !tail.isEmpty { out += (chosen.isEmpty ? "\nMISSCHIEN (\(possible)), nog zonder bedrag\n" : "\nOOK MOGELIJK, nog zonder bedrag\n") + tail }
        if includeNo {
            let no = e.outcomes.filter { $0.status == .nee }
            out += "\nGEEN RECHT (\(no.count))\n"
            for o in no { out += wrap("• \(o.scheme.name): " + (o.explain().reasons.first ?? "de voorwaarden kloppen niet"), indent: "  ") }
        }
        if !coverage.isEmpty { out += "\n" }
        for note in coverage { out += wrap("Let op: " + note.sentence, indent: "") }
        out += "\nMeer: --uitgebreid (alle voorwaarden), hulpwijzer uitleg REGELING"
        out += includeNo ? "\n" : ", --alle (ook wat niet kan)\n"
        return out
    }

    /// "Kindgebonden budget en Huurtoeslag", "Bijstandsuitkering en 12 andere".
    static func schemeList(_ names: [String]) -> String {
        let shown = names.prefix(2).map(Scheme.shortName)
        if names.count <= 2 { return Dutch.list(shown) }
        return shown[0] + " en \(names.count - 1) andere"
    }

    /// One line for a scheme: name, amount or maximum, who decides, and what it still needs.
    static func line(_ item: Overview.Item) -> String {
        let s = item.outcome.scheme
        var text = s.name
        if let a = item.amount, s.kind == .bescherming {
            text += " — " + shortAmount(a, period: s.amount?.period) + " blijft beschermd (geen uitkering)"
        } else if let a = item.amount {
            text += " — " + shortAmount(a, period: s.amount?.period)
        } else if s.kind == .bescherming {
            // The most a protection allows says nothing about this household.
        } else if let m = item.maximum {
            text += " — tot " + shortAmount(m, period: s.amount?.period, estimatePrefix: false)
        }
        // An entitlement or estimate resting on an old municipal figure says its year (a "tot"
        // maximum is a bound anyway, and the screen has no room to spare).
        if item.amount != nil || item.outcome.status == .ja, let age = item.outcome.oldestStaleMunicipalFigure {
            switch age {
            case .year(let year): text += " (cijfers uit \(year))"
            case .undated: text += " (cijfers zonder jaar)"
            }
        }
        if item.outcome.receives == true { text += " (ontvangt al)" }
        if !s.name.hasPrefix(s.shortExecutor) { text += " · " + s.shortExecutor }
        if !item.toConfirm.isEmpty { text += "; als klopt: " + Dutch.list(item.toConfirm) }
        if !item.alsoNeeded.isEmpty { text += "; ook: " + Dutch.list(item.alsoNeeded) }
        return text
    }

    /// `ca. € 217,79 per maand`, `€ 660,84 per kwartaal`, `€ 450 per jaar`, `€ 300 eenmalig`,
    /// in the period the scheme pays in.
    static func shortAmount(_ a: Amount, period: AmountRule.Period?, estimatePrefix: Bool = true) -> String {
        let prefix = a.estimated && estimatePrefix ? "ca. " : ""
        if let once = a.once { return prefix + Format.euro(once.euros) + " eenmalig" }
        switch period {
        case .kwartaal?: if let q = a.perQuarter { return prefix + Format.euro(q.euros, alwaysCents: true) + " per kwartaal" }
        case .maand?: if let m = a.perMonth { return prefix + Format.euro(m.euros, alwaysCents: true) + " per maand" }
        default: break
        }
        if let y = a.perYear {
            // The monthly equivalent helps for what is paid monthly (toeslagen), not for small sums.
            let month = a.perMonth.flatMap { $0.euros >= 100 ? " (\(Format.euro($0.euros, alwaysCents: true)) per maand)" : nil } ?? ""
            return prefix + Format.euro(y.euros) + " per jaar" + (period == .jaar ? month : "")
        }
        return "bedrag onbekend"
    }
}

extension Scheme {
    /// The name without its explanation in brackets: "Bbz (bijstand voor zelfstandigen)" → "Bbz".
    var shortName: String { Self.shortName(name) }

    static func shortName(_ name: String) -> String {
        // The name before " (", found byte-wise (the names are short; Foundation's range(of:) is not).
        let bytes = Array(name.utf8)
        guard let k = bytes.indices.dropLast().first(where: { bytes[$0] == 0x20 && bytes[$0 + 1] == 0x28 }) else { return name }
        return String(decoding: bytes[..<k], as: UTF8.self)
    }

    /// Who decides, without the explanation: "SVB (Sociale Verzekeringsbank)" → "SVB".
    var shortExecutor: String {
        let cut = executor.firstIndex { $0 == "(" || $0 == ";" } ?? executor.endIndex
        return executor[..<cut].trimmingWhitespace()
    }
}
