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

    /// Parses and decodes a household document: straight from the bytes when the document is a
    /// plain valid household (`HouseholdByteDecoder`), otherwise through `JSONParser` and the
    /// field reader, which give the same household or the error with its field path.
    public static func decode(bytes: [UInt8]) throws(HouseholdError) -> Household {
        if let h = HouseholdByteDecoder.decode(bytes) { return h }
        return try decode(try parse(bytes: bytes))
    }

    /// As `decode(bytes:)`, for bytes that are part of a larger buffer (a batch chunk).
    static func decode(bytes: UnsafeBufferPointer<UInt8>) throws(HouseholdError) -> Household {
        if let h = HouseholdByteDecoder.decode(bytes) { return h }
        return try decode(try parse(bytes: Array(bytes)))
    }

    /// Parses a household document within the limits of one household: at most
    /// `InputLimits.householdBytes` bytes, nested at most `InputLimits.householdDepth` deep.
    public static func parse(bytes: [UInt8]) throws(HouseholdError) -> JSONValue {
        guard bytes.count <= InputLimits.householdBytes else {
            throw HouseholdError(path: "", "het huishouden is groter dan \(InputLimits.householdBytes >> 20) MB; "
                                 + "één huishouden is hoogstens \(InputLimits.householdBytes >> 20) MB (zie docs/grenzen.md)")
        }
        do {
            return try JSONParser.parse(bytes, maxDepth: InputLimits.householdDepth)
        } catch {
            throw HouseholdError(path: "", error.description)
        }
    }

    /// Decodes an already parsed household document.
    public static func decode(_ value: JSONValue) throws(HouseholdError) -> Household {
        var reader = Reader()
        let household = reader.household(value)
        if !reader.problems.isEmpty { throw HouseholdError(problems: Self.capped(reader.problems)) }
        return household
    }

    /// The first `InputLimits.problems` problems and a line that counts the rest: a household
    /// with thousands of bad keys gets a readable answer, not thousands of lines.
    static func capped(_ problems: [HouseholdError.Problem]) -> [HouseholdError.Problem] {
        guard problems.count > InputLimits.problems else { return problems }
        return Array(problems.prefix(InputLimits.problems))
            + [HouseholdError.Problem(path: "", message: "en nog \(problems.count - InputLimits.problems) problemen; verbeter eerst deze")]
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
            // Past the problems that are shown, a suggestion would only cost time.
            if key.utf8.count > InputLimits.textLength || problems.count >= InputLimits.problems {
                let tooLong = key.utf8.count > InputLimits.textLength
                fail(join(path, Quoted.key(key)), "onbekend veld" + (tooLong ? "; een veldnaam is hoogstens \(InputLimits.textLength) tekens" : ""))
                continue
            }
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
            // Beyond any real household: a typing or unit error, and amounts computed from it would not be finite.
            if abs(n) > InputLimits.amount {
                fail(path, "\(JSONWriter.formatNumber(n)) is buiten het mogelijke bereik; verwacht een getal tussen "
                     + "-\(JSONWriter.formatNumber(InputLimits.amount)) en \(JSONWriter.formatNumber(InputLimits.amount))")
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
        case .string(let s):
            let limit = key == "id" && base.isEmpty ? InputLimits.idLength
                : key == "gemeente" && base.isEmpty ? InputLimits.municipalityLength : InputLimits.textLength
            guard Self.fits(s, limit) else {
                fail(join(base, key), "\(Quoted.text(s)) is langer dan \(limit) tekens")
                return nil
            }
            return s
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
        guard items.count <= InputLimits.listItems else {
            fail(join(base, key), "\(items.count) waarden; een lijst heeft er hoogstens \(InputLimits.listItems)")
            return nil
        }
        var out: [String] = []
        for (i, item) in items.enumerated() {
            let path = "\(join(base, key))[\(i)]"
            guard case .string(let s) = item else {
                fail(path, "\(item.snippet) is geen tekst")
                continue
            }
            guard Self.fits(s, InputLimits.textLength) else {
                fail(path, "\(Quoted.text(s)) is langer dan \(InputLimits.textLength) tekens")
                continue
            }
            out.append(s)
        }
        return out
    }

    /// True when `s` has at most `limit` characters (counted only when its bytes exceed the limit).
    static func fits(_ s: String, _ limit: Int) -> Bool { s.utf8.count <= limit || s.count <= limit }

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
        let limit = key == "kinderen" ? InputLimits.children : InputLimits.coResidents
        guard items.count <= limit else {
            fail(key, "\(items.count) \(key == "kinderen" ? "kinderen" : "medebewoners"); hulpwijzer toetst er hoogstens \(limit) (zie docs/grenzen.md)")
            return nil
        }
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
