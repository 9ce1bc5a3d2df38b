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
        /// Its resolved parameter slots, in the plan's own tables (`own`) or the day's (`base.tables`).
        var slots: Range<Int32>
        var ownSlots: Bool
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
    /// The municipality's part of the catalogue indexed by national scheme (`EvaluationMemo.localIndex`).
    let localIndex: EvaluationMemo.LocalIndex?
    let entries: [Entry]
    /// The entries in listing order within one status: national before local, then by name and id.
    let listingOrder: [Int]
    /// The scheme of each entry.
    let schemes: [Scheme]
    /// Per entry, its scheme's kind (`--gemist` keeps only money to claim).
    let kinds: FlatBuffer<SchemeKind>
    /// The day's part, shared by the plans of every municipality on that day.
    let base: Base
    /// The slots this municipality resolves itself: of the national schemes it sets figures for, and of its own schemes.
    let own: Tables.Frozen
    /// The programs the entries were resolved for: the national one and the municipality's own.
    let national: ScreeningProgram
    let localProgram: ScreeningProgram?

    /// Resolved slots with their variants and table bands, as they are built.
    struct Tables {
        var params: [Param] = []
        var variants: [Variant] = []
        /// The variants' keys, as in the catalogue (parallel to `variants`).
        var keys: [String] = []
        var bands: [(upTo: Double, value: Double)] = []
        /// Per slot, the figure it reads when that figure is uncertain on the day (what the
        /// explanation names; parallel to `params`).
        var uncertainFigures: [UncertainFigure.Source?] = []

        /// The tables as flat buffers, for the screener's hot loops.
        final class Frozen: Sendable {
            let params: FlatBuffer<Param>
            let variants: FlatBuffer<Variant>
            let keys: [String]
            let bands: FlatBuffer<(upTo: Double, value: Double)>
            let uncertainFigures: [UncertainFigure.Source?]

            init(_ t: Tables) {
                params = FlatBuffer(t.params)
                variants = FlatBuffer(t.variants)
                keys = t.keys
                bands = FlatBuffer(t.bands)
                uncertainFigures = t.uncertainFigures
            }
        }

        /// Appends a slot on `day`: the municipality's own figure first (`ParameterResolver.parameter`).
        mutating func append(_ ref: ParameterRef, _ overrides: [String: Parameter]?, on day: Day) {
            let p = ParameterResolver(overrides: overrides, day: day).parameter(ref)
            let dated = p.value(on: day)
            let uncertain = dated.map { UncertainFigure.isUncertain(p, $0, on: day) } ?? false
            params.append(dated.map { resolve(p, $0, uncertain: uncertain) } ?? Param(kind: .unavailable))
            uncertainFigures.append(uncertain ? .figure(p, dated!) : nil)
        }

        /// A parameter's figure on the day as a slot, its variants and bands added to the tables.
        private mutating func resolve(_ p: Parameter, _ dated: DatedValue, uncertain: Bool) -> Param {
            var out = Param(kind: .unavailable, uncertain: uncertain)
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

        /// A scheme's entry on `day`, its slots resolved into these tables.
        mutating func entry(_ s: Scheme, _ program: ScreeningProgram, isLocal: Bool, index: Int, overrides: [String: Parameter]?,
                            own: Bool, day: Day, stale: [Bool]) -> Entry {
            let start = Int32(params.count)
            for ref in program.schemes[index].slots { append(ref, overrides, on: day) }
            let slots = start..<Int32(params.count)
            let readsStale = program.readFacts[index].contains { stale[$0] }
            let rule = s.amount
            return Entry(isLocal: isLocal, scheme: Int32(index), notHere: 0, policyNotFound: false, discretionary: s.discretionary,
                         zeroMeansNo: rule?.zeroMeansNo ?? false, amountActive: rule.map { r in r.validFrom.map { day >= $0 } ?? true } ?? false,
                         hasRule: rule != nil, period: rule?.period ?? .jaar, rounding: rule?.rounding ?? .cent,
                         monthRounding: rule?.monthRounding ?? .cent, rank: 0, slots: slots, ownSlots: own,
                         mayBeUncertain: readsStale || params[Int(slots.lowerBound)..<Int(slots.upperBound)].contains { $0.uncertain })
        }
    }

    /// The part of a plan that depends only on the day (and the category filter): the national
    /// schemes that apply and their slots resolved with the national figures. Each municipality's
    /// plan shares it and resolves only the schemes it sets figures for, and its own.
    final class Base: Sendable {
        let day: Day
        let categories: Set<Category>
        let entries: [Entry]
        /// Per national scheme: its place in `entries`, if it applies.
        let entryOf: [Int?]
        let tables: Tables.Frozen
        /// Per fact: computed with a national figure past its known period on the day.
        let stale: [Bool]
        let flatStale: FlatBuffer<Bool>

        init(catalogue: Catalogue, national: ScreeningProgram, day: Day, categories: Set<Category>) {
            self.day = day
            self.categories = categories
            var stale = [Bool](repeating: false, count: FactRegistry.all.count)
            for (id, _) in catalogue.memo.staleMarks(on: day, { FactComputer.staleMarks(catalogue.globals, on: day) }) { stale[id] = true }
            var tables = Tables(), entries: [Entry] = []
            var entryOf = [Int?](repeating: nil, count: catalogue.schemes.count)
            for (i, s) in catalogue.schemes.enumerated() where s.applies(on: day, categories: categories) {
                var e = tables.entry(s, national, isLocal: false, index: i, overrides: nil, own: false, day: day, stale: stale)
                e.rank = (s.isLocal ? 1 << 39 : 0) | catalogue.nameRank[i]
                entryOf[i] = entries.count
                entries.append(e)
            }
            self.stale = stale
            flatStale = FlatBuffer(stale)
            self.entries = entries
            self.entryOf = entryOf
            self.tables = Tables.Frozen(tables)
        }
    }

    /// The plan of a municipality (or none) on the base's day.
    init(catalogue: Catalogue, base: Base, national: ScreeningProgram, localProgram: ScreeningProgram?, municipality: Municipality?, local: LocalCatalogue?) {
        day = base.day
        self.municipality = municipality
        self.local = local
        self.base = base
        self.national = national
        self.localProgram = localProgram
        var entries = base.entries
        var tables = Tables()
        localIndex = local.flatMap { municipality == nil ? nil : catalogue.memo.localIndex($0, national: catalogue.schemes) }
        if let local, let index = localIndex {
            for (i, s) in catalogue.schemes.enumerated() {
                guard let k = base.entryOf[i] else { continue }
                if let overrides = index.overrides[i] {
                    let rank = entries[k].rank
                    entries[k] = tables.entry(s, national, isLocal: false, index: i, overrides: overrides, own: true, day: day, stale: base.stale)
                    entries[k].rank = rank
                }
                switch municipality.flatMap({ index.notHere(i, in: $0) }) {
                case .replacedBy?: entries[k].notHere = 2
                case .notOffered?: entries[k].notHere = 1
                case nil: break
                }
                entries[k].policyNotFound = index.policyNotFound[i] != nil
            }
            if let localProgram {
                for (k, s) in local.schemes.enumerated() where s.applies(on: day, categories: base.categories) {
                    var e = tables.entry(s, localProgram, isLocal: true, index: k, overrides: nil, own: true, day: day, stale: base.stale)
                    e.rank = (s.isLocal ? 1 << 39 : 0) | (s.isLocal ? index.localRank[k] : 0)
                    entries.append(e)
                }
            }
        }
        own = Tables.Frozen(tables)
        self.entries = entries
        let nationalSchemes = catalogue.schemes, ownSchemes = local?.schemes ?? []
        let schemes = entries.map { $0.isLocal ? ownSchemes[Int($0.scheme)] : nationalSchemes[Int($0.scheme)] }
        self.schemes = schemes
        kinds = FlatBuffer(schemes.map { $0.kind })
        listingOrder = entries.indices.sorted { i, j in
            entries[i].rank != entries[j].rank ? entries[i].rank < entries[j].rank : (schemes[i].name, schemes[i].id) < (schemes[j].name, schemes[j].id)
        }
    }
}
