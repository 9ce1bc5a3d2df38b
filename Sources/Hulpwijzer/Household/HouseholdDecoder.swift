/// Decodes the contract's household JSON into a `Household`, keeping "absent =
/// unknown" intact and naming every bad field by its path.
///
/// Unknown keys are errors (a typo must not silently become "unknown"), with
/// the nearest known key suggested.
public enum HouseholdDecoder {
    /// Values allowed for `onderwijs` of a person.
    public static let educationLevels = Onderwijs.allCases.map(\.rawValue)
    /// Values allowed for `woning.soort`.
    public static let housingKinds = Woonsoort.allCases.map(\.rawValue)
    /// Values allowed for `medebewoners[].relatie`.
    public static let relations = Relatie.allCases.map(\.rawValue)
    /// Benefits named by the contract and related ones; other strings are accepted
    /// unless they look like a typo of one of these.
    public static let knownBenefits = ["bijstand", "ww", "wia", "wga", "iva", "wao", "waz", "wajong", "ziektewet",
                                       "aow", "aio", "anw", "ioaw", "ioaz", "bbz", "toeslagenwet"]

    /// Parses and decodes a household document.
    public static func decode(bytes: [UInt8]) throws(HouseholdError) -> Household {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw HouseholdError(path: "", error.description)
        }
        return try decode(value)
    }

    /// Decodes an already parsed household document.
    public static func decode(_ value: JSONValue) throws(HouseholdError) -> Household {
        var reader = Reader()
        let household = reader.household(value)
        if !reader.problems.isEmpty { throw HouseholdError(problems: reader.problems) }
        return household
    }

    /// The keys the contract knows at top level, for suggestions and the interview.
    public static let topLevelKeys = ["id", "peildatum", "gemeente", "aanvrager", "partner", "kinderen",
                                      "medebewoners", "woning", "inkomen", "vermogen", "schulden", "ontvangt"]
    static let personKeys = ["leeftijd", "geboortedatum", "rechtmatig_verblijf", "zorgverzekerd", "onderwijs",
                             "studiefinanciering", "werk_uren_per_week", "zelfstandige", "arbeidsongeschikt_procent",
                             "chronisch_ziek_of_beperking", "aow_jaren_verzekerd", "uitkeringen"]
    static let childKeys = ["leeftijd", "geboortedatum", "thuiswonend", "onderwijs", "kinderopvang_uren_per_maand"]
    static let coResidentKeys = ["leeftijd", "relatie", "student", "commerciele_huur", "inkomen_bruto_per_jaar"]
    static let housingKeys = ["soort", "zelfstandig", "kale_huur_per_maand", "servicekosten_per_maand", "overwaarde"]
    static let incomeKeys = ["netto_per_maand", "toetsingsinkomen_per_jaar", "maanden_laag_inkomen"]
    static let assetKeys = ["totaal", "auto_waarde", "peildatum_1_januari"]
    static let debtKeys = ["totaal", "problematisch", "beslag", "in_schuldhulp", "wsnp", "aantal_schuldeisers"]
}

/// Field-by-field reader that collects problems instead of stopping at the first.
private struct Reader {
    var problems: [HouseholdError.Problem] = []

    mutating func fail(_ path: String, _ message: String) {
        problems.append(.init(path: path, message: message))
    }

    func join(_ base: String, _ key: String) -> String { base.isEmpty ? key : "\(base).\(key)" }

    /// Checks that `object` has only `allowed` keys; reports the others with a suggestion.
    mutating func checkKeys(_ object: JSONObject, allowed: [String], at path: String) {
        for key in object.keys where !allowed.contains(key) {
            fail(join(path, key), "onbekend veld." + Suggest.didYouMean(key, in: allowed)
                 + (Suggest.closest(to: key, in: allowed).isEmpty ? " Bekende velden: \(allowed.joined(separator: ", "))." : ""))
        }
    }

    mutating func object(_ value: JSONValue?, at path: String) -> JSONObject? {
        guard let value else { return nil }
        switch value {
        case .null: return nil
        case .object(let o): return o
        default:
            fail(path, "\(value.snippet) is geen object; verwacht {…}")
            return nil
        }
    }

    mutating func number(_ o: JSONObject, _ key: String, at base: String, min: Double? = 0, max: Double? = nil) -> Double? {
        guard let v = o[key] else { return nil }
        let path = join(base, key)
        switch v {
        case .null: return nil
        case .number(let n):
            if let min, n < min {
                fail(path, "\(JSONWriter.formatNumber(n)) is negatief; verwacht \(JSONWriter.formatNumber(min)) of meer")
                return nil
            }
            if let max, n > max {
                fail(path, "\(JSONWriter.formatNumber(n)) is te groot; verwacht hoogstens \(JSONWriter.formatNumber(max))")
                return nil
            }
            return n
        default:
            fail(path, "\(v.snippet) is geen getal")
            return nil
        }
    }

    mutating func integer(_ o: JSONObject, _ key: String, at base: String, max: Double) -> Int? {
        guard let n = number(o, key, at: base, min: 0, max: max) else { return nil }
        guard n == n.rounded() else {
            fail(join(base, key), "\(JSONWriter.formatNumber(n)) is geen heel getal")
            return nil
        }
        return Int(n)
    }

    mutating func bool(_ o: JSONObject, _ key: String, at base: String) -> Bool? {
        guard let v = o[key] else { return nil }
        switch v {
        case .null: return nil
        case .bool(let b): return b
        default:
            fail(join(base, key), "\(v.snippet) is geen true of false")
            return nil
        }
    }

    mutating func string(_ o: JSONObject, _ key: String, at base: String) -> String? {
        guard let v = o[key] else { return nil }
        switch v {
        case .null: return nil
        case .string(let s): return s
        default:
            fail(join(base, key), "\(v.snippet) is geen tekst")
            return nil
        }
    }

    mutating func choice(_ o: JSONObject, _ key: String, at base: String, from allowed: [String]) -> String? {
        guard let s = string(o, key, at: base) else { return nil }
        guard allowed.contains(s) else {
            fail(join(base, key), "\"\(s)\" is geen geldige waarde; kies uit \(allowed.joined(separator: ", ")).\(Suggest.didYouMean(s, in: allowed))")
            return nil
        }
        return s
    }

    mutating func date(_ o: JSONObject, _ key: String, at base: String) -> Day? {
        guard let s = string(o, key, at: base) else { return nil }
        guard let d = Day(s) else {
            fail(join(base, key), "\"\(s)\" is geen geldige datum; verwacht JJJJ-MM-DD, bijvoorbeeld 2026-03-01")
            return nil
        }
        return d
    }

    mutating func array(_ o: JSONObject, _ key: String, at base: String) -> [JSONValue]? {
        guard let v = o[key] else { return nil }
        switch v {
        case .null: return []
        case .array(let a): return a
        default:
            fail(join(base, key), "\(v.snippet) is geen lijst; verwacht […]")
            return nil
        }
    }

    mutating func strings(_ o: JSONObject, _ key: String, at base: String) -> [String]? {
        guard let items = array(o, key, at: base) else { return nil }
        var out: [String] = []
        for (i, item) in items.enumerated() {
            if case .string(let s) = item { out.append(s) } else {
                fail("\(join(base, key))[\(i)]", "\(item.snippet) is geen tekst")
            }
        }
        return out
    }

    mutating func household(_ value: JSONValue) -> Household {
        var h = Household()
        guard case .object(let o) = value else {
            fail("", "een huishouden is een JSON-object {…}, gevonden \(value.typeDescription)")
            return h
        }
        checkKeys(o, allowed: HouseholdDecoder.topLevelKeys, at: "")
        h.id = string(o, "id", at: "")
        h.peildatum = date(o, "peildatum", at: "")
        h.gemeente = string(o, "gemeente", at: "")
        if let p = object(o["aanvrager"], at: "aanvrager") { h.aanvrager = person(p, at: "aanvrager") }
        if let v = o["partner"] {
            if case .null = v { h.partner = .absent } else if let p = object(v, at: "partner") {
                h.partner = .present(person(p, at: "partner"))
            }
        }
        if let items = array(o, "kinderen", at: "") {
            h.kinderen = items.enumerated().map { i, item in
                let path = "kinderen[\(i)]"
                guard let c = object(item, at: path) else { return Child() }
                return child(c, at: path)
            }
        }
        if let items = array(o, "medebewoners", at: "") {
            h.medebewoners = items.enumerated().map { i, item in
                let path = "medebewoners[\(i)]"
                guard let c = object(item, at: path) else { return CoResident() }
                return coResident(c, at: path)
            }
        }
        if let w = object(o["woning"], at: "woning") {
            checkKeys(w, allowed: HouseholdDecoder.housingKeys, at: "woning")
            h.woning.soort = choice(w, "soort", at: "woning", from: HouseholdDecoder.housingKinds)
            h.woning.zelfstandig = bool(w, "zelfstandig", at: "woning")
            h.woning.kaleHuurPerMaand = number(w, "kale_huur_per_maand", at: "woning")
            h.woning.servicekostenPerMaand = number(w, "servicekosten_per_maand", at: "woning")
            h.woning.overwaarde = number(w, "overwaarde", at: "woning", min: nil)
        }
        if let i = object(o["inkomen"], at: "inkomen") {
            checkKeys(i, allowed: HouseholdDecoder.incomeKeys, at: "inkomen")
            h.inkomen.nettoPerMaand = number(i, "netto_per_maand", at: "inkomen")
            h.inkomen.toetsingsinkomenPerJaar = number(i, "toetsingsinkomen_per_jaar", at: "inkomen", min: nil)
            h.inkomen.maandenLaagInkomen = number(i, "maanden_laag_inkomen", at: "inkomen")
        }
        if let v = object(o["vermogen"], at: "vermogen") {
            checkKeys(v, allowed: HouseholdDecoder.assetKeys, at: "vermogen")
            h.vermogen.totaal = number(v, "totaal", at: "vermogen", min: nil)
            h.vermogen.autoWaarde = number(v, "auto_waarde", at: "vermogen")
            h.vermogen.peildatum1Januari = number(v, "peildatum_1_januari", at: "vermogen", min: nil)
        }
        if let s = object(o["schulden"], at: "schulden") {
            checkKeys(s, allowed: HouseholdDecoder.debtKeys, at: "schulden")
            h.schulden.totaal = number(s, "totaal", at: "schulden")
            h.schulden.problematisch = bool(s, "problematisch", at: "schulden")
            h.schulden.beslag = bool(s, "beslag", at: "schulden")
            h.schulden.inSchuldhulp = bool(s, "in_schuldhulp", at: "schulden")
            h.schulden.wsnp = bool(s, "wsnp", at: "schulden")
            h.schulden.aantalSchuldeisers = number(s, "aantal_schuldeisers", at: "schulden")
        }
        h.ontvangt = strings(o, "ontvangt", at: "")
        return h
    }

    mutating func age(_ o: JSONObject, at path: String) -> (Int?, Day?) {
        let age = integer(o, "leeftijd", at: path, max: 130)
        let birth = date(o, "geboortedatum", at: path)
        return (age, birth)
    }

    mutating func person(_ o: JSONObject, at path: String) -> Person {
        checkKeys(o, allowed: HouseholdDecoder.personKeys, at: path)
        var p = Person()
        (p.leeftijd, p.geboortedatum) = age(o, at: path)
        p.rechtmatigVerblijf = bool(o, "rechtmatig_verblijf", at: path)
        p.zorgverzekerd = bool(o, "zorgverzekerd", at: path)
        p.onderwijs = choice(o, "onderwijs", at: path, from: HouseholdDecoder.educationLevels)
        p.studiefinanciering = bool(o, "studiefinanciering", at: path)
        p.werkUrenPerWeek = number(o, "werk_uren_per_week", at: path, max: 168)
        p.zelfstandige = bool(o, "zelfstandige", at: path)
        p.arbeidsongeschiktProcent = number(o, "arbeidsongeschikt_procent", at: path, max: 100)
        p.chronischZiekOfBeperking = bool(o, "chronisch_ziek_of_beperking", at: path)
        p.aowJarenVerzekerd = number(o, "aow_jaren_verzekerd", at: path, max: 50)
        if let list = strings(o, "uitkeringen", at: path) {
            for (i, item) in list.enumerated() where !HouseholdDecoder.knownBenefits.contains(item) {
                let near = Suggest.closest(to: item, in: HouseholdDecoder.knownBenefits)
                if !near.isEmpty && Suggest.distance(Array(item), Array(near[0])) <= 2 {
                    fail("\(path).uitkeringen[\(i)]", "\"\(item)\" is geen bekende uitkering.\(Suggest.didYouMean(item, in: HouseholdDecoder.knownBenefits))")
                }
            }
            p.uitkeringen = list
        }
        return p
    }

    mutating func child(_ o: JSONObject, at path: String) -> Child {
        checkKeys(o, allowed: HouseholdDecoder.childKeys, at: path)
        var c = Child()
        (c.leeftijd, c.geboortedatum) = age(o, at: path)
        c.thuiswonend = bool(o, "thuiswonend", at: path)
        c.onderwijs = choice(o, "onderwijs", at: path, from: ["basisschool"] + HouseholdDecoder.educationLevels)
        c.kinderopvangUrenPerMaand = number(o, "kinderopvang_uren_per_maand", at: path, max: 744)
        return c
    }

    mutating func coResident(_ o: JSONObject, at path: String) -> CoResident {
        checkKeys(o, allowed: HouseholdDecoder.coResidentKeys, at: path)
        var c = CoResident()
        c.leeftijd = integer(o, "leeftijd", at: path, max: 130)
        c.relatie = choice(o, "relatie", at: path, from: HouseholdDecoder.relations)
        c.student = bool(o, "student", at: path)
        c.commercieleHuur = bool(o, "commerciele_huur", at: path)
        c.inkomenBrutoPerJaar = number(o, "inkomen_bruto_per_jaar", at: path)
        return c
    }
}
