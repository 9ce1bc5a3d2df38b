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
                                       "aow", "aio", "anw", "ioaw", "ioaz", "iow", "bbz", "toeslagenwet"]

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
    public static let topLevelKeys = ContractFields.household.map(\.key)
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
            fail(join(path, Quoted.key(key)), "onbekend veld." + Suggest.didYouMean(key, in: allowed)
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
            fail(join(base, key), "\(Quoted.text(s)) is geen geldige waarde; kies uit \(allowed.joined(separator: ", ")).\(Suggest.didYouMean(s, in: allowed))")
            return nil
        }
        return s
    }

    mutating func date(_ o: JSONObject, _ key: String, at base: String) -> Day? {
        guard let s = string(o, key, at: base) else { return nil }
        guard let d = Day(s) else {
            fail(join(base, key), "\(Quoted.text(s)) is geen geldige datum; verwacht JJJJ-MM-DD, bijvoorbeeld 2026-03-01")
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
        for field in ContractFields.household {
            guard case .section = field.value else {
                read(field, in: o, at: "", into: &h)
                continue
            }
            switch field.key {
            case "aanvrager":
                if let p = object(o["aanvrager"], at: "aanvrager") { h.aanvrager = person(p, at: "aanvrager") }
            case "partner":
                if let v = o["partner"] {
                    if case .null = v { h.partner = .absent } else if let p = object(v, at: "partner") {
                        h.partner = .present(person(p, at: "partner"))
                    }
                }
            case "kinderen":
                h.kinderen = list(o, "kinderen", ContractFields.child, empty: Child())
            case "medebewoners":
                h.medebewoners = list(o, "medebewoners", ContractFields.coResident, empty: CoResident())
            case "woning":
                if let w = object(o["woning"], at: "woning") { h.woning = fields(w, ContractFields.housing, at: "woning", into: h.woning) }
            case "inkomen":
                if let i = object(o["inkomen"], at: "inkomen") { h.inkomen = fields(i, ContractFields.income, at: "inkomen", into: h.inkomen) }
            case "vermogen":
                if let v = object(o["vermogen"], at: "vermogen") { h.vermogen = fields(v, ContractFields.assets, at: "vermogen", into: h.vermogen) }
            case "schulden":
                if let d = object(o["schulden"], at: "schulden") { h.schulden = fields(d, ContractFields.debts, at: "schulden", into: h.schulden) }
            default:
                preconditionFailure("section \(field.key) has no reader")
            }
        }
        return h
    }

    /// Reads a list of objects with the same fields (`kinderen`, `medebewoners`); a bad element stays `empty`.
    mutating func list<Host>(_ o: JSONObject, _ key: String, _ fields: [ContractField<Host>], empty: Host) -> [Host]? {
        guard let items = array(o, key, at: "") else { return nil }
        return items.enumerated().map { i, item in
            let path = "\(key)[\(i)]"
            guard let element = object(item, at: path) else { return empty }
            return self.fields(element, fields, at: path, into: empty)
        }
    }

    mutating func person(_ o: JSONObject, at path: String) -> Person {
        fields(o, ContractFields.person, at: path, into: Person())
    }

    /// Reads the `fields` of one section of the household, after checking its keys.
    mutating func fields<Host>(_ o: JSONObject, _ fields: [ContractField<Host>], at path: String, into start: Host) -> Host {
        checkKeys(o, allowed: fields.map(\.key), at: path)
        var host = start
        for field in fields { read(field, in: o, at: path, into: &host) }
        return host
    }

    /// Reads and checks one field by its value kind, and stores it.
    mutating func read<Host>(_ field: ContractField<Host>, in o: JSONObject, at base: String, into host: inout Host) {
        let key = field.key
        let value: FieldValue?
        switch field.value {
        case .number(let min, let max): value = number(o, key, at: base, min: min, max: max).map(FieldValue.number)
        case .integer(let max): value = integer(o, key, at: base, max: max).map(FieldValue.integer)
        case .bool: value = bool(o, key, at: base).map(FieldValue.bool)
        case .choice(let allowed): value = choice(o, key, at: base, from: allowed).map(FieldValue.text)
        case .date: value = date(o, key, at: base).map(FieldValue.date)
        case .text: value = string(o, key, at: base).map(FieldValue.text)
        case .list(let known):
            guard let list = strings(o, key, at: base) else { return }
            for (i, item) in list.enumerated() where !known.isEmpty && !known.contains(item) {
                let near = Suggest.closest(to: item, in: known)
                if !near.isEmpty && Suggest.distance(Array(item), Array(near[0])) <= 2 {
                    fail("\(join(base, key))[\(i)]", "\(Quoted.text(item)) is geen bekende uitkering.\(Suggest.didYouMean(item, in: known))")
                }
            }
            value = .list(list)
        case .section: return
        }
        if let value { field.set(&host, value) }
    }
}
