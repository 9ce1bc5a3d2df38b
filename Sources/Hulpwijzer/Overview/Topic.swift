/// What a missing fact is about, for grouping `mogelijk` schemes by what would decide them
/// ("Hangt af van het inkomen: …") and for naming what else an amount needs.
enum Topic: Int, Sendable, CaseIterable, Comparable {
    // The order is the order of the groups when two schemes are equally valuable, and the
    // priority when a scheme misses facts of several topics (income decides the most).
    case inkomen, toetsingsinkomen, schulden, woning, vermogen, partner, kinderen, medebewoners, werk, opleiding, aow, uitkering, leeftijd, verblijf, overig

    static func < (a: Topic, b: Topic) -> Bool { a.rawValue < b.rawValue }

    /// The topic of a contract path (`inkomen.netto_per_maand`, `kinderen[1].leeftijd`, `partner`).
    static func of(_ path: String) -> Topic {
        let head = path.prefix { $0 != "." && $0 != "[" }
        let field = path.split(separator: ".").last.map(String.init) ?? path
        switch head {
        case "inkomen": return field == "toetsingsinkomen_per_jaar" ? .toetsingsinkomen : .inkomen
        case "woning": return .woning
        case "vermogen": return .vermogen
        case "kinderen": return .kinderen
        case "medebewoners": return .medebewoners
        case "schulden": return .schulden
        case "partner" where path == "partner": return .partner
        case "aanvrager", "partner":
            switch field {
            case "werk_uren_per_week", "zelfstandige", "arbeidsongeschikt_procent": return .werk
            case "onderwijs", "studiefinanciering": return .opleiding
            case "aow_jaren_verzekerd": return .aow
            case "zorgpremie_per_maand": return .vermogen
            case "uitkeringen": return .uitkering
            case "leeftijd", "geboortedatum": return .leeftijd
            case "rechtmatig_verblijf", "zorgverzekerd": return .verblijf
            default: return head == "partner" ? .partner : .overig
            }
        default: return .overig
        }
    }

    /// "inkomen", "huur": one word for "hangt ook af van …" on a scheme's line.
    var short: String {
        switch self {
        case .inkomen: return "inkomen"
        case .toetsingsinkomen: return "jaarinkomen"
        case .woning: return "huur"
        case .vermogen: return "vermogen"
        case .partner: return "partner"
        case .kinderen: return "kinderen"
        case .medebewoners: return "medebewoners"
        case .schulden: return "schulden"
        case .werk: return "werk"
        case .opleiding: return "opleiding"
        case .aow: return "AOW-opbouw"
        case .uitkering: return "uitkeringen"
        case .leeftijd: return "leeftijd"
        case .verblijf: return "verblijf"
        case .overig: return "meer gegevens"
        }
    }

    /// The question a counsellor asks about the topic; nil where the field's own label is clearer.
    var question: String? {
        switch self {
        case .inkomen: return "Wat is het netto inkomen per maand?"
        case .toetsingsinkomen: return "Wat is het bruto jaarinkomen (toetsingsinkomen)?"
        case .schulden: return "Zijn er schulden, en is er beslag?"
        case .woning: return "Hoe woont het huishouden, en hoe hoog is de kale huur?"
        case .vermogen: return "Hoeveel vermogen is er?"
        case .partner: return "Is er een partner?"
        case .kinderen: return "Zijn er kinderen onder de 18 (leeftijden)?"
        case .medebewoners: return "Wonen er andere volwassenen in huis?"
        case .werk: return "Werk: hoeveel uur, zelfstandig of arbeidsongeschikt?"
        case .opleiding: return "Volgt iemand een opleiding, met studiefinanciering?"
        case .aow: return "Hoeveel jaar AOW is er opgebouwd?"
        case .uitkering: return "Welke uitkeringen zijn er?"
        case .leeftijd: return "Wat is de leeftijd?"
        case .verblijf: return "Rechtmatig verblijf en zorgverzekering in Nederland?"
        case .overig: return nil
        }
    }

    /// The topic's question for a field, when it asks for that field (a question about a child's
    /// childcare hours is not "are there children?").
    static func question(for path: String) -> String? {
        mainFields.contains(path) ? of(path).question : nil
    }

    /// The fields a topic's question asks for, the one to ask first of a topic first; any
    /// other field is asked by its own label.
    static let mainFields: [String] = [
        "inkomen.netto_per_maand", "inkomen.toetsingsinkomen_per_jaar", "vermogen.totaal", "vermogen.peildatum_1_januari",
        "woning.soort", "woning.kale_huur_per_maand",
        "schulden.beslag", "schulden.totaal", "schulden.problematisch", "schulden.in_schuldhulp", "schulden.wsnp", "schulden.aantal_schuldeisers",
        "partner", "kinderen", "medebewoners",
        "aanvrager.werk_uren_per_week", "aanvrager.zelfstandige", "aanvrager.arbeidsongeschikt_procent",
        "aanvrager.onderwijs", "aanvrager.studiefinanciering", "aanvrager.aow_jaren_verzekerd", "aanvrager.uitkeringen",
        "aanvrager.rechtmatig_verblijf", "aanvrager.zorgverzekerd",
    ]

    /// The position of a main field in `mainFields` (the order to ask a topic's fields in).
    static func rank(_ path: String) -> Int { mainFields.firstIndex(of: path) ?? mainFields.count }

    /// "het inkomen", for "Hangt af van het inkomen".
    var dutch: String {
        switch self {
        case .inkomen: return "het inkomen"
        case .toetsingsinkomen: return "het bruto jaarinkomen (toetsingsinkomen)"
        case .woning: return "de woning en de huur"
        case .vermogen: return "het vermogen"
        case .partner: return "of er een partner is"
        case .kinderen: return "de kinderen"
        case .medebewoners: return "wie er verder in huis woont"
        case .schulden: return "de schulden en beslag"
        case .werk: return "het werk"
        case .opleiding: return "de opleiding"
        case .aow: return "de AOW-opbouw"
        case .uitkering: return "de uitkeringen"
        case .leeftijd: return "de leeftijd"
        case .verblijf: return "verblijf en verzekering"
        case .overig: return "andere gegevens"
        }
    }
}
