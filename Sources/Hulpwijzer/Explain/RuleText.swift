/// A scheme's rule in Dutch, without a household: who it is for, each condition as a
/// requirement with the figures in force on a date, the amount rule and the figures used.
/// Used by `hulpwijzer uitleg REGELING`.
enum RuleText {
    /// The conditions as indented lines: "- Het toetsingsinkomen: hoogstens de inkomensgrens van € 40.857 per jaar (2026)".
    static func conditions(_ scheme: Scheme, evaluator: ConditionEvaluator) -> [String] {
        var out = scheme.gates.map { "- " + requirement(evaluator.trace($0)) }
        out += lines(scheme.conditions, evaluator: evaluator, indent: "")
        return out
    }

    static func lines(_ c: Condition, evaluator e: ConditionEvaluator, indent: String) -> [String] {
        let deeper = indent + "    "
        switch c {
        case .all(let cs):
            return indent.isEmpty ? cs.flatMap { lines($0, evaluator: e, indent: indent) }
                : ["\(indent)- alle volgende:"] + cs.flatMap { lines($0, evaluator: e, indent: deeper) }
        case .any(let cs):
            return ["\(indent)- een van de volgende:"] + cs.flatMap { lines($0, evaluator: e, indent: deeper) }
        case .not(let inner):
            if case .leaf(let l) = inner { return ["\(indent)- niet: " + requirement(e.trace(l)).lowercasedFirstWordUnlessAcronym] }
            return ["\(indent)- niet het volgende:"] + lines(inner, evaluator: e, indent: deeper)
        case .implies(let a, let b):
            return ["\(indent)- als het volgende geldt:"] + lines(a, evaluator: e, indent: deeper)
                + ["\(indent)  dan moet ook gelden:"] + lines(b, evaluator: e, indent: deeper)
        case .leaf(let l):
            return ["\(indent)- " + requirement(e.trace(l))]
        case .manual(let l):
            return ["\(indent)- beoordeling: " + (l.explanation ?? "")]
        }
    }

    /// One test as a requirement: "Rechtmatig verblijf van de aanvrager: ja".
    static func requirement(_ t: Trace) -> String {
        let label = (t.leaf.explanation ?? FactRegistry.all[t.leaf.fact].label).capitalizedFirst
        switch (t.leaf.op.kind, t.leaf.op.operand) {
        case (.isValue, .bool(let wanted)): return "\(label): \(wanted ? "ja" : "nee")"
        case (.oneOf, .texts(let options)): return "\(label): " + Dutch.list(options.map(Dutch.words), conjunction: "of")
        case (.noneOf, .texts(let options)): return "\(label): niet " + Dutch.list(options.map(Dutch.words), conjunction: "of")
        case (.contains, .texts(let items)): return "\(label): met " + Dutch.list(items.map(Dutch.words), conjunction: "of")
        case (.containsNone, .texts(let items)): return "\(label): geen " + Dutch.list(items.map(Dutch.words), conjunction: "of")
        default:
            let relation: String
            switch t.leaf.op.kind {
            case .atLeast: relation = "minstens"
            case .atMost: relation = "hoogstens"
            case .greaterThan: relation = "meer dan"
            case .lessThan: relation = "minder dan"
            default: relation = "gelijk aan"
            }
            if let r = t.reference, let p = r.parameter, r.values.isEmpty, r.dated?.value == .unset {
                return "\(label): \(relation) \(p.description) (stelt de gemeente zelf vast)"
            }
            // Without a household a limit that is itself a household figure has no value yet.
            var reference = t.referenceText()
            if reference.hasSuffix(" (onbekend)") { reference = String(reference.dropLast(" (onbekend)".count)) }
            return "\(label): \(relation) \(reference)"
        }
    }

    /// The figures of the scheme in force on `day`: "- De inkomensgrens: € 40.857 (vanaf 1 januari 2026, geverifieerd)".
    static func figures(_ scheme: Scheme, overrides: [String: Parameter]?, on day: Day) -> [String] {
        let resolver = ParameterResolver(overrides: overrides, day: day)
        return scheme.usedParameterRefs.compactMap { ref -> String? in
            let p = resolver.parameter(ref)
            guard let d = p.value(on: day) else { return "- \(p.description.capitalizedFirst): geen waarde op \(day.dutch)" }
            var text = "- \(p.description.capitalizedFirst): \(value(d.value, unit: p.unit))"
            text += (d.undated ? " (jaar onbekend" : " (vanaf \(d.from.dutch)") + (d.certainty == .onzeker ? ", onzeker" : "") + ")"
            if let note = d.note { text += ". " + note }
            return text
        }
    }

    static func value(_ v: ParameterValue, unit: FactUnit) -> String {
        switch v {
        case .number(let n): return unit.format(n)
        case .variants(let map): return map.sorted { $0.key < $1.key }.map { "\(Dutch.words($0.key)) \(unit.format($0.value))" }.joined(separator: "; ")
        case .table(let bands):
            return bands.map { b in (b.upTo.map { "tot \(Format.number($0)): " } ?? "daarboven: ") + unit.format(b.value) }.joined(separator: "; ")
        case .unset: return "stelt de gemeente zelf vast"
        }
    }
}
