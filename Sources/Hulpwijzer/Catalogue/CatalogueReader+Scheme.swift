/// Reading schemes, condition trees and amount rules.
extension CatalogueReader {
    static let schemeKeys = ["id", "naam", "omschrijving", "uitvoerder", "categorie", "wettelijke_basis", "bron",
                             "geldig_van", "geldig_tot", "laatst_geverifieerd", "maatwerk", "soort", "maatwerk_toelichting",
                             "aanvragen", "poort", "voorwaarden", "bedrag", "parameters", "opmerkingen", "gemeenten"]

    /// Reads one scheme object; `extraParameters` are names a municipality file adds.
    /// Reads one scheme; `municipalities` applies when the scheme names none itself (a local file's codes).
    mutating func scheme(_ value: JSONValue, at path: String, extraParameters: [String: Parameter] = [:],
                         municipalities defaultMunicipalities: [String] = []) -> Scheme? {
        guard case .object(let o) = value else {
            fail(path, "een regeling is een JSON-object")
            return nil
        }
        checkKeys(o, Self.schemeKeys, at: path)
        let id = string(o, "id", at: path)
        if let id, !isKebab(id) { fail(join(path, "id"), "\"\(id)\" is geen kebab-case id (kleine letters, cijfers en '-')") }
        let name = string(o, "naam", at: path)
        let summary = string(o, "omschrijving", at: path)
        let executor = string(o, "uitvoerder", at: path)
        let source = string(o, "bron", at: path)
        let validFrom = day(o, "geldig_van", at: path)
        let validUntil = day(o, "geldig_tot", at: path, required: false)
        let verified = day(o, "laatst_geverifieerd", at: path)
        var categories: [Category] = []
        for (i, c) in strings(o, "categorie", at: path).enumerated() {
            if let cat = Category(rawValue: c) { categories.append(cat) } else {
                fail("\(join(path, "categorie"))[\(i)]", "onbekende categorie \"\(c)\"." + Suggest.didYouMean(c, in: Category.allCases.map(\.rawValue)))
            }
        }
        if categories.isEmpty { fail(join(path, "categorie"), "ontbreekt: noem minstens één van \(Category.allCases.map(\.rawValue).joined(separator: ", "))") }
        let basis = legalBasis(o["wettelijke_basis"], at: join(path, "wettelijke_basis"))
        var params = parameters(o["parameters"], at: join(path, "parameters"))
        for (k, v) in extraParameters where params[k] == nil { params[k] = v }
        let isParameter: (String) -> Parameter? = { [globals] name in params[name] ?? globals[name] }
        let conditions = o["voorwaarden"].map { condition($0, at: join(path, "voorwaarden"), isParameter: isParameter) } ?? nil
        if o["voorwaarden"] == nil { fail(join(path, "voorwaarden"), "ontbreekt") }
        var gates: [Condition.Leaf] = []
        if let g = o["poort"] {
            if case .array(let items) = g {
                for (i, item) in items.enumerated() {
                    if case .leaf(let leaf)? = condition(item, at: "\(join(path, "poort"))[\(i)]", isParameter: isParameter) {
                        gates.append(leaf)
                    } else {
                        fail("\(join(path, "poort"))[\(i)]", "een poortvoorwaarde is één toets op een feit")
                    }
                }
            } else { fail(join(path, "poort"), "verwacht een lijst van toetsen") }
        }
        let amountRule = o["bedrag"].flatMap { amount($0, at: join(path, "bedrag"), isParameter: isParameter) }
        let app = application(o["aanvragen"], at: join(path, "aanvragen"))
        let named = strings(o, "gemeenten", at: path)
        let municipalities = named.isEmpty ? defaultMunicipalities : named
        let notes = strings(o, "opmerkingen", at: path)
        let discretionary = bool(o, "maatwerk", at: path)
        if discretionary == nil { fail(join(path, "maatwerk"), "ontbreekt: zeg met true of false of de uitkomst een beoordeling (maatwerk) is") }

        var kind = SchemeKind.geld
        if let k = string(o, "soort", at: path, required: false) {
            if let parsed = SchemeKind(rawValue: k) { kind = parsed } else {
                fail(join(path, "soort"), "onbekende soort \"\(k)\": kies uit \(SchemeKind.allCases.map(\.rawValue).joined(separator: ", ")).\(Suggest.didYouMean(k, in: SchemeKind.allCases.map(\.rawValue)))")
            }
        }

        guard let id, let name, let summary, let executor, let source, let validFrom, let verified, let conditions,
              let app, let discretionary else { return nil }
        if let validUntil, validUntil < validFrom { fail(join(path, "geldig_tot"), "ligt voor geldig_van") }
        let scheme = Scheme(id: id, name: name, summary: summary, executor: executor, categories: categories,
                            legalBasis: basis, source: source, validFrom: validFrom, validUntil: validUntil,
                            discretionary: discretionary, discretionaryNote: string(o, "maatwerk_toelichting", at: path, required: false),
                            application: app, conditions: conditions, gates: gates, amount: amountRule,
                            parameters: params, municipalities: municipalities, lastVerified: verified, notes: notes, file: file,
                            kind: kind)
        checkParameterCoverage(scheme, at: path, own: Set(params.keys).subtracting(extraParameters.keys))
        return scheme
    }

    func isKebab(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && !s.hasPrefix("-") && !s.hasSuffix("-")
    }

    /// Every parameter the scheme uses must have a value on every date of its validity.
    mutating func checkParameterCoverage(_ scheme: Scheme, at path: String, own: Set<String>) {
        var used: [String: Day] = [:]
        for leaf in scheme.conditions.leaves + scheme.gates {
            if let name = leaf.op.parameterName { used[name] = scheme.validFrom }
        }
        if let a = scheme.amount {
            for name in a.parameterNames where used[name] == nil { used[name] = max(scheme.validFrom, a.validFrom ?? scheme.validFrom) }
        }
        for (name, from) in used.sorted(by: { $0.key < $1.key }) {
            guard let p = scheme.parameters[name] ?? globals[name] else {
                fail(path, "parameter \"\(name)\" bestaat niet")
                continue
            }
            guard let first = p.values.first else { continue }
            if from < first.from {
                fail(scheme.parameters[name] != nil ? "\(path).parameters.\(name)" : path,
                     "parameter \"\(name)\" heeft geen waarde op \(from) (geldig_van van de regeling of van het bedrag); eerste waarde vanaf \(first.from)")
            }
        }
        for name in own.sorted() where used[name] == nil {
            fail("\(path).parameters.\(name)", "parameter wordt niet gebruikt in voorwaarden of bedrag")
        }
    }

    mutating func legalBasis(_ value: JSONValue?, at path: String) -> [LegalBasis] {
        guard case .array(let items)? = value, !items.isEmpty else {
            fail(path, "ontbreekt: noem de wet (en het artikel) waarop de regeling rust")
            return []
        }
        var out: [LegalBasis] = []
        for (i, item) in items.enumerated() {
            let ip = "\(path)[\(i)]"
            guard case .object(let o) = item else {
                fail(ip, "verwacht {\"wet\": …, \"artikel\": …, \"link\": …}")
                continue
            }
            checkKeys(o, ["wet", "artikel", "link"], at: ip)
            if let law = string(o, "wet", at: ip) {
                out.append(LegalBasis(law: law, article: string(o, "artikel", at: ip, required: false), link: string(o, "link", at: ip, required: false)))
            }
        }
        return out
    }

    mutating func application(_ value: JSONValue?, at path: String) -> Application? {
        guard case .object(let o)? = value else {
            fail(path, "ontbreekt: zeg hoe en waar de regeling wordt aangevraagd")
            return nil
        }
        checkKeys(o, ["hoe", "link", "termijn", "terugwerkende_kracht"], at: path)
        guard let how = string(o, "hoe", at: path) else { return nil }
        var deadline: Application.Deadline?
        if let t = string(o, "termijn", at: path, required: false) { deadline = t == "toeslagjaar" ? .toeslagjaar : .text(t) }
        return Application(how: how, link: string(o, "link", at: path, required: false), deadline: deadline,
                           retroactive: string(o, "terugwerkende_kracht", at: path, required: false))
    }

    mutating func condition(_ value: JSONValue, at path: String, isParameter: @escaping (String) -> Parameter?) -> Condition? {
        guard case .object(let o) = value else {
            fail(path, "een voorwaarde is een object met alle, een_van, niet, als/dan, handmatig of feit")
            return nil
        }
        func list(_ key: String) -> [Condition]? {
            guard case .array(let items)? = o[key], !items.isEmpty else {
                fail(join(path, key), "verwacht een niet-lege lijst van voorwaarden")
                return nil
            }
            let parsed = items.enumerated().map { condition($1, at: "\(join(path, key))[\($0)]", isParameter: isParameter) }
            return parsed.contains(where: { $0 == nil }) ? nil : parsed.compactMap { $0 }
        }
        if o["alle"] != nil {
            checkKeys(o, ["alle"], at: path)
            return list("alle").map { .all($0) }
        }
        if o["een_van"] != nil {
            checkKeys(o, ["een_van"], at: path)
            return list("een_van").map { .any($0) }
        }
        if let inner = o["niet"] {
            checkKeys(o, ["niet"], at: path)
            return condition(inner, at: join(path, "niet"), isParameter: isParameter).map { .not($0) }
        }
        if let question = o["handmatig"] {
            checkKeys(o, ["handmatig"], at: path)
            guard let text = question.stringValue, !text.isEmpty else {
                fail(join(path, "handmatig"), "verwacht de vraag als tekst")
                return nil
            }
            return .manual(Condition.Leaf(fact: 0, op: Condition.Operator(.isValue, .bool(true)), explanation: text, path: join(path, "handmatig")))
        }
        if let premise = o["als"] {
            checkKeys(o, ["als", "dan"], at: path)
            guard let conclusion = o["dan"] else {
                fail(path, "\"als\" zonder \"dan\"")
                return nil
            }
            guard let a = condition(premise, at: join(path, "als"), isParameter: isParameter),
                  let b = condition(conclusion, at: join(path, "dan"), isParameter: isParameter) else { return nil }
            return .implies(a, b)
        }
        guard let factName = o["feit"] else {
            fail(path, "onbekende soort voorwaarde; gebruik alle, een_van, niet, als/dan of feit (sleutels: \(o.keys.joined(separator: ", ")))")
            return nil
        }
        return leaf(o, factName: factName, at: path, isParameter: isParameter).map { .leaf($0) }
    }

    mutating func leaf(_ o: JSONObject, factName: JSONValue, at path: String, isParameter: (String) -> Parameter?) -> Condition.Leaf? {
        checkKeys(o, ["feit", "uitleg"] + Condition.Operator.keys, at: path)
        guard case .string(let name) = factName else {
            fail(join(path, "feit"), "verwacht de naam van een feit")
            return nil
        }
        guard let fact = FactRegistry.id(name) else {
            fail(join(path, "feit"), "onbekend feit \"\(name)\"." + Suggest.didYouMean(name, in: FactRegistry.names))
            return nil
        }
        let ops = o.keys.filter { Condition.Operator.keys.contains($0) }
        guard ops.count == 1, let key = ops.first, let operand = o[key] else {
            fail(path, ops.isEmpty ? "geen operator; gebruik één van \(Condition.Operator.keys.joined(separator: ", "))"
                                   : "meer dan één operator (\(ops.joined(separator: ", "))); splits de toets")
            return nil
        }
        let unit = FactRegistry.all[fact].unit
        let opPath = join(path, key)
        func numeric() -> Condition.Operand? {
            if unit == .janee || unit == .tekst || unit == .lijst {
                fail(opPath, "\(name) is geen getal; gebruik \(unit == .janee ? "is" : unit == .lijst ? "bevat" : "in")")
                return nil
            }
            switch operand {
            case .number(let n): return .literal(n)
            case .string(let p):
                if let found = isParameter(p) { return .parameter(ParameterRef(name: p, resolved: found)) }
                fail(opPath, "parameter \"\(p)\" bestaat niet")
                return nil
            case .object(let ref) where ref.keys == ["feit"]:
                guard let other = ref["feit"]?.stringValue, let id = FactRegistry.id(other) else {
                    fail(join(opPath, "feit"), "onbekend feit." + Suggest.didYouMean(ref["feit"]?.stringValue ?? "", in: FactRegistry.names))
                    return nil
                }
                let otherUnit = FactRegistry.all[id].unit
                if otherUnit == .janee || otherUnit == .tekst || otherUnit == .lijst {
                    fail(join(opPath, "feit"), "\(other) is geen getal")
                    return nil
                }
                return .fact(id)
            default:
                fail(opPath, "verwacht een getal, de naam van een parameter of {\"feit\": …}")
                return nil
            }
        }
        func texts() -> [String]? {
            switch operand {
            case .string(let s): return [s]
            case .array(let a) where a.allSatisfy({ $0.stringValue != nil }): return a.compactMap(\.stringValue)
            default:
                fail(opPath, "verwacht tekst of een lijst van teksten")
                return nil
            }
        }
        guard let kind = Condition.Kind(rawValue: key) else { return nil }
        let op: Condition.Operator?
        switch kind.operandKind {
        case .number:
            op = numeric().map { Condition.Operator(kind, $0) }
        case .bool:
            guard unit == .janee, case .bool(let b) = operand else {
                fail(opPath, unit == .janee ? "verwacht true of false" : "\"is\" hoort bij een ja/nee-feit; \(name) is dat niet")
                return nil
            }
            op = Condition.Operator(kind, .bool(b))
        case .text, .texts:
            guard unit == kind.factUnit else {
                fail(opPath, "\"\(key)\" hoort bij een \(kind.factUnit == .tekst ? "tekstfeit" : "lijstfeit"); \(name) is dat niet")
                return nil
            }
            if kind.operandKind == .text {
                guard case .string(let s) = operand else {
                    fail(opPath, "verwacht één tekst")
                    return nil
                }
                op = Condition.Operator(kind, .texts([s]))
            } else {
                op = texts().map { Condition.Operator(kind, .texts($0)) }
            }
        }
        guard let op else { return nil }
        return Condition.Leaf(fact: fact, op: op, explanation: o["uitleg"]?.stringValue, path: path)
    }
}
