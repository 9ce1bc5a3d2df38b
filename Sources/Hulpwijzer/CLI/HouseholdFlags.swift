/// The `check` flags that describe a household. Each flag writes one field of
/// the contract's JSON, so flags and files are validated by the same decoder,
/// and flags override the file. A flag that takes a value reads it as the field's
/// value kind in `ContractFields` says; the list itself fixes the order of the help.
struct HouseholdFlag: Sendable {
    enum Kind: Sendable {
        /// Takes one value, read as the target field's `ValueKind` (number, date or text).
        case field
        /// Writes a fixed value; takes no argument.
        case fixed(JSONValue)
        /// Appends an element to a list; repeatable.
        case append(@Sendable (String) throws(UsageError) -> JSONValue)
    }

    var name: String
    var path: [String]
    var kind: Kind
    var help: String
    var metavar: String = ""

    static let all: [HouseholdFlag] = [
        .init(name: "--id", path: ["id"], kind: .field, help: "eigen kenmerk van het dossier (geen BSN of naam)", metavar: "TEKST"),
        .init(name: "--gemeente", path: ["gemeente"], kind: .field, help: "gemeente: naam of CBS-code (GM0363)", metavar: "NAAM"),
        .init(name: "--peildatum", path: ["peildatum"], kind: .field, help: "datum waarop de vraag betrekking heeft (standaard vandaag)", metavar: "JJJJ-MM-DD"),
        .init(name: "--leeftijd", path: ["aanvrager", "leeftijd"], kind: .field, help: "leeftijd van de aanvrager", metavar: "JAREN"),
        .init(name: "--geboortedatum", path: ["aanvrager", "geboortedatum"], kind: .field, help: "geboortedatum van de aanvrager", metavar: "JJJJ-MM-DD"),
        .init(name: "--partner-leeftijd", path: ["partner", "leeftijd"], kind: .field, help: "er is een partner, met deze leeftijd", metavar: "JAREN"),
        .init(name: "--geen-partner", path: ["partner"], kind: .fixed(.null), help: "er is geen partner"),
        .init(name: "--kind", path: ["kinderen"], kind: .append({ v throws(UsageError) in
            let n = try ArgumentList.number(v, option: "--kind", command: "check")
            return .object(JSONObject([("leeftijd", .number(n)), ("thuiswonend", .bool(true))]))
        }), help: "een thuiswonend kind van deze leeftijd (herhaalbaar)", metavar: "LEEFTIJD"),
        .init(name: "--geen-kinderen", path: ["kinderen"], kind: .fixed(.array([])), help: "er zijn geen kinderen onder de 18"),
        .init(name: "--medebewoner", path: ["medebewoners"], kind: .append({ v throws(UsageError) in
            let n = try ArgumentList.number(v, option: "--medebewoner", command: "check")
            return .object(JSONObject([("leeftijd", .number(n))]))
        }), help: "een andere volwassene in huis, van deze leeftijd (herhaalbaar)", metavar: "LEEFTIJD"),
        .init(name: "--geen-medebewoners", path: ["medebewoners"], kind: .fixed(.array([])), help: "er wonen geen andere volwassenen in huis"),
        .init(name: "--woning", path: ["woning", "soort"], kind: .field, help: Woonsoort.allCases.map(\.rawValue).dutchList, metavar: "SOORT"),
        .init(name: "--huur", path: ["woning", "kale_huur_per_maand"], kind: .field, help: "kale huur per maand (zet ook --woning huur)", metavar: "BEDRAG"),
        .init(name: "--zelfstandige-woning", path: ["woning", "zelfstandig"], kind: .fixed(.bool(true)), help: "eigen voordeur, keuken en toilet"),
        .init(name: "--onzelfstandige-woning", path: ["woning", "zelfstandig"], kind: .fixed(.bool(false)), help: "kamer of gedeelde voorzieningen"),
        .init(name: "--netto-inkomen", path: ["inkomen", "netto_per_maand"], kind: .field, help: "netto inkomen per maand van aanvrager en partner samen", metavar: "BEDRAG"),
        .init(name: "--toetsingsinkomen", path: ["inkomen", "toetsingsinkomen_per_jaar"], kind: .field, help: "bruto jaarinkomen zoals de toeslagen het tellen", metavar: "BEDRAG"),
        .init(name: "--maanden-laag-inkomen", path: ["inkomen", "maanden_laag_inkomen"], kind: .field, help: "aantal maanden op of rond het sociaal minimum", metavar: "AANTAL"),
        .init(name: "--vermogen", path: ["vermogen", "totaal"], kind: .field, help: "vermogen (spaargeld e.d. min schulden, zonder eigen woning)", metavar: "BEDRAG"),
        .init(name: "--zorgverzekerd", path: ["aanvrager", "zorgverzekerd"], kind: .fixed(.bool(true)), help: "de aanvrager (en de partner) heeft een Nederlandse zorgverzekering"),
        .init(name: "--niet-zorgverzekerd", path: ["aanvrager", "zorgverzekerd"], kind: .fixed(.bool(false)), help: "de aanvrager (en de partner) heeft geen Nederlandse zorgverzekering"),
        .init(name: "--rechtmatig-verblijf", path: ["aanvrager", "rechtmatig_verblijf"], kind: .fixed(.bool(true)), help: "aanvrager (en partner): Nederlander of rechtmatig verblijf"),
        .init(name: "--geen-rechtmatig-verblijf", path: ["aanvrager", "rechtmatig_verblijf"], kind: .fixed(.bool(false)), help: "aanvrager (en partner): geen rechtmatig verblijf"),
        .init(name: "--werk-uren", path: ["aanvrager", "werk_uren_per_week"], kind: .field, help: "betaald werk van de aanvrager, uren per week (0 = geen werk)", metavar: "UREN"),
        .init(name: "--zelfstandige", path: ["aanvrager", "zelfstandige"], kind: .fixed(.bool(true)), help: "de aanvrager is zelfstandige (zzp)"),
        .init(name: "--uitkering", path: ["aanvrager", "uitkeringen"], kind: .append({ .string($0) }), help: "uitkering van de aanvrager: bijstand, ww, wia, aow, … (herhaalbaar)", metavar: "SOORT"),
        .init(name: "--geen-uitkering", path: ["aanvrager", "uitkeringen"], kind: .fixed(.array([])), help: "de aanvrager heeft geen uitkering"),
        .init(name: "--aow-jaren", path: ["aanvrager", "aow_jaren_verzekerd"], kind: .field, help: "verzekerde jaren voor de AOW (0–50)", metavar: "JAREN"),
        .init(name: "--schulden", path: ["schulden", "totaal"], kind: .field, help: "totaal van de schulden", metavar: "BEDRAG"),
        .init(name: "--problematische-schulden", path: ["schulden", "problematisch"], kind: .fixed(.bool(true)), help: "de schulden zijn niet binnen redelijke termijn af te lossen"),
        .init(name: "--beslag", path: ["schulden", "beslag"], kind: .fixed(.bool(true)), help: "er ligt beslag op loon of uitkering"),
        .init(name: "--ontvangt", path: ["ontvangt"], kind: .append({ .string($0) }), help: "regeling die het huishouden al ontvangt (herhaalbaar)", metavar: "ID"),
    ]

    static func named(_ name: String) -> HouseholdFlag? { all.first { $0.name == name } }

    /// Flags that also answer for the partner (unless the partner's own answer is given).
    static let sharedWithPartner: Set<String> = ["--zorgverzekerd", "--niet-zorgverzekerd", "--rechtmatig-verblijf", "--geen-rechtmatig-verblijf"]
}

/// Applies flag values to a household JSON object.
struct HouseholdPatch {
    private(set) var object: JSONObject
    private var appended: Set<String> = []

    init(_ base: JSONObject) { object = base }

    mutating func apply(_ flag: HouseholdFlag, value: String?) throws(UsageError) {
        let v: JSONValue
        switch flag.kind {
        case .field:
            switch ContractFields.entry(at: flag.path.joined(separator: "."))?.value {
            case .number?, .integer?: v = .number(try ArgumentList.number(value ?? "", option: flag.name, command: "check"))
            case .date?:
                guard let value, Day(value) != nil else {
                    throw UsageError(message: "\(flag.name) verwacht een datum JJJJ-MM-DD, niet \"\(value ?? "")\"", command: "check")
                }
                v = .string(value)
            default: v = .string(value ?? "")
            }
        case .fixed(let fixed): v = fixed
        case .append(let make):
            let element = try make(value ?? "")
            let key = flag.path.joined(separator: ".")
            var list: [JSONValue] = []
            if appended.contains(key), case .array(let existing)? = get(flag.path) { list = existing }
            appended.insert(key)
            list.append(element)
            set(flag.path, .array(list))
            return
        }
        set(flag.path, v)
        if flag.name == "--huur", get(["woning", "soort"]) == nil { set(["woning", "soort"], .string("huur")) }
    }

    /// Flags about insurance and residence describe the household: when there is a partner
    /// who has no answer of their own, the same answer is used for the partner.
    mutating func applyToPartner(_ flags: [HouseholdFlag]) {
        guard case .object? = get(["partner"]) else { return }
        for flag in flags where flag.path.first == "aanvrager" && HouseholdFlag.sharedWithPartner.contains(flag.name) {
            let field = Array(flag.path.dropFirst())
            if get(["partner"] + field) == nil, let v = get(flag.path) { set(["partner"] + field, v) }
        }
    }

    func get(_ path: [String]) -> JSONValue? {
        var current: JSONValue = .object(object)
        for key in path {
            guard case .object(let o) = current, let next = o[key] else { return nil }
            current = next
        }
        return current
    }

    mutating func set(_ path: [String], _ value: JSONValue) {
        object = Self.setting(object, path[...], value)
    }

    private static func setting(_ o: JSONObject, _ path: ArraySlice<String>, _ value: JSONValue) -> JSONObject {
        guard let key = path.first else { return o }
        var copy = o
        let newValue: JSONValue
        if path.count == 1 {
            newValue = value
        } else {
            let inner: JSONObject
            if case .object(let existing)? = o[key] { inner = existing } else { inner = JSONObject() }
            newValue = .object(setting(inner, path.dropFirst(), value))
        }
        if let idx = copy.members.firstIndex(where: { $0.key == key }) {
            copy.members[idx].value = newValue
        } else {
            copy.members.append((key, newValue))
        }
        return copy
    }
}

private extension Array where Element == String {
    /// "huur, koop, inwonend, instelling of dakloos"
    var dutchList: String { count < 2 ? joined() : dropLast().joined(separator: ", ") + " of " + self[count - 1] }
}
