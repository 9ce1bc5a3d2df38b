/// The household as hulpwijzer understood it, in Dutch: who, ages, municipality, housing,
/// income, assets and debts, and which of these are not given.
enum HouseholdSummary {
    static func sentence(_ h: Household, municipality: Municipality?, on day: Day) -> String {
        var who: String
        let age = h.aanvrager.leeftijd.map { " van \($0)" } ?? ""
        switch h.partner {
        case .absent: who = "Alleenstaande\(age)"
        case .present(let p): who = "Aanvrager\(age)" + " met partner" + (p.leeftijd.map { " van \($0)" } ?? "")
        case .unknown: who = "Aanvrager\(age)"
        }
        if let kids = h.kinderen {
            let ages = kids.compactMap(\.leeftijd)
            if kids.isEmpty {
                who += ", zonder kinderen"
            } else {
                who += ", met " + (kids.count == 1 ? "een kind" : "\(kids.count) kinderen")
                if ages.count == kids.count { who += " (" + Dutch.list(ages.map(String.init)) + " jaar)" }
            }
        }
        if let m = municipality { who += ", gemeente \(m.name)" }
        var known: [String] = []
        var open: [String] = []
        if case .unknown = h.partner { open.append("partner") }
        if h.kinderen == nil { open.append("kinderen") }
        switch (h.woning.soort, h.woning.kaleHuurPerMaand) {
        case (_, let rent?): known.append("kale huur \(Format.euro(rent)) per maand")
        case ("huur"?, nil): known.append("huurwoning"); open.append("huur")
        case (let kind?, nil): known.append(Woonsoort(rawValue: kind).map(Self.housing) ?? kind)
        case (nil, nil): open.append("woning")
        }
        if let net = h.inkomen.nettoPerMaand {
            known.append("netto inkomen \(Format.euro(net)) per maand")
        } else if let gross = h.inkomen.toetsingsinkomenPerJaar {
            known.append("toetsingsinkomen \(Format.euro(gross)) per jaar")
        } else { open.append("inkomen") }
        if let assets = h.vermogen.totaal { known.append("vermogen \(Format.euro(assets))") } else { open.append("vermogen") }
        if let debts = h.schulden.totaal {
            known.append("schulden \(Format.euro(debts))" + (h.schulden.beslag == true ? " met beslag" : ""))
        } else if h.schulden.beslag == true {
            known.append("beslag op loon of uitkering")
        } else { open.append("schulden") }
        var text = who
        if !known.isEmpty { text += "; " + Dutch.list(known) }
        text += "."
        if !open.isEmpty { text += " Niet opgegeven: " + Dutch.list(open) + "." }
        return text
    }

    static func housing(_ kind: Woonsoort) -> String {
        switch kind {
        case .huur: return "huurwoning"
        case .koop: return "koopwoning"
        case .inwonend: return "inwonend"
        case .instelling: return "woont in een instelling"
        case .dakloos: return "dakloos"
        }
    }
}
