/// Reading amount rules (`bedrag`) and their named steps (`stappen`).
extension CatalogueReader {
    mutating func amount(_ value: JSONValue, at path: String, isParameter: @escaping (String) -> Parameter?) -> AmountRule? {
        guard case .object(let o) = value else {
            fail(path, "verwacht {\"periode\": …, \"formule\": …}")
            return nil
        }
        checkKeys(o, ["periode", "stappen", "formule", "afronding", "maand_afronding", "toelichting", "geldig_van", "nul_is_nee"], at: path)
        let steps = o["stappen"].flatMap { amountSteps($0, at: join(path, "stappen"), isParameter: isParameter) }
        guard let periodText = string(o, "periode", at: path), let text = string(o, "formule", at: path) else { return nil }
        guard let period = AmountRule.Period(rawValue: periodText) else {
            fail(join(path, "periode"), "kies maand, kwartaal, jaar of eenmalig")
            return nil
        }
        func rounding(_ key: String) -> AmountRule.Rounding? {
            guard let r = o[key]?.stringValue else { return .cent }
            guard let parsed = AmountRule.Rounding(rawValue: r) else {
                fail(join(path, key), "kies cent, euro of euro_beneden")
                return nil
            }
            return parsed
        }
        // Without its steps the formula cannot be read: the step errors are already reported.
        if o["stappen"] != nil && steps == nil { return nil }
        let names = steps?.map(\.name) ?? []
        let formula: Expression
        do {
            formula = try ExpressionParser.parse(text, steps: .init(names: names, defined: names.count), isParameter: isParameter)
        } catch {
            fail(join(path, "formule"), error.message)
            return nil
        }
        guard let r = rounding("afronding"), let m = rounding("maand_afronding") else { return nil }
        if let steps { checkStepsUsed(steps, formula: formula, at: join(path, "stappen")) }
        return AmountRule(period: period, steps: steps ?? [], formula: formula, formulaText: text, rounding: r, monthRounding: m,
                          note: string(o, "toelichting", at: path, required: false),
                          validFrom: day(o, "geldig_van", at: path, required: false), zeroMeansNo: bool(o, "nul_is_nee", at: path) ?? false)
    }

    /// Reads `stappen`: a list of `{"naam", "formule", "uitleg", "artikel", "eenheid"}`.
    /// Nil when a step has an error; the diagnostics say why.
    mutating func amountSteps(_ value: JSONValue, at path: String, isParameter: @escaping (String) -> Parameter?) -> [AmountStep]? {
        guard case .array(let items) = value, !items.isEmpty else {
            fail(path, "verwacht een niet-lege lijst van stappen {\"naam\": …, \"formule\": …}")
            return nil
        }
        var names: [String] = []
        var objects: [(JSONObject, String)] = []
        for (i, item) in items.enumerated() {
            let ip = "\(path)[\(i)]"
            guard case .object(let o) = item else {
                fail(ip, "verwacht {\"naam\": …, \"formule\": …, \"uitleg\": …, \"artikel\": …}")
                continue
            }
            checkKeys(o, ["naam", "formule", "uitleg", "artikel", "eenheid"], at: ip)
            guard let name = string(o, "naam", at: ip) else { continue }
            if let problem = stepNameProblem(name, earlier: names, isParameter: isParameter) {
                fail(join(ip, "naam"), problem)
                continue
            }
            names.append(name)
            objects.append((o, ip))
        }
        var steps: [AmountStep] = []
        for (k, (o, ip)) in objects.enumerated() {
            guard let text = string(o, "formule", at: ip) else { continue }
            var unit = AmountStep.Unit.euro
            if let u = string(o, "eenheid", at: ip, required: false) {
                if let parsed = AmountStep.Unit(rawValue: u) { unit = parsed } else {
                    fail(join(ip, "eenheid"), "kies euro of getal." + Suggest.didYouMean(u, in: AmountStep.Unit.allCases.map(\.rawValue)))
                }
            }
            do {
                let formula = try ExpressionParser.parse(text, steps: .init(names: names, defined: k), isParameter: isParameter)
                steps.append(AmountStep(name: names[k], formula: formula, formulaText: text, explanation: string(o, "uitleg", at: ip, required: false),
                                        article: string(o, "artikel", at: ip, required: false), unit: unit))
            } catch {
                fail(join(ip, "formule"), error.message)
            }
        }
        // Positions in the formulas refer to `names`; a step that failed would shift them.
        return steps.count == items.count ? steps : nil
    }

    /// Why `name` cannot name a step, or nil when it can.
    func stepNameProblem(_ name: String, earlier: [String], isParameter: (String) -> Parameter?) -> String? {
        if isParameter(name) != nil { return "stap \"\(name)\" heeft dezelfde naam als een parameter: kies een andere naam" }
        if FactRegistry.id(name) != nil { return "stap \"\(name)\" heeft dezelfde naam als een feit: kies een andere naam" }
        if Expression.Function(rawValue: name) != nil { return "stap \"\(name)\" heeft dezelfde naam als een functie: kies een andere naam" }
        let simple = name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        if !simple || !("a"..."z").contains(name.unicodeScalars.first ?? "0") {
            return "\"\(name)\" is geen geldige stapnaam (kleine letters, cijfers en '_', beginnend met een letter)"
        }
        if earlier.contains(name) { return "stap \"\(name)\" staat er twee keer" }
        return nil
    }

    /// Every step must be used by a later step or by the final formula.
    mutating func checkStepsUsed(_ steps: [AmountStep], formula: Expression, at path: String) {
        var used = [Bool](repeating: false, count: steps.count)
        func mark(_ e: Expression) {
            if case .step(let k) = e { used[k] = true }
            e.children.forEach(mark)
        }
        mark(formula)
        steps.forEach { mark($0.formula) }
        for (k, step) in steps.enumerated() where !used[k] {
            fail("\(path)[\(k)]", "stap \"\(step.name)\" wordt niet gebruikt in een latere stap of in de formule")
        }
    }
}
