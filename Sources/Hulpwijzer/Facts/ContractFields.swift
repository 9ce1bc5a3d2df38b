/// The one table of the household contract's fields (`household.md`). The decoder's keys and
/// reads, the contract facts of `FactRegistry`, `FactComputer`'s copies, the field labels and the
/// interview's answer kinds are all derived from it. Adding a field is one entry here.
enum ContractFields {
    /// The persons a person field is declared for, with how they are named in labels.
    static let persons = [("aanvrager", "de aanvrager"), ("partner", "de partner")]

    /// Fields of the applicant and the partner, declared once.
    static let person: [ContractField<Person>] = [
        .integer("leeftijd", "de leeftijd van {wie}", .jaren, max: 130, fact: .computed, \.leeftijd),
        .date("geboortedatum", "de geboortedatum van {wie}", \.geboortedatum),
        .bool("rechtmatig_verblijf", "rechtmatig verblijf van {wie}", \.rechtmatigVerblijf),
        .bool("zorgverzekerd", "de Nederlandse zorgverzekering van {wie}", \.zorgverzekerd),
        .choice("onderwijs", "het onderwijs van {wie}", Onderwijs.allCases.map(\.rawValue), \.onderwijs),
        .bool("studiefinanciering", "studiefinanciering of WTOS van {wie}", \.studiefinanciering),
        .number("werk_uren_per_week", "de werkuren per week van {wie}", .uren, max: 168, \.werkUrenPerWeek),
        .bool("zelfstandige", "of {wie} zelfstandige is", \.zelfstandige),
        .number("arbeidsongeschikt_procent", "het arbeidsongeschiktheidspercentage van {wie}", .procent, max: 100, \.arbeidsongeschiktProcent),
        .bool("chronisch_ziek_of_beperking", "een chronische ziekte of beperking van {wie}", \.chronischZiekOfBeperking),
        .number("zorgpremie_per_maand", "de zorgpremie van {wie} per maand (basis- en aanvullende verzekering)", .euroPerMaand, \.zorgpremiePerMaand),
        .number("aow_jaren_verzekerd", "de verzekerde AOW-jaren van {wie}", .jaren, max: 50, \.aowJarenVerzekerd),
        .list("uitkeringen", "de uitkeringen van {wie}", known: HouseholdDecoder.knownBenefits, \.uitkeringen),
    ]

    /// Fields of each element of `kinderen`; labels end in "van kind N".
    static let child: [ContractField<Child>] = [
        .integer("leeftijd", "de leeftijd", .jaren, max: 130, fact: .none, \.leeftijd),
        .date("geboortedatum", "geboortedatum", \.geboortedatum),
        .bool("thuiswonend", "thuiswonend", fact: .none, \.thuiswonend),
        .choice("onderwijs", "onderwijs", ["basisschool"] + Onderwijs.allCases.map(\.rawValue), fact: .none, \.onderwijs),
        .number("kinderopvang_uren_per_maand", "de uren kinderopvang per maand", .uren, max: 744, fact: .none, \.kinderopvangUrenPerMaand),
    ]

    /// Fields of each element of `medebewoners`; labels end in "van medebewoner N".
    static let coResident: [ContractField<CoResident>] = [
        .integer("leeftijd", "de leeftijd", .jaren, max: 130, fact: .none, \.leeftijd),
        .choice("relatie", "de relatie", Relatie.allCases.map(\.rawValue), fact: .none, \.relatie),
        .bool("student", "of het een student met studiefinanciering is", fact: .none, \.student),
        .bool("commerciele_huur", "of er een commerciële huur of kostgeld wordt betaald", fact: .none, \.commercieleHuur),
        .number("inkomen_bruto_per_jaar", "het bruto jaarinkomen", .euroPerJaar, fact: .none, \.inkomenBrutoPerJaar),
    ]

    /// Fields of `woning`.
    static let housing: [ContractField<Housing>] = [
        .choice("soort", "de woonsituatie", Woonsoort.allCases.map(\.rawValue), \.soort),
        .bool("zelfstandig", "of de woning zelfstandig is (eigen voordeur, keuken en toilet)", \.zelfstandig),
        .number("kale_huur_per_maand", "de kale huur", .euroPerMaand, \.kaleHuurPerMaand),
        .number("servicekosten_per_maand", "de servicekosten", .euroPerMaand, \.servicekostenPerMaand),
        .number("overwaarde", "de overwaarde van de eigen woning", .euro, min: nil, \.overwaarde),
    ]

    /// Fields of `inkomen`.
    static let income: [ContractField<Income>] = [
        .number("netto_per_maand", "het netto inkomen", .euroPerMaand, \.nettoPerMaand),
        .number("toetsingsinkomen_per_jaar", "het opgegeven toetsingsinkomen", .euroPerJaar, min: nil,
                question: "het toetsingsinkomen (bruto jaarinkomen zoals de toeslagen het tellen)", \.toetsingsinkomenPerJaar),
        .number("maanden_laag_inkomen", "het aantal maanden met een laag inkomen", .aantal, \.maandenLaagInkomen),
    ]

    /// Fields of `vermogen`.
    static let assets: [ContractField<Assets>] = [
        .number("totaal", "het vermogen", .euro, min: nil, \.totaal),
        .number("auto_waarde", "de waarde van de auto", .euro, \.autoWaarde),
        .number("peildatum_1_januari", "het vermogen op 1 januari", .euro, min: nil, fact: .none, \.peildatum1Januari),
    ]

    /// Fields of `schulden`.
    static let debts: [ContractField<Debts>] = [
        .number("totaal", "de schulden", .euro, \.totaal),
        .bool("problematisch", "problematische schulden", \.problematisch),
        .bool("beslag", "beslag op loon of uitkering", \.beslag),
        .bool("in_schuldhulp", "of het huishouden in de schuldhulpverlening zit", \.inSchuldhulp),
        .bool("wsnp", "of het huishouden in de Wsnp zit", \.wsnp),
        .number("aantal_schuldeisers", "het aantal schuldeisers", .aantal, \.aantalSchuldeisers),
    ]

    /// The top level, in the order the decoder reads it.
    static let household: [ContractField<Household>] = [
        .text("id", "het eigen kenmerk van het dossier", \.id),
        .date("peildatum", "de peildatum", \.peildatum),
        .text("gemeente", "de gemeente", \.gemeente),
        .section("aanvrager", "de aanvrager"),
        .section("partner", "de partner (toeslagpartner)", question: "is er een partner (toeslagpartner)?"),
        .section("kinderen", "de kinderen onder de 18", question: "welke kinderen onder de 18 zijn er (leeftijden)?"),
        .section("medebewoners", "de andere volwassenen in huis", question: "wonen er andere volwassenen in huis (leeftijden)?"),
        .section("woning", "de woning"),
        .section("inkomen", "het inkomen van aanvrager en partner samen"),
        .section("vermogen", "het vermogen van het huishouden"),
        .section("schulden", "de schulden van het huishouden"),
        .list("ontvangt", "de regelingen die het huishouden al ontvangt", fact: .named("huishouden.ontvangt"),
              question: "welke regelingen ontvangt het huishouden al?", \.ontvangt),
    ]

    /// One field with its full path, independent of where it is stored.
    struct Entry: Sendable {
        /// `schulden.aantal_schuldeisers`, `partner.leeftijd`, `kinderen[].leeftijd`.
        let path: String
        /// The Dutch label (with the person filled in).
        let label: String
        /// The question for a counsellor.
        let question: String
        let unit: FactUnit
        let value: ValueKind
        /// The fact's name, nil when the field is no fact of its own.
        let factName: String?
    }

    /// Every field of the contract, with its full path, in reading order.
    static let all: [Entry] = {
        var out: [Entry] = []
        func add<H>(_ fields: [ContractField<H>], _ prefix: String, whose: String = "") {
            for f in fields {
                let path = prefix.isEmpty ? f.key : "\(prefix)\(f.key)"
                let label = f.label(for: whose)
                let name: String?
                switch f.fact {
                case .none: name = nil
                case .same, .computed: name = path
                case .named(let n): name = n
                }
                out.append(Entry(path: path, label: label, question: f.question ?? label, unit: f.unit, value: f.value, factName: name))
            }
        }
        add(household, "")
        for (who, whose) in persons { add(person, "\(who).", whose: whose) }
        add(child, "kinderen[].")
        add(coResident, "medebewoners[].")
        add(housing, "woning.")
        add(income, "inkomen.")
        add(assets, "vermogen.")
        add(debts, "schulden.")
        return out
    }()

    private static let byPath: [String: Entry] = {
        var map: [String: Entry] = [:]
        for e in all { map[e.path] = e }
        return map
    }()

    /// The field at a path; list indices are ignored (`medebewoners[0].student` is `medebewoners[].student`).
    static func entry(at path: String) -> Entry? {
        if let e = byPath[path] { return e }
        guard let open = path.firstIndex(of: "["), let close = path.firstIndex(of: "]") else { return nil }
        return byPath[String(path[..<open]) + "[]" + String(path[path.index(after: close)...])]
    }
}
