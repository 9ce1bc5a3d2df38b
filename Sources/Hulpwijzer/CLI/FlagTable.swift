/// The options of `check` for every field of the household contract. Names, groups and help
/// are declared here; how a value is read, its placeholder and the choices in the help come
/// from the field's entry in `ContractFields`. Person options are declared once, for the
/// applicant (`--werk-uren`) and the partner (`--partner-werk-uren`).
enum FlagTable {
    /// A person field's option: the name after `--` (and after `--partner-`), and the help
    /// with `{wie}` for "de aanvrager" or "de partner".
    struct PersonOption {
        let key: String
        let name: String
        let help: String
        var group: HouseholdFlag.Group? = nil
        var kind: HouseholdFlag.Kind = .value
        var metavar: String? = nil
    }

    static let person: [PersonOption] = [
        .init(key: "leeftijd", name: "leeftijd", help: "leeftijd van {wie} op de peildatum"),
        .init(key: "geboortedatum", name: "geboortedatum", help: "geboortedatum van {wie} (in plaats van de leeftijd)"),
        .init(key: "rechtmatig_verblijf", name: "rechtmatig-verblijf", help: "{wie} is Nederlander of heeft rechtmatig verblijf"),
        .init(key: "zorgverzekerd", name: "zorgverzekerd", help: "{wie} heeft een Nederlandse zorgverzekering"),
        .init(key: "onderwijs", name: "onderwijs", help: "huidige opleiding van {wie}"),
        .init(key: "studiefinanciering", name: "studiefinanciering", help: "{wie} krijgt studiefinanciering of WTOS"),
        .init(key: "werk_uren_per_week", name: "werk-uren", help: "betaald werk van {wie}, uren per week (0 = geen werk)"),
        .init(key: "zelfstandige", name: "zelfstandige", help: "{wie} is zelfstandige (zzp)"),
        .init(key: "arbeidsongeschikt_procent", name: "arbeidsongeschikt", help: "arbeidsongeschiktheid van {wie} volgens UWV (0–100)"),
        .init(key: "chronisch_ziek_of_beperking", name: "chronisch-ziek", help: "{wie} heeft een chronische ziekte of beperking"),
        .init(key: "zorgpremie_per_maand", name: "zorgpremie", help: "zorgpremie van {wie} per maand, basis- en aanvullende verzekering samen"),
        .init(key: "aow_jaren_verzekerd", name: "aow-jaren", help: "verzekerde jaren van {wie} voor de AOW (0–50)"),
        .init(key: "uitkeringen", name: "uitkering", help: "uitkering van {wie}: bijstand, ww, wia, aow, … of geen (herhaalbaar)",
              group: .regelingen, kind: .append, metavar: "SOORT"),
    ]

    /// The applicant's and the partner's options.
    static func personFlags(_ who: String) -> [HouseholdFlag] {
        let applicant = who == "aanvrager"
        return person.map { p in
            let help = p.help.replacingEvery("{wie}", with: applicant ? "de aanvrager" : "de partner")
            return flag(applicant ? "--\(p.name)" : "--partner-\(p.name)", "\(who).\(p.key)", p.group ?? (applicant ? .aanvrager : .partner),
                        help, kind: p.kind, metavar: p.metavar,
                        shared: applicant && (p.key == "zorgverzekerd" || p.key == "rechtmatig_verblijf"))
        }
    }

    /// Every option, grouped as the help shows them (the order within a group is the order here).
    static let flags: [HouseholdFlag] = {
        var all: [HouseholdFlag] = [
            flag("--gemeente", "gemeente", .dossier, "gemeente: naam of CBS-code (GM0363)", metavar: "NAAM"),
            flag("--peildatum", "peildatum", .dossier, "datum waarop de vraag betrekking heeft (standaard vandaag)"),
            flag("--id", "id", .dossier, "eigen kenmerk van het dossier (geen BSN of naam)"),
        ]
        all += personFlags("aanvrager")
        all += [
            flag("--niet-zorgverzekerd", "aanvrager.zorgverzekerd", .aanvrager, "hetzelfde als --zorgverzekerd nee", kind: .fixed(.bool(false)), shared: true),
            flag("--geen-rechtmatig-verblijf", "aanvrager.rechtmatig_verblijf", .aanvrager, "hetzelfde als --rechtmatig-verblijf nee",
                 kind: .fixed(.bool(false)), shared: true),
            flag("--geen-partner", "partner", .partner, "er is geen partner", kind: .fixed(.null)),
        ]
        all += personFlags("partner")
        all += [
            flag("--kind", "kinderen[].leeftijd", .kinderen, "een thuiswonend kind van deze leeftijd of geboortedatum (herhaalbaar)",
                 kind: .newItem(defaults: JSONObject([("thuiswonend", .bool(true))])), metavar: "LEEFTIJD|JJJJ-MM-DD",
                 also: ["kinderen[].geboortedatum", "kinderen[].thuiswonend"]),
            flag("--kind-thuiswonend", "kinderen[].thuiswonend", .kinderen, "het kind woont thuis", kind: .itemValue),
            flag("--kind-onderwijs", "kinderen[].onderwijs", .kinderen, "school van het kind", kind: .itemValue),
            flag("--kinderopvang-uren", "kinderen[].kinderopvang_uren_per_maand", .kinderen, "uren kinderopvang per maand voor het kind", kind: .itemValue),
            flag("--geen-kinderen", "kinderen", .kinderen, "er zijn geen kinderen onder de 18", kind: .fixed(.array([]))),
            flag("--medebewoner", "medebewoners[].leeftijd", .medebewoners, "een andere volwassene in huis, van deze leeftijd (herhaalbaar)",
                 kind: .newItem(defaults: JSONObject()), metavar: "LEEFTIJD"),
            flag("--medebewoner-relatie", "medebewoners[].relatie", .medebewoners, "relatie tot de aanvrager", kind: .itemValue),
            flag("--medebewoner-student", "medebewoners[].student", .medebewoners, "de medebewoner studeert met studiefinanciering", kind: .itemValue),
            flag("--medebewoner-commerciele-huur", "medebewoners[].commerciele_huur", .medebewoners,
                 "betaalt zakelijke huur of kostgeld, met een schriftelijke afspraak", kind: .itemValue),
            flag("--medebewoner-inkomen", "medebewoners[].inkomen_bruto_per_jaar", .medebewoners, "bruto jaarinkomen van de medebewoner", kind: .itemValue),
            flag("--geen-medebewoners", "medebewoners", .medebewoners, "er wonen geen andere volwassenen in huis", kind: .fixed(.array([]))),
            flag("--woning", "woning.soort", .wonen, "woonsituatie"),
            flag("--huur", "woning.kale_huur_per_maand", .wonen, "kale huur per maand (zet ook --woning huur)"),
            flag("--servicekosten", "woning.servicekosten_per_maand", .wonen, "servicekosten per maand"),
            flag("--zelfstandige-woning", "woning.zelfstandig", .wonen, "eigen voordeur, keuken en toilet", kind: .fixed(.bool(true))),
            flag("--onzelfstandige-woning", "woning.zelfstandig", .wonen, "kamer of gedeelde voorzieningen", kind: .fixed(.bool(false))),
            flag("--overwaarde", "woning.overwaarde", .wonen, "WOZ- of marktwaarde van de eigen woning min de hypotheek"),
            flag("--netto-inkomen", "inkomen.netto_per_maand", .inkomen, "netto per maand, zonder toeslagen, kinderbijslag en vakantiegeld"),
            flag("--toetsingsinkomen", "inkomen.toetsingsinkomen_per_jaar", .inkomen, "bruto jaarinkomen zoals de toeslagen het tellen"),
            flag("--maanden-laag-inkomen", "inkomen.maanden_laag_inkomen", .inkomen, "aantal maanden op of rond het sociaal minimum"),
            flag("--vermogen", "vermogen.totaal", .vermogen, "spaargeld e.d. min schulden, zonder de eigen woning"),
            flag("--vermogen-1-januari", "vermogen.peildatum_1_januari", .vermogen, "hetzelfde op 1 januari (zoals de toeslagen toetsen)"),
            flag("--auto-waarde", "vermogen.auto_waarde", .vermogen, "waarde van de auto"),
            flag("--schulden", "schulden.totaal", .vermogen, "totaal van de schulden"),
            flag("--problematische-schulden", "schulden.problematisch", .vermogen, "de schulden zijn niet binnen redelijke termijn af te lossen"),
            flag("--beslag", "schulden.beslag", .vermogen, "er ligt beslag op loon of uitkering"),
            flag("--schuldhulp", "schulden.in_schuldhulp", .vermogen, "het huishouden zit in de schuldhulpverlening"),
            flag("--wsnp", "schulden.wsnp", .vermogen, "het huishouden zit in de Wsnp"),
            flag("--schuldeisers", "schulden.aantal_schuldeisers", .vermogen, "aantal schuldeisers"),
            flag("--geen-uitkering", "aanvrager.uitkeringen", .regelingen, "hetzelfde als --uitkering geen", kind: .fixed(.array([]))),
            flag("--ontvangt", "ontvangt", .regelingen, "regeling die het huishouden al krijgt (id uit 'hulpwijzer regelingen'), of geen (herhaalbaar)",
                 kind: .append, metavar: "REGELING"),
        ]
        // The help reads group by group.
        return HouseholdFlag.Group.allCases.flatMap { g in all.filter { $0.group == g } }
    }()

    /// An option for a field, with the placeholder and, for a closed set, the choices taken from the contract table.
    static func flag(_ name: String, _ field: String, _ group: HouseholdFlag.Group, _ help: String, kind: HouseholdFlag.Kind = .value,
                     metavar: String? = nil, shared: Bool = false, also: [String] = []) -> HouseholdFlag {
        var f = HouseholdFlag(name: name, field: field, kind: kind, group: group, help: help + (shared ? " (geldt ook voor de partner)" : ""),
                              metavar: "", sharedWithPartner: shared, alsoWrites: also)
        guard !f.isFixed, let entry = f.entry else { return f }
        f.metavar = metavar ?? placeholder(entry)
        if case .choice(let options) = entry.value { f.help += ": " + options.dutchList }
        return f
    }

    /// `BEDRAG`, `JAREN`, `[ja|nee]`, … for a field.
    static func placeholder(_ entry: ContractFields.Entry) -> String {
        switch entry.value {
        case .bool: return "[ja|nee]"
        case .choice: return "SOORT"
        case .date: return "JJJJ-MM-DD"
        case .text, .section: return "TEKST"
        case .list: return "SOORT"
        case .number, .integer:
            switch entry.unit {
            case .euro, .euroPerMaand, .euroPerJaar: return "BEDRAG"
            case .jaren: return "JAREN"
            case .uren: return "UREN"
            case .procent: return "PROCENT"
            default: return "AANTAL"
            }
        }
    }
}
