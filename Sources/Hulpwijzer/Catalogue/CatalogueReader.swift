import Foundation

/// Reads catalogue JSON (schemes and parameters) into model types, collecting
/// every problem with its file and path instead of stopping at the first.
struct CatalogueReader {
    let file: String
    let globals: ParameterStore
    var diagnostics: [Diagnostic] = []

    init(file: String, globals: ParameterStore) {
        self.file = file
        self.globals = globals
    }

    mutating func fail(_ path: String, _ message: String) {
        diagnostics.append(Diagnostic(file: file, path: path, message: message))
    }

    func join(_ a: String, _ b: String) -> String { a.isEmpty ? b : "\(a).\(b)" }

    /// Reports every key of `o` that is not in `allowed`. A file's top level may name its JSON
    /// Schema with `"$schema"`, for editors; the loader ignores it.
    mutating func checkKeys(_ o: JSONObject, _ allowed: [String], at path: String) {
        for k in o.keys where !allowed.contains(k) && !(path.isEmpty && k == "$schema") {
            fail(join(path, k), "onbekende sleutel." + Suggest.didYouMean(k, in: allowed))
        }
    }

    mutating func string(_ o: JSONObject, _ key: String, at path: String, required: Bool = true) -> String? {
        switch o[key] {
        case .string(let s)? where s.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 }): return s
        case nil, .null?:
            if required { fail(join(path, key), "ontbreekt") }
            return nil
        case let v?:
            fail(join(path, key), "verwacht tekst, gevonden \(v.typeDescription)")
            return nil
        }
    }

    mutating func day(_ o: JSONObject, _ key: String, at path: String, required: Bool = true) -> Day? {
        guard let s = string(o, key, at: path, required: required) else { return nil }
        guard let d = Day(s) else {
            fail(join(path, key), "\"\(s)\" is geen geldige datum (JJJJ-MM-DD)")
            return nil
        }
        return d
    }

    mutating func bool(_ o: JSONObject, _ key: String, at path: String) -> Bool? {
        switch o[key] {
        case .bool(let b)?: return b
        case nil: return nil
        case let v?:
            fail(join(path, key), "verwacht true of false, gevonden \(v.typeDescription)")
            return nil
        }
    }

    mutating func strings(_ o: JSONObject, _ key: String, at path: String) -> [String] {
        guard let v = o[key] else { return [] }
        guard case .array(let items) = v else {
            fail(join(path, key), "verwacht een lijst")
            return []
        }
        var out: [String] = []
        for (i, item) in items.enumerated() {
            if case .string(let s) = item { out.append(s) } else { fail("\(join(path, key))[\(i)]", "verwacht tekst") }
        }
        return out
    }

    // MARK: parameters

    /// Keys of a parameter object.
    static let parameterKeys = ["omschrijving", "eenheid", "per", "waarden", "gemeentelijk", "vast_bedrag", "toelichting"]
    /// Keys of one dated value; in the short form they sit in the parameter object itself.
    static let valueKeys = ["vanaf", "waarde", "bron", "zekerheid", "toelichting"]

    mutating func parameters(_ value: JSONValue?, at path: String, municipal: Bool = false) -> [String: Parameter] {
        guard let value else { return [:] }
        guard case .object(let o) = value else {
            fail(path, "verwacht een object met parameters")
            return [:]
        }
        var out: [String: Parameter] = [:]
        for (name, v) in o.members {
            if let p = parameter(name: name, v, at: join(path, name)) { out[name] = p }
        }
        return out
    }

    /// Reads one parameter. A municipal deviation names the national parameter it replaces as
    /// `base`; its `omschrijving`, `eenheid` and `per` default to the national ones.
    mutating func parameter(name: String, _ value: JSONValue, at path: String, inheriting base: Parameter? = nil) -> Parameter? {
        guard case .object(let o) = value else {
            fail(path, "een parameter is een object met omschrijving, eenheid en waarden")
            return nil
        }
        let shortForm = o["waarden"] == nil && o["waarde"] != nil
        checkKeys(o, shortForm ? Self.parameterKeys + Self.valueKeys : Self.parameterKeys, at: path)
        let description = string(o, "omschrijving", at: path, required: base == nil) ?? base?.description ?? name
        var unit = base?.unit ?? FactUnit.aantal
        if let u = string(o, "eenheid", at: path, required: base == nil) {
            if let parsed = FactUnit(rawValue: u) { unit = parsed } else {
                fail(join(path, "eenheid"), "onbekende eenheid \"\(u)\"." + Suggest.didYouMean(u, in: ["euro", "euro_per_maand", "euro_per_jaar", "procent", "jaren", "aantal", "uren"]))
            }
        }
        var selector = base?.selector
        if let s = string(o, "per", at: path, required: false) {
            selector = FactRegistry.id(s)
            if selector == nil { fail(join(path, "per"), "onbekend feit \"\(s)\"." + Suggest.didYouMean(s, in: FactRegistry.names)) }
        }
        var values: [DatedValue] = []
        var items: [(path: String, value: JSONValue)] = [(path, value)]  // the short form: one dated value in the parameter itself
        if !shortForm {
            guard case .array(let list)? = o["waarden"], !list.isEmpty else {
                fail(join(path, "waarden"), "ontbreekt of is leeg: elke parameter heeft minstens één gedateerde waarde"
                     + " (of, in de korte vorm, vanaf, waarde, bron en zekerheid in de parameter zelf)")
                return nil
            }
            items = list.enumerated().map { ("\(path).waarden[\($0.offset)]", $0.element) }
        }
        for (ip, item) in items {
            guard case .object(let w) = item else {
                fail(ip, "verwacht een object met vanaf, waarde, bron en zekerheid")
                continue
            }
            if !shortForm { checkKeys(w, Self.valueKeys, at: ip) }
            let undated = w["vanaf"] == .string(Self.unknownYear)
            var from = undated ? DatedValue.unknownStart : day(w, "vanaf", at: ip)
            // Year 1 stands for "onbekend"; no real figure of this catalogue is that old.
            if !undated, let f = from, f.year < 1900 {
                fail(join(ip, "vanaf"), "\"\(f)\" is geen bruikbare datum; schrijf \"onbekend\" als de bron geen jaar noemt")
                from = nil
            }
            let source = string(w, "bron", at: ip)
            var certainty: Certainty?
            if let z = string(w, "zekerheid", at: ip) {
                certainty = Certainty(rawValue: z)
                if certainty == nil { fail(join(ip, "zekerheid"), "\"\(z)\" is geen geldige zekerheid; kies geverifieerd of onzeker") }
            }
            let v = parameterValue(w["waarde"], at: join(ip, "waarde"), selector: selector)
            let note = string(w, "toelichting", at: ip, required: false)
            if undated { checkUndated(at: ip, certainty: certainty, note: note) }
            if let from, let source, let certainty, let v {
                values.append(DatedValue(from: from, value: v, source: source, certainty: certainty, note: note))
            }
        }
        for k in values.indices.dropFirst() where !(values[k - 1].from < values[k].from) {
            fail("\(path).waarden[\(k)].vanaf", "waarden moeten op oplopende datum staan, zonder dubbele data")
        }
        let municipal = bool(o, "gemeentelijk", at: path) ?? false
        if !municipal, values.contains(where: { $0.value == .unset }) {
            fail(join(path, "waarden"), "waarde null (geen landelijk bedrag) mag alleen bij een parameter met \"gemeentelijk\": true")
        }
        let fixed = bool(o, "vast_bedrag", at: path) ?? false
        return Parameter(name: name, description: description, unit: unit, selector: selector, values: values, municipal: municipal,
                         fixed: fixed, file: file)
    }

    /// The `vanaf` of a municipal figure whose source gives no year.
    static let unknownYear = "onbekend"

    /// A figure without a year (`"vanaf": "onbekend"`) is a municipality's figure from a page or
    /// regulation that names no year: it is always `onzeker`, and its `toelichting` says where it
    /// stands and that the source gives no year. National figures always have a date.
    mutating func checkUndated(at path: String, certainty: Certainty?, note: String?) {
        if !file.hasPrefix("gemeenten/") {
            fail(join(path, "vanaf"), "\"onbekend\" mag alleen bij een cijfer van een gemeente of regio; een landelijk cijfer heeft altijd een datum")
        }
        if certainty == .geverifieerd {
            fail(join(path, "zekerheid"), "een cijfer zonder jaar (vanaf \"onbekend\") is altijd \"onzeker\"")
        }
        if (note ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            fail(join(path, "toelichting"), "ontbreekt: zeg bij een cijfer zonder jaar waar het staat en dat de bron geen jaar noemt")
        }
    }

    mutating func parameterValue(_ value: JSONValue?, at path: String, selector: FactID?) -> ParameterValue? {
        switch value {
        case .null?:
            return .unset
        case .number(let n)?:
            if selector != nil { fail(path, "parameter met \"per\" heeft een waarde per variant nodig, bijvoorbeeld {\"ja\": …, \"nee\": …}") }
            return .number(n)
        case .object(let o)? where o["schijven"] != nil:
            checkKeys(o, ["schijven"], at: path)
            guard case .array(let rows)? = o["schijven"], !rows.isEmpty else {
                fail(join(path, "schijven"), "verwacht een niet-lege lijst")
                return nil
            }
            var bands: [ParameterValue.Band] = []
            for (i, r) in rows.enumerated() {
                let rp = "\(path).schijven[\(i)]"
                guard case .object(let ro) = r, let v = ro["waarde"]?.numberValue else {
                    fail(rp, "verwacht {\"tot_en_met\": getal, \"waarde\": getal}")
                    continue
                }
                checkKeys(ro, ["tot_en_met", "waarde"], at: rp)
                let upTo = ro["tot_en_met"]?.numberValue
                if upTo == nil && i != rows.count - 1 { fail(rp, "alleen de laatste schijf mag zonder tot_en_met") }
                if let upTo, let last = bands.last?.upTo, upTo <= last { fail(rp, "schijven moeten oplopen") }
                bands.append(.init(upTo: upTo, value: v))
            }
            if bands.last?.upTo != nil { fail(path, "de laatste schijf heeft geen tot_en_met (zij loopt door)") }
            return .table(bands)
        case .object(let o)?:
            guard let selector else {
                fail(path, "een waarde per variant vraagt \"per\": het feit dat de variant kiest")
                return nil
            }
            var variants: [String: Double] = [:]
            for (k, v) in o.members {
                guard case .number(let n) = v else {
                    fail(join(path, k), "verwacht een getal")
                    continue
                }
                variants[k] = n
            }
            let unit = FactRegistry.all[selector].unit
            if unit == .janee, Set(variants.keys) != ["ja", "nee"] {
                fail(path, "een variant per \(FactRegistry.all[selector].name) heeft precies de sleutels \"ja\" en \"nee\"")
            }
            if FactRegistry.all[selector].name == "huishouden.type" {
                let allowed: Set = ["alleenstaand", "alleenstaande_ouder", "paar", "paar_met_kinderen"]
                for k in variants.keys where !allowed.contains(k) {
                    fail(join(path, k), "onbekende leefsituatie." + Suggest.didYouMean(k, in: allowed.sorted()))
                }
                if Set(variants.keys) != allowed {
                    fail(path, "geef een waarde voor elke leefsituatie: \(allowed.sorted().joined(separator: ", "))")
                }
            }
            return .variants(variants)
        case nil:
            fail(path, "ontbreekt")
            return nil
        case let v?:
            fail(path, "verwacht een getal, een object per variant of {\"schijven\": …}, gevonden \(v.typeDescription)")
            return nil
        }
    }
}
