/// The one table of the household contract's fields (`household.md`). The decoder's keys and
/// reads, the contract facts of `FactRegistry`, `FactComputer`'s copies, the field labels and the
/// interview's answer kinds are all derived from it. Adding a field is one entry here.
enum ContractFields {
    /// The persons a person field is declared for, with how they are named in labels.
    static let persons = [("aanvrager", "de aanvrager"), ("partner", "de partner")]

    /// Fields of the applicant and the partner, declared once.
    static let person: [ContractField<Person>] = [
        .integer("leeftijd", "de leeftijd van {wie}", .jaren, max: 130, fact: .computed, { $0.leeftijd }, { $0.leeftijd = $1 }),
        .date("geboortedatum", "de geboortedatum van {wie}", { $0.geboortedatum }, { $0.geboortedatum = $1 }),
        .bool("rechtmatig_verblijf", "rechtmatig verblijf van {wie}", { $0.rechtmatigVerblijf }, { $0.rechtmatigVerblijf = $1 }),
        .bool("zorgverzekerd", "de Nederlandse zorgverzekering van {wie}", { $0.zorgverzekerd }, { $0.zorgverzekerd = $1 }),
        .choice("onderwijs", "het onderwijs van {wie}", Onderwijs.allCases.map(\.rawValue), { $0.onderwijs }, { $0.onderwijs = $1 }),
        .bool("studiefinanciering", "studiefinanciering of WTOS van {wie}", { $0.studiefinanciering }, { $0.studiefinanciering = $1 }),
        .number("werk_uren_per_week", "de werkuren per week van {wie}", .uren, max: 168, { $0.werkUrenPerWeek }, { $0.werkUrenPerWeek = $1 }),
        .bool("zelfstandige", "of {wie} zelfstandige is", { $0.zelfstandige }, { $0.zelfstandige = $1 }),
        .number("arbeidsongeschikt_procent", "het arbeidsongeschiktheidspercentage van {wie}", .procent, max: 100, { $0.arbeidsongeschiktProcent }, { $0.arbeidsongeschiktProcent = $1 }),
        .bool("chronisch_ziek_of_beperking", "een chronische ziekte of beperking van {wie}", { $0.chronischZiekOfBeperking }, { $0.chronischZiekOfBeperking = $1 }),
        .number("zorgpremie_per_maand", "de zorgpremie van {wie} per maand (basis- en aanvullende verzekering)", .euroPerMaand, { $0.zorgpremiePerMaand }, { $0.zorgpremiePerMaand = $1 }),
        .number("aow_jaren_verzekerd", "de verzekerde AOW-jaren van {wie}", .jaren, max: 50, { $0.aowJarenVerzekerd }, { $0.aowJarenVerzekerd = $1 }),
        .list("uitkeringen", "de uitkeringen van {wie}", known: HouseholdDecoder.knownBenefits, { $0.uitkeringen }, { $0.uitkeringen = $1 }),
    ]

    /// Fields of each element of `kinderen`; labels end in "van kind N".
    static let child: [ContractField<Child>] = [
        .integer("leeftijd", "de leeftijd", .jaren, max: 130, fact: .none, { $0.leeftijd }, { $0.leeftijd = $1 }),
        .date("geboortedatum", "geboortedatum", { $0.geboortedatum }, { $0.geboortedatum = $1 }),
        .bool("thuiswonend", "thuiswonend", fact: .none, { $0.thuiswonend }, { $0.thuiswonend = $1 }),
        .choice("onderwijs", "onderwijs", ["basisschool"] + Onderwijs.allCases.map(\.rawValue), fact: .none, { $0.onderwijs }, { $0.onderwijs = $1 }),
        .number("kinderopvang_uren_per_maand", "de uren kinderopvang per maand", .uren, max: 744, fact: .none, { $0.kinderopvangUrenPerMaand }, { $0.kinderopvangUrenPerMaand = $1 }),
    ]

    /// Fields of each element of `medebewoners`; labels end in "van medebewoner N".
    static let coResident: [ContractField<CoResident>] = [
        .integer("leeftijd", "de leeftijd", .jaren, max: 130, fact: .none, { $0.leeftijd }, { $0.leeftijd = $1 }),
        .choice("relatie", "de relatie", Relatie.allCases.map(\.rawValue), fact: .none, { $0.relatie }, { $0.relatie = $1 }),
        .bool("student", "of het een student met studiefinanciering is", fact: .none, { $0.student }, { $0.student = $1 }),
        .bool("commerciele_huur", "of er een commerciële huur of kostgeld wordt betaald", fact: .none, { $0.commercieleHuur }, { $0.commercieleHuur = $1 }),
        .number("inkomen_bruto_per_jaar", "het bruto jaarinkomen", .euroPerJaar, fact: .none, { $0.inkomenBrutoPerJaar }, { $0.inkomenBrutoPerJaar = $1 }),
    ]

    /// Fields of `woning`.
    static let housing: [ContractField<Housing>] = [
        .choice("soort", "de woonsituatie", Woonsoort.allCases.map(\.rawValue), { $0.soort }, { $0.soort = $1 }),
        .bool("zelfstandig", "of de woning zelfstandig is (eigen voordeur, keuken en toilet)", { $0.zelfstandig }, { $0.zelfstandig = $1 }),
        .number("kale_huur_per_maand", "de kale huur", .euroPerMaand, { $0.kaleHuurPerMaand }, { $0.kaleHuurPerMaand = $1 }),
        .number("servicekosten_per_maand", "de servicekosten", .euroPerMaand, { $0.servicekostenPerMaand }, { $0.servicekostenPerMaand = $1 }),
        .number("overwaarde", "de overwaarde van de eigen woning", .euro, min: nil, { $0.overwaarde }, { $0.overwaarde = $1 }),
    ]

    /// Fields of `inkomen`.
    static let income: [ContractField<Income>] = [
        .number("netto_per_maand", "het netto inkomen", .euroPerMaand, { $0.nettoPerMaand }, { $0.nettoPerMaand = $1 }),
        .number("toetsingsinkomen_per_jaar", "het opgegeven toetsingsinkomen", .euroPerJaar, min: nil,
                question: "het toetsingsinkomen (bruto jaarinkomen zoals de toeslagen het tellen)", { $0.toetsingsinkomenPerJaar }, { $0.toetsingsinkomenPerJaar = $1 }),
        .number("maanden_laag_inkomen", "het aantal maanden met een laag inkomen", .aantal, { $0.maandenLaagInkomen }, { $0.maandenLaagInkomen = $1 }),
    ]

    /// Fields of `vermogen`.
    static let assets: [ContractField<Assets>] = [
        .number("totaal", "het vermogen", .euro, min: nil, { $0.totaal }, { $0.totaal = $1 }),
        .number("auto_waarde", "de waarde van de auto", .euro, { $0.autoWaarde }, { $0.autoWaarde = $1 }),
        .number("peildatum_1_januari", "het vermogen op 1 januari", .euro, min: nil, fact: .none, { $0.peildatum1Januari }, { $0.peildatum1Januari = $1 }),
    ]

    /// Fields of `schulden`.
    static let debts: [ContractField<Debts>] = [
        .number("totaal", "de schulden", .euro, { $0.totaal }, { $0.totaal = $1 }),
        .bool("problematisch", "problematische schulden", { $0.problematisch }, { $0.problematisch = $1 }),
        .bool("beslag", "beslag op loon of uitkering", { $0.beslag }, { $0.beslag = $1 }),
        .bool("in_schuldhulp", "of het huishouden in de schuldhulpverlening zit", { $0.inSchuldhulp }, { $0.inSchuldhulp = $1 }),
        .bool("wsnp", "of het huishouden in de Wsnp zit", { $0.wsnp }, { $0.wsnp = $1 }),
        .number("aantal_schuldeisers", "het aantal schuldeisers", .aantal, { $0.aantalSchuldeisers }, { $0.aantalSchuldeisers = $1 }),
    ]

    /// The top level, in the order the decoder reads it.
    static let household: [ContractField<Household>] = [
        .text("id", "het eigen kenmerk van het dossier", { $0.id }, { $0.id = $1 }),
        .date("peildatum", "de peildatum", { $0.peildatum }, { $0.peildatum = $1 }),
        .text("gemeente", "de gemeente", { $0.gemeente }, { $0.gemeente = $1 }),
        .section("aanvrager", "de aanvrager"),
        .section("partner", "de partner (toeslagpartner)", question: "is er een partner (toeslagpartner)?"),
        .section("kinderen", "de kinderen onder de 18", question: "welke kinderen onder de 18 zijn er (leeftijden)?"),
        .section("medebewoners", "de andere volwassenen in huis", question: "wonen er andere volwassenen in huis (leeftijden)?"),
        .section("woning", "de woning"),
        .section("inkomen", "het inkomen van aanvrager en partner samen"),
        .section("vermogen", "het vermogen van het huishouden"),
        .section("schulden", "de schulden van het huishouden"),
        .list("ontvangt", "de regelingen die het huishouden al ontvangt", fact: .named("huishouden.ontvangt"),
              question: "welke regelingen ontvangt het huishouden al?", { $0.ontvangt }, { $0.ontvangt = $1 }),
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
