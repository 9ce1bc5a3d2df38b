/// The built national catalogue (its parameters, schemes and municipality register) in a compact
/// binary form, so that a start whose files were validated before reads one file instead of
/// parsing 270 KB of JSON and building every scheme from it.
///
/// The image is kept next to the validation stamp (`CatalogueStamp`), under the same digest of the
/// files and of the running program, so it can only be read by the build that wrote it, for the
/// files it was made from. It ends with a checksum of its contents; an image that is cut short or
/// damaged fails to decode and the catalogue is read from JSON again. Shared objects stay shared:
/// each `Parameter` is written once and referred to by number, so a condition's parameter is the
/// very object the scheme or the national figures hold, as after a JSON load.
enum CatalogueImage {
    static let magic: [UInt8] = Array("HWCI".utf8)
    /// Raise when the layout changes (a rebuilt program never reads an older image anyway).
    static let format = 1

    struct Parts {
        let globals: ParameterStore
        let schemes: [Scheme]
        let registry: MunicipalityRegistry
    }

    // MARK: Writing

    static func encode(_ c: Catalogue) -> [UInt8] { encode(globals: c.globals, schemes: c.schemes, registry: c.municipalities) }

    static func encode(globals: ParameterStore, schemes: [Scheme], registry: MunicipalityRegistry) -> [UInt8] {
        var table = ParameterTable()
        let globalNames = globals.parameters.keys.sorted()
        for name in globalNames { table.add(globals.parameters[name]!) }
        for s in schemes {
            for name in s.parameters.keys.sorted() { table.add(s.parameters[name]!) }
            for ref in s.usedParameterRefs { table.add(ref.resolved) }
        }
        var w = ImageWriter(capacity: 256 * 1024)
        w.array(table.list) { w, p in parameter(p, &w) }
        w.array(globalNames) { w, name in w.int(table.index(globals.parameters[name]!)) }
        w.array(schemes) { w, s in scheme(s, table, &w) }
        w.array(registry.all) { w, m in
            w.string(m.code); w.string(m.name); w.string(m.province); w.int(m.inhabitants)
        }
        for map in [registry.byKey, registry.ambiguous] {
            w.array(map.keys.sorted()) { w, key in
                w.string(key)
                w.array(map[key]!) { w, code in w.string(code) }
            }
        }
        return seal(w.finished)
    }

    /// The magic bytes, the format, the payload's length, the payload, and its checksum.
    static func seal(_ payload: [UInt8]) -> [UInt8] {
        var header = ImageWriter()
        header.int(format)
        header.int(payload.count)
        return magic + header.bytes + payload + checksum(payload)
    }

    /// Every distinct parameter object, numbered in the order first met.
    private struct ParameterTable {
        var list: [Parameter] = []
        var numbers: [ObjectIdentifier: Int] = [:]

        mutating func add(_ p: Parameter) {
            guard numbers[ObjectIdentifier(p)] == nil else { return }
            numbers[ObjectIdentifier(p)] = list.count
            list.append(p)
        }

        func index(_ p: Parameter) -> Int { numbers[ObjectIdentifier(p)]! }
    }

    private static func parameter(_ p: Parameter, _ w: inout ImageWriter) {
        w.string(p.name); w.string(p.description); w.string(p.unit.rawValue)
        w.optional(p.selector) { w, id in w.int(id) }
        w.array(p.values) { w, v in
            w.day(v.from)
            switch v.value {
            case .number(let n): w.byte(0); w.double(n)
            case .variants(let map):
                w.byte(1)
                w.array(map.keys.sorted()) { w, key in w.string(key); w.double(map[key]!) }
            case .table(let bands):
                w.byte(2)
                w.array(bands) { w, band in w.optional(band.upTo) { w, x in w.double(x) }; w.double(band.value) }
            case .unset: w.byte(3)
            }
            w.string(v.source); w.string(v.certainty.rawValue)
            w.optional(v.note) { w, t in w.string(t) }
        }
        w.bool(p.municipal)
        w.bool(!p.isPeriodic)
        w.string(p.file)
    }

    private static func scheme(_ s: Scheme, _ table: ParameterTable, _ w: inout ImageWriter) {
        w.string(s.id); w.string(s.name); w.string(s.summary); w.string(s.executor)
        w.array(s.categories) { w, c in w.string(c.rawValue) }
        w.array(s.legalBasis) { w, b in
            w.string(b.law)
            w.optional(b.article) { w, t in w.string(t) }
            w.optional(b.link) { w, t in w.string(t) }
        }
        w.string(s.source); w.day(s.validFrom)
        w.optional(s.validUntil) { w, d in w.day(d) }
        w.bool(s.discretionary)
        w.optional(s.discretionaryNote) { w, t in w.string(t) }
        let a = s.application
        w.string(a.how)
        w.optional(a.link) { w, t in w.string(t) }
        w.optional(a.deadline) { w, d in
            switch d {
            case .toeslagjaar: w.byte(0)
            case .text(let t): w.byte(1); w.string(t)
            }
        }
        w.optional(a.retroactive) { w, t in w.string(t) }
        condition(s.conditions, table, &w)
        w.array(s.gates) { w, leaf in self.leaf(leaf, table, &w) }
        w.optional(s.amount) { w, rule in
            w.string(rule.period.rawValue)
            w.array(rule.steps) { w, step in
                w.string(step.name)
                expression(step.formula, table, &w)
                w.string(step.formulaText)
                w.optional(step.explanation) { w, t in w.string(t) }
                w.optional(step.article) { w, t in w.string(t) }
                w.string(step.unit.rawValue)
            }
            expression(rule.formula, table, &w)
            w.string(rule.formulaText); w.string(rule.rounding.rawValue); w.string(rule.monthRounding.rawValue)
            w.optional(rule.note) { w, t in w.string(t) }
            w.optional(rule.validFrom) { w, d in w.day(d) }
            w.bool(rule.zeroMeansNo)
        }
        w.array(s.parameters.keys.sorted()) { w, name in w.string(name); w.int(table.index(s.parameters[name]!)) }
        w.array(s.municipalities) { w, t in w.string(t) }
        w.day(s.lastVerified)
        w.array(s.notes) { w, t in w.string(t) }
        w.string(s.file); w.string(s.kind.rawValue)
    }

    private static func reference(_ r: ParameterRef, _ table: ParameterTable, _ w: inout ImageWriter) {
        w.string(r.name)
        w.int(table.index(r.resolved))
    }

    private static func leaf(_ l: Condition.Leaf, _ table: ParameterTable, _ w: inout ImageWriter) {
        w.int(l.fact)
        w.string(l.op.kind.rawValue)
        switch l.op.operand {
        case .literal(let n): w.byte(0); w.double(n)
        case .parameter(let r): w.byte(1); reference(r, table, &w)
        case .fact(let id): w.byte(2); w.int(id)
        case .bool(let b): w.byte(3); w.bool(b)
        case .texts(let t): w.byte(4); w.array(t) { w, s in w.string(s) }
        }
        w.optional(l.explanation) { w, t in w.string(t) }
        w.string(l.path)
    }

    private static func condition(_ c: Condition, _ table: ParameterTable, _ w: inout ImageWriter) {
        switch c {
        case .all(let children): w.byte(0); w.array(children) { w, x in condition(x, table, &w) }
        case .any(let children): w.byte(1); w.array(children) { w, x in condition(x, table, &w) }
        case .not(let inner): w.byte(2); condition(inner, table, &w)
        case .implies(let a, let b): w.byte(3); condition(a, table, &w); condition(b, table, &w)
        case .leaf(let l): w.byte(4); leaf(l, table, &w)
        case .manual(let l): w.byte(5); leaf(l, table, &w)
        }
    }

    private static func expression(_ e: Expression, _ table: ParameterTable, _ w: inout ImageWriter) {
        switch e {
        case .number(let n): w.byte(0); w.double(n)
        case .parameter(let r): w.byte(1); reference(r, table, &w)
        case .fact(let id): w.byte(2); w.int(id)
        case .step(let k): w.byte(3); w.int(k)
        case .text(let t): w.byte(4); w.string(t)
        case .negate(let inner): w.byte(5); expression(inner, table, &w)
        case .binary(let op, let a, let b):
            w.byte(6); w.string(op.rawValue); expression(a, table, &w); expression(b, table, &w)
        case .call(let f, let args):
            w.byte(7); w.string(f.rawValue); w.array(args) { w, x in expression(x, table, &w) }
        }
    }

    private static func checksum(_ payload: [UInt8]) -> [UInt8] {
        var digest = CatalogueStamp.Digest(program: "catalogus-image")
        digest.add(file: "", bytes: payload)
        return Array(digest.hex.utf8)
    }

    // MARK: Reading

    static func decode(_ bytes: [UInt8]) throws(ImageReader.Corrupt) -> Parts {
        guard bytes.count > magic.count, Array(bytes[..<magic.count]) == magic else { throw ImageReader.Corrupt() }
        var r = ImageReader(bytes, from: magic.count)
        guard try r.int() == format else { throw ImageReader.Corrupt() }
        let length = try r.count()
        let start = r.offset
        guard bytes.count == start + length + 32, checksum(Array(bytes[start..<(start + length)])) == Array(bytes[(start + length)...]) else {
            throw ImageReader.Corrupt()
        }
        try r.readStringTable()
        let parameters = try r.array { (r: inout ImageReader) throws(ImageReader.Corrupt) in try parameter(&r) }
        func numbered(_ r: inout ImageReader) throws(ImageReader.Corrupt) -> Parameter {
            let k = try r.int()
            guard parameters.indices.contains(k) else { throw ImageReader.Corrupt() }
            return parameters[k]
        }
        let globals = ParameterStore(try r.array(numbered))
        let schemes = try r.array { (r: inout ImageReader) throws(ImageReader.Corrupt) in try scheme(&r, numbered) }
        let all = try r.array { (r: inout ImageReader) throws(ImageReader.Corrupt) in
            Municipality(code: try r.string(), name: try r.string(), province: try r.string(), inhabitants: try r.int())
        }
        var maps: [[String: [String]]] = []
        for _ in 0..<2 {
            var map: [String: [String]] = [:]
            for (key, codes) in try r.array({ (r: inout ImageReader) throws(ImageReader.Corrupt) in
                (try r.string(), try r.array { (r: inout ImageReader) throws(ImageReader.Corrupt) in try r.string() })
            }) { map[key] = codes }
            maps.append(map)
        }
        guard r.offset == start + length else { throw ImageReader.Corrupt() }
        return Parts(globals: globals, schemes: schemes, registry: MunicipalityRegistry(all: all, byKey: maps[0], ambiguous: maps[1]))
    }

    private static func parameter(_ r: inout ImageReader) throws(ImageReader.Corrupt) -> Parameter {
        let name = try r.string(), description = try r.string(), unit = try r.raw(FactUnit.self)
        let selector = try r.optional { (r: inout ImageReader) throws(ImageReader.Corrupt) in try r.int() }
        let values = try r.array { (r: inout ImageReader) throws(ImageReader.Corrupt) -> DatedValue in
            let from = try r.day()
            let value: ParameterValue
            switch try r.byte() {
            case 0: value = .number(try r.double())
            case 1:
                var map: [String: Double] = [:]
                for (k, v) in try r.array({ (r: inout ImageReader) throws(ImageReader.Corrupt) in (try r.string(), try r.double()) }) { map[k] = v }
                value = .variants(map)
            case 2:
                value = .table(try r.array { (r: inout ImageReader) throws(ImageReader.Corrupt) in
                    ParameterValue.Band(upTo: try r.optional { (r: inout ImageReader) throws(ImageReader.Corrupt) in try r.double() }, value: try r.double())
                })
            case 3: value = .unset
            default: throw ImageReader.Corrupt()
            }
            return DatedValue(from: from, value: value, source: try r.string(), certainty: try r.raw(Certainty.self), note: try r.optional(text))
        }
        return Parameter(name: name, description: description, unit: unit, selector: selector, values: values,
                         municipal: try r.bool(), fixed: try r.bool(), file: try r.string())
    }

    private static func text(_ r: inout ImageReader) throws(ImageReader.Corrupt) -> String { try r.string() }

    private static func scheme(_ r: inout ImageReader, _ numbered: (inout ImageReader) throws(ImageReader.Corrupt) -> Parameter)
        throws(ImageReader.Corrupt) -> Scheme {
        let id = try r.string(), name = try r.string(), summary = try r.string(), executor = try r.string()
        let categories = try r.array { (r: inout ImageReader) throws(ImageReader.Corrupt) in try r.raw(Category.self) }
        let basis = try r.array { (r: inout ImageReader) throws(ImageReader.Corrupt) in
            LegalBasis(law: try r.string(), article: try r.optional(text), link: try r.optional(text))
        }
        let source = try r.string(), validFrom = try r.day()
        let validUntil = try r.optional { (r: inout ImageReader) throws(ImageReader.Corrupt) in try r.day() }
        let discretionary = try r.bool(), discretionaryNote = try r.optional(text)
        let how = try r.string(), link = try r.optional(text)
        let deadline = try r.optional { (r: inout ImageReader) throws(ImageReader.Corrupt) -> Application.Deadline in
            switch try r.byte() {
            case 0: return .toeslagjaar
            case 1: return .text(try r.string())
            default: throw ImageReader.Corrupt()
            }
        }
        let application = Application(how: how, link: link, deadline: deadline, retroactive: try r.optional(text))
        let conditions = try condition(&r, numbered, depth: 0)
        let gates = try r.array { (r: inout ImageReader) throws(ImageReader.Corrupt) in try leaf(&r, numbered) }
        let amount = try r.optional { (r: inout ImageReader) throws(ImageReader.Corrupt) -> AmountRule in
            let period = try r.raw(AmountRule.Period.self)
            let steps = try r.array { (r: inout ImageReader) throws(ImageReader.Corrupt) in
                AmountStep(name: try r.string(), formula: try expression(&r, numbered, depth: 0), formulaText: try r.string(),
                           explanation: try r.optional(text), article: try r.optional(text), unit: try r.raw(AmountStep.Unit.self))
            }
            let formula = try expression(&r, numbered, depth: 0)
            guard formula.stepsAreWithin(steps.count), steps.allSatisfy({ $0.formula.stepsAreWithin(steps.count) }) else { throw ImageReader.Corrupt() }
            return AmountRule(period: period, steps: steps, formula: formula, formulaText: try r.string(), rounding: try r.raw(AmountRule.Rounding.self),
                              monthRounding: try r.raw(AmountRule.Rounding.self), note: try r.optional(text),
                              validFrom: try r.optional { (r: inout ImageReader) throws(ImageReader.Corrupt) in try r.day() }, zeroMeansNo: try r.bool())
        }
        var parameters: [String: Parameter] = [:]
        for (key, p) in try r.array({ (r: inout ImageReader) throws(ImageReader.Corrupt) in (try r.string(), try numbered(&r)) }) { parameters[key] = p }
        return Scheme(id: id, name: name, summary: summary, executor: executor, categories: categories, legalBasis: basis, source: source,
                      validFrom: validFrom, validUntil: validUntil, discretionary: discretionary, discretionaryNote: discretionaryNote,
                      application: application, conditions: conditions, gates: gates, amount: amount, parameters: parameters,
                      municipalities: try r.array(text), lastVerified: try r.day(), notes: try r.array(text), file: try r.string(),
                      kind: try r.raw(SchemeKind.self))
    }

    private static func reference(_ r: inout ImageReader, _ numbered: (inout ImageReader) throws(ImageReader.Corrupt) -> Parameter)
        throws(ImageReader.Corrupt) -> ParameterRef {
        ParameterRef(name: try r.string(), resolved: try numbered(&r))
    }

    /// A fact id of this build's fact registry.
    private static func fact(_ r: inout ImageReader) throws(ImageReader.Corrupt) -> FactID {
        let id = try r.int()
        guard FactRegistry.all.indices.contains(id) else { throw ImageReader.Corrupt() }
        return id
    }

    private static func leaf(_ r: inout ImageReader, _ numbered: (inout ImageReader) throws(ImageReader.Corrupt) -> Parameter)
        throws(ImageReader.Corrupt) -> Condition.Leaf {
        let factID = try fact(&r)
        let kind = try r.raw(Condition.Kind.self)
        let operand: Condition.Operand
        switch try r.byte() {
        case 0: operand = .literal(try r.double())
        case 1: operand = .parameter(try reference(&r, numbered))
        case 2: operand = .fact(try fact(&r))
        case 3: operand = .bool(try r.bool())
        case 4: operand = .texts(try r.array(text))
        default: throw ImageReader.Corrupt()
        }
        return Condition.Leaf(fact: factID, op: Condition.Operator(kind, operand), explanation: try r.optional(text), path: try r.string())
    }

    /// Deeper than any tree a catalogue file may hold (`InputLimits.catalogueDepth`) is corrupt.
    private static func deeper(_ depth: Int) throws(ImageReader.Corrupt) -> Int {
        guard depth < InputLimits.catalogueDepth else { throw ImageReader.Corrupt() }
        return depth + 1
    }

    private static func condition(_ r: inout ImageReader, _ numbered: (inout ImageReader) throws(ImageReader.Corrupt) -> Parameter,
                                  depth: Int) throws(ImageReader.Corrupt) -> Condition {
        let d = try deeper(depth)
        func child(_ r: inout ImageReader) throws(ImageReader.Corrupt) -> Condition { try condition(&r, numbered, depth: d) }
        switch try r.byte() {
        case 0: return .all(try r.array(child))
        case 1: return .any(try r.array(child))
        case 2: return .not(try child(&r))
        case 3: return .implies(try child(&r), try child(&r))
        case 4: return .leaf(try leaf(&r, numbered))
        case 5: return .manual(try leaf(&r, numbered))
        default: throw ImageReader.Corrupt()
        }
    }

    private static func expression(_ r: inout ImageReader, _ numbered: (inout ImageReader) throws(ImageReader.Corrupt) -> Parameter,
                                   depth: Int) throws(ImageReader.Corrupt) -> Expression {
        let d = try deeper(depth)
        func child(_ r: inout ImageReader) throws(ImageReader.Corrupt) -> Expression { try expression(&r, numbered, depth: d) }
        switch try r.byte() {
        case 0: return .number(try r.double())
        case 1: return .parameter(try reference(&r, numbered))
        case 2: return .fact(try fact(&r))
        case 3: return .step(try r.int())
        case 4: return .text(try r.string())
        case 5: return .negate(try child(&r))
        case 6: return .binary(try r.raw(Expression.BinaryOperator.self), try child(&r), try child(&r))
        case 7: return .call(try r.raw(Expression.Function.self), try r.array(child))
        default: throw ImageReader.Corrupt()
        }
    }
}

extension Expression {
    /// Every `.step(k)` in the formula refers to one of `count` steps (an image must not make the
    /// evaluator index past its steps).
    func stepsAreWithin(_ count: Int) -> Bool {
        if case .step(let k) = self { return k >= 0 && k < count }
        return children.allSatisfy { $0.stepsAreWithin(count) }
    }
}
