/// What the screening of households of one peildatum and one municipality shares: which
/// schemes apply, in which order they are listed, and every parameter slot resolved to its
/// figure(s) on that day — the municipality's own figure first, as `ParameterResolver` finds it.
/// Built once per (peildatum, municipality, category filter) and read by every household of it.
final class ScreeningPlan: Sendable {
    /// A scheme to evaluate.
    struct Entry: Sendable {
        /// In the municipality's program (its own schemes) instead of the national one.
        var isLocal: Bool
        /// The scheme's position in its program (and in `Catalogue.schemes` or `LocalCatalogue.schemes`).
        var scheme: Int32
        /// Not given here: 1 the municipality does not offer it, 2 a local scheme takes its place.
        var notHere: UInt8
        var policyNotFound: Bool
        var discretionary: Bool
        var zeroMeansNo: Bool
        /// The scheme has an amount rule that applies on the day.
        var amountActive: Bool
        /// The scheme has an amount rule.
        var hasRule: Bool
        var period: AmountRule.Period
        var rounding: AmountRule.Rounding
        var monthRounding: AmountRule.Rounding
        /// National before local, then name order (the engine's order after the status).
        var rank: Int
        /// Its resolved parameter slots in `params`.
        var slots: Range<Int32>
        /// A slot is an uncertain figure on the day, or a test reads a stale fact: the `onzeker`
        /// column then needs the full explanation.
        var mayBeUncertain: Bool
    }

    /// A parameter slot resolved on the day.
    struct Param: Sendable {
        var kind: Kind
        var value: Double = 0
        /// The fact that picks a variant.
        var selector: Int32 = -1
        /// The variants in key order, in `variants`.
        var variants: Range<Int32> = 0..<0
        /// The bands of a table, in `bands`.
        var bands: Range<Int32> = 0..<0
        /// The variant for a yes and a no selector (-1: none).
        var yes: Int32 = -1
        var no: Int32 = -1
        /// The figure is uncertain on the day (`UncertainFigure.isUncertain`).
        var uncertain = false

        enum Kind: UInt8, Sendable { case unavailable, number, variants, table }
    }

    /// One variant of a parameter: its key and figure.
    struct Variant: Sendable {
        /// The key as a whole number, when it is one (`JSONWriter.formatNumber` writes it back).
        var number: Double
        var isNumber: Bool
        var value: Double
    }

    let day: Day
    let municipality: Municipality?
    let local: LocalCatalogue?
    let entries: [Entry]
    let params: [Param]
    let variants: [Variant]
    /// The variants' keys, as in the catalogue (parallel to `variants`).
    let variantKeys: [String]
    let bands: [(upTo: Double, value: Double)]
    /// Per fact: computed with a national figure past its known period on the day.
    let staleFacts: [Bool]

    init(catalogue: Catalogue, national: ScreeningProgram, localProgram: ScreeningProgram?, day: Day, options: Engine.Options,
         municipality: Municipality?, local: LocalCatalogue?) {
        self.day = day
        self.municipality = municipality
        self.local = local
        var stale = [Bool](repeating: false, count: FactRegistry.all.count)
        for (id, _) in catalogue.memo.staleMarks(on: day, { FactComputer.staleMarks(catalogue.globals, on: day) }) { stale[id] = true }
        staleFacts = stale
        var entries: [Entry] = [], params: [Param] = [], variants: [Variant] = [], keys: [String] = [], bands: [(Double, Double)] = []
        func applies(_ s: Scheme) -> Bool {
            guard s.validFrom <= day, s.validUntil.map({ day <= $0 }) ?? true else { return false }
            return options.categories.isEmpty || s.categories.contains(where: options.categories.contains)
        }
        func resolve(_ ref: ParameterRef, _ overrides: [String: Parameter]?) -> Param {
            let resolver = ParameterResolver(overrides: overrides, day: day)
            let p = resolver.parameter(ref)
            guard let dated = p.value(on: day) else { return Param(kind: .unavailable) }
            var out = Param(kind: .unavailable, uncertain: UncertainFigure.isUncertain(p, dated, on: day))
            switch dated.value {
            case .number(let n):
                out.kind = .number
                out.value = n
            case .variants(let table):
                guard let selector = p.selector else { return out }
                out.kind = .variants
                out.selector = Int32(selector)
                let start = Int32(variants.count)
                for key in table.keys.sorted() {
                    let whole = Int64(key).flatMap { String($0) == key ? Double($0) : nil }
                    if key == "ja" { out.yes = Int32(variants.count) }
                    if key == "nee" { out.no = Int32(variants.count) }
                    variants.append(Variant(number: whole ?? 0, isNumber: whole != nil, value: table[key]!))
                    keys.append(key)
                }
                out.variants = start..<Int32(variants.count)
            case .table(let list):
                out.kind = .table
                let start = Int32(bands.count)
                for b in list { bands.append((b.upTo ?? .infinity, b.value)) }
                out.bands = start..<Int32(bands.count)
            case .unset:
                break
            }
            return out
        }
        func entry(_ s: Scheme, _ compiled: ScreeningProgram.Scheme, isLocal: Bool, index: Int, overrides: [String: Parameter]?) -> Entry {
            let start = Int32(params.count)
            for ref in compiled.slots { params.append(resolve(ref, overrides)) }
            let slots = start..<Int32(params.count)
            let readsStale = compiled.readsFacts(isLocal ? localProgram! : national).contains { stale[$0] }
            let rule = s.amount
            return Entry(isLocal: isLocal, scheme: Int32(index), notHere: 0, policyNotFound: false, discretionary: s.discretionary,
                         zeroMeansNo: rule?.zeroMeansNo ?? false, amountActive: rule.map { r in r.validFrom.map { day >= $0 } ?? true } ?? false,
                         hasRule: rule != nil, period: rule?.period ?? .jaar, rounding: rule?.rounding ?? .cent,
                         monthRounding: rule?.monthRounding ?? .cent, rank: 0, slots: slots,
                         mayBeUncertain: readsStale || params[Int(slots.lowerBound)..<Int(slots.upperBound)].contains(where: \.uncertain))
        }
        let localIndex = local.map { catalogue.memo.localIndex($0, national: catalogue.schemes) }
        for (i, s) in catalogue.schemes.enumerated() where applies(s) {
            var e = entry(s, national.schemes[i], isLocal: false, index: i, overrides: localIndex?.overrides[i] ?? nil)
            if municipality != nil, let index = localIndex {
                if index.replacedBy[i] != nil { e.notHere = 2 } else if index.notOffered[i] { e.notHere = 1 }
                e.policyNotFound = index.policyNotFound[i] != nil
            }
            e.rank = (s.isLocal ? 1 << 39 : 0) | catalogue.nameRank[i]
            entries.append(e)
        }
        if let local, let localProgram {
            for (k, s) in local.schemes.enumerated() where applies(s) {
                var e = entry(s, localProgram.schemes[k], isLocal: true, index: k, overrides: nil)
                e.rank = (s.isLocal ? 1 << 39 : 0) | (s.isLocal ? localIndex?.localRank[k] ?? 0 : 0)
                entries.append(e)
            }
        }
        self.entries = entries
        self.params = params
        self.variants = variants
        variantKeys = keys
        self.bands = bands
    }
}

extension ScreeningProgram.Scheme {
    /// The facts its gates, conditions and formula read (for the stale-fact check of a plan).
    func readsFacts(_ program: ScreeningProgram) -> [Int] {
        var out: [Int] = []
        for k in gates { out.append(Int(program.leaves[Int(k)].fact)) }
        var i = Int(root)
        let end = Int(program.nodes[i].end)
        while i < end {
            let n = program.nodes[i]
            if n.op == .leaf {
                let l = program.leaves[Int(n.leaf)]
                out.append(Int(l.fact))
                if l.operand == .fact { out.append(Int(l.ref)) }
            }
            i += 1
        }
        if amount >= 0 {
            var stack = [amount] + program.stepRoots[Int(steps.lowerBound)..<Int(steps.upperBound)]
            while let e = stack.popLast() {
                let x = program.exprs[Int(e)]
                if x.op == .fact { out.append(Int(x.ref)) }
                for a in 0..<Int(x.count) { stack.append(program.args[Int(x.first) + a]) }
            }
        }
        return out
    }
}
