import Foundation

/// Checks across a scheme or across files that reading one value at a time cannot make: a
/// formula that divides by a figure that is 0, a gap between versions of one scheme, conditions
/// nested too deep, and regions whose members do not exist or do not link back (issue 13).
/// The loader runs them, so a catalogue that fails them is never used to answer.
enum CatalogueValidator {
    /// Everything `hulpwijzer valideer` reports for a loaded catalogue: every municipality's files
    /// and every `bron`. Empty when the catalogue is in order.
    static func problems(_ catalogue: Catalogue) -> [Diagnostic] {
        var diagnostics = catalogue.validateAllMunicipalities()
        // Every source must be followable: a web address or a legal or official reference.
        diagnostics += catalogue.schemes.flatMap { SourceCheck.errors(in: $0) }
        for m in catalogue.municipalities.all {
            if let local = try? catalogue.local(for: m.code) { diagnostics += local.ownSchemes.flatMap { SourceCheck.errors(in: $0) } }
        }
        return diagnostics
    }

    /// All problems of the catalogue in `directory`: those that stop the load, or else those of
    /// `problems(_:)`. The one function the tests and `valideer` share.
    static func problems(directory: String) -> [Diagnostic] {
        do {
            return problems(try Catalogue.load(from: directory))
        } catch {
            return error.diagnostics
        }
    }

    // MARK: - One scheme

    /// The problems of one scheme that its reader cannot see: division by a zero figure and
    /// conditions nested deeper than `InputLimits.conditionDepth`.
    static func check(_ s: Scheme, overrides: [String: Parameter] = [:]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let prefix = s.isLocal ? "\(s.id) › " : ""
        if let rule = s.amount {
            let formulas = rule.steps.enumerated().map { ("bedrag.stappen[\($0)].formule", $1.formula) } + [("bedrag.formule", rule.formula)]
            for (path, formula) in formulas {
                for problem in zeroDivisors(formula, overrides: overrides) {
                    out.append(Diagnostic(file: s.file, path: prefix + path, message: problem))
                }
            }
        }
        let guardedByGate = s.gates.contains(where: isPartnerGuard)
        let partnerGates = guardedByGate ? [] : s.gates.filter { FactRegistry.all[$0.fact].name.hasPrefix("partner.") }
        for leaf in partnerGates + unguardedPartnerTests(s.conditions, guarded: guardedByGate) {
            out.append(Diagnostic(file: s.file, path: prefix + leaf.path,
                                  message: "de toets op \(FactRegistry.all[leaf.fact].name) staat niet onder {\"feit\": \"huishouden.heeft_partner\", \"is\": true}: zonder partner is dat feit onbekend zonder iets om te vragen, en blijft de regeling voor iedere alleenstaande 'mogelijk'; zet de toets met die voorwaarde in een \"alle\""))
        }
        let depth = depth(s.conditions)
        if depth > InputLimits.conditionDepth {
            out.append(Diagnostic(file: s.file, path: prefix + "voorwaarden",
                                  message: "de voorwaarden zijn \(depth) niveaus diep genest; hoogstens \(InputLimits.conditionDepth)"))
        }
        return out
    }

    /// `huishouden.heeft_partner` is `true`: the test that makes the partner's facts meaningful.
    static func isPartnerGuard(_ l: Condition.Leaf) -> Bool {
        l.fact == FactIDs.huishoudenHeeftPartner && l.op.kind == .isValue && l.op.operand == .bool(true)
    }

    /// The tests on a partner's facts (`partner.…`) that no `huishouden.heeft_partner` guard
    /// covers: a sibling of the test in an `alle`, or the `als` of an `als`/`dan` around it.
    static func unguardedPartnerTests(_ c: Condition, guarded: Bool) -> [Condition.Leaf] {
        func guards(_ c: Condition) -> Bool {
            switch c {
            case .leaf(let l): return isPartnerGuard(l)
            case .all(let list): return list.contains(where: guards)
            default: return false
            }
        }
        switch c {
        case .leaf(let l):
            return !guarded && FactRegistry.all[l.fact].name.hasPrefix("partner.") ? [l] : []
        case .manual: return []
        case .not(let inner): return unguardedPartnerTests(inner, guarded: guarded)
        case .any(let list): return list.flatMap { unguardedPartnerTests($0, guarded: guarded) }
        case .all(let list):
            let g = guarded || list.contains(where: guards)
            return list.flatMap { unguardedPartnerTests($0, guarded: g) }
        case .implies(let a, let b):
            return unguardedPartnerTests(a, guarded: guarded) + unguardedPartnerTests(b, guarded: guarded || guards(a))
        }
    }

    /// Why each division in `e` can be by zero: a constant 0, or a parameter that is 0 on some date.
    static func zeroDivisors(_ e: Expression, overrides: [String: Parameter] = [:]) -> [String] {
        var out: [String] = []
        var stack = [e]
        while let next = stack.popLast() {
            if case .binary(.divide, _, let divisor) = next {
                switch divisor {
                case _ where constant(divisor) == 0:
                    out.append("de formule deelt door 0")
                case .parameter(let ref):
                    let p = overrides[ref.name] ?? ref.resolved
                    if let day = p.values.first(where: { $0.value.canBeZero })?.from {
                        out.append("de formule deelt door \(ref.name), en die is 0 vanaf \(day)")
                    }
                default: break
                }
            }
            stack += next.children
        }
        return out
    }

    /// The value of an expression of numbers alone (no facts, parameters or steps), or nil.
    static func constant(_ e: Expression) -> Double? {
        switch e {
        case .number(let n): return n
        case .negate(let inner): return constant(inner).map { -$0 }
        case .binary(let op, let a, let b):
            guard let x = constant(a), let y = constant(b) else { return nil }
            switch op {
            case .add: return x + y
            case .subtract: return x - y
            case .multiply: return x * y
            case .divide: return y == 0 ? nil : x / y
            default: return nil
            }
        default: return nil
        }
    }

    /// How deep `c` is nested (a test alone is 1).
    static func depth(_ c: Condition) -> Int {
        switch c {
        case .all(let list), .any(let list): return 1 + (list.map(depth).max() ?? 0)
        case .not(let inner): return 1 + depth(inner)
        case .implies(let a, let b): return 1 + max(depth(a), depth(b))
        case .leaf, .manual: return 1
        }
    }

    // MARK: - Versions of one id

    /// Days on which a scheme id is absent between two of its versions (one ends, the next starts later).
    static func gaps(_ schemes: [Scheme]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (id, versions) in Dictionary(grouping: schemes, by: \.id) where versions.count > 1 {
            let sorted = versions.sorted { $0.validFrom < $1.validFrom }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                guard let end = a.validUntil, let dayAfter = end.next, dayAfter < b.validFrom else { continue }
                out.append(Diagnostic(file: b.file, path: b.isLocal ? "\(id) › geldig_van" : "geldig_van",
                                      message: "de regeling \"\(id)\" ontbreekt vanaf \(dayAfter): de versie in \(a.file) eindigt op \(end) "
                                          + "en deze begint pas op \(b.validFrom); laat deze versie op \(dayAfter) beginnen"))
            }
        }
        return out.sorted { ($0.file, $0.path) < ($1.file, $1.path) }
    }

    // MARK: - Regions

    /// Each region's members (`gemeenten/regio/NAAM.json` → its `gemeenten`), and the problems:
    /// a member code that is no municipality, a member without its own file, a name that differs
    /// from the file's.
    static func regions(_ loader: CatalogueLoader, registry: MunicipalityRegistry) -> (members: [String: [String]], problems: [Diagnostic]) {
        var members: [String: [String]] = [:]
        var problems: [Diagnostic] = []
        for file in loader.jsonFiles(in: "gemeenten/regio") {
            let name = CatalogueLoader.regionName(of: file)
            guard let value = loader.parse(file, into: &problems) else { continue }
            guard case .object(let o) = value, case .array(let list)? = o["gemeenten"] else {
                problems.append(Diagnostic(file: file, path: "gemeenten", message: "verwacht een lijst van CBS-codes"))
                continue
            }
            if o["regio"]?.stringValue != name {
                problems.append(Diagnostic(file: file, path: "regio", message: "moet \"\(name)\" zijn (de naam van het bestand)"))
            }
            var codes: [String] = []
            for (i, item) in list.enumerated() {
                let path = "gemeenten[\(i)]"
                guard let code = item.stringValue, registry.municipality(code: code)?.code == code else {
                    problems.append(Diagnostic(file: file, path: path, message: "\(Quoted.text(item.stringValue ?? item.snippet)) is geen CBS-code van een bestaande gemeente"))
                    continue
                }
                if !loader.exists("gemeenten/lokaal/\(code).json") {
                    problems.append(Diagnostic(file: file, path: path, message: "\(code) heeft geen bestand gemeenten/lokaal/\(code).json dat naar deze regio verwijst"))
                }
                codes.append(code)
            }
            members[name] = codes
        }
        return (members, problems)
    }

    /// The regions that list `code` but that its own file does not name in `regio`.
    static func missingLinks(code: String, named: [String], file: String, members: [String: [String]]) -> [Diagnostic] {
        members.filter { $0.value.contains(code) && !named.contains($0.key) }.keys.sorted().map { region in
            Diagnostic(file: file, path: "regio", message: "gemeenten/regio/\(region).json noemt \(code) als gemeente, maar dit bestand noemt die regio niet: "
                       + "zet \"\(region)\" in regio, anders gelden de regelingen van de regio hier niet")
        }
    }
}

extension ParameterValue {
    /// True when some variant or band of the value is 0 (or the value is not set).
    var canBeZero: Bool {
        switch self {
        case .number(let n): return n == 0
        case .variants(let v): return v.values.contains(0)
        case .table(let bands): return bands.contains { $0.value == 0 }
        case .unset: return false
        }
    }
}

extension Day {
    /// The next calendar day, or nil after 9999-12-31.
    var next: Day? {
        Day(year: year, month: month, day: day + 1) ?? Day(year: year, month: month + 1, day: 1) ?? Day(year: year + 1, month: 1, day: 1)
    }
}
