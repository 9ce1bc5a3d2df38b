extension Engine {
    /// How much each kind of group counts when ordering schemes and valuing questions: a likely
    /// scheme's euros count almost fully, an improbable one's hardly (so that "children under
    /// 18" never becomes the first question for a couple of 69).
    static func weight(_ kind: Overview.Group.Kind) -> Double {
        switch kind {
        case .likely: return 0.9
        case .dependsOn: return 0.5
        case .judgement, .askMunicipality: return 0.3
        case .onlyIf: return 0.05
        }
    }

    /// How much confirming an assumption counts, for a likely scheme that relies on it: less
    /// than any open fact of a scheme that depends on it, so confirmations are asked last.
    static let confirmationWeight = 0.04

    /// The overview of an evaluation. It evaluates the household twice more, without file I/O:
    /// once with the unknown routine facts assumed (to tell likely from improbable schemes), and
    /// once more with no income and no assets on top (for the maximum of an unknown amount).
    public func overview(of household: Household, prepared: Preparation, evaluation e: Evaluation, options: Options = Options()) -> Overview {
        var typical = household
        var filled: [Assumption] = []
        for a in Assumption.all where a.fill(&typical, e.peildatum) { filled.append(a) }
        let t = Self.byID(try? evaluate(typical, prepared: prepared, options: options))
        // The most the rules allow: no income and no assets; with an unknown partner, the
        // higher of the amounts with and without one.
        var best = typical
        if best.inkomen.nettoPerMaand == nil { best.inkomen.nettoPerMaand = 0 }
        if best.inkomen.toetsingsinkomenPerJaar == nil { best.inkomen.toetsingsinkomenPerJaar = 0 }
        if best.vermogen.totaal == nil { best.vermogen.totaal = 0 }
        var variants = [best]
        if case .unknown = best.partner {
            var single = best, couple = best
            single.partner = .absent
            var p = Person()
            p.leeftijd = best.aanvrager.leeftijd
            couple.partner = .present(p)
            for a in Assumption.all { _ = a.fill(&couple, e.peildatum) }
            variants = [single, couple]
        }
        let maxima = variants.map { Self.byID(try? evaluate($0, prepared: prepared, options: options)) }

        var entitled: [Overview.Item] = []
        var groups: [(kind: Overview.Group.Kind, items: [Overview.Item])] = []
        var confirm: [String] = []
        var questionWeights: [(item: Overview.Item, weight: Double, fields: [String])] = []
        for o in e.outcomes where o.status != .nee {
            let ot = t[o.scheme.id]
            let amount = Self.known(o.amount) ?? (ot?.status == .nee ? nil : Self.known(ot?.amount))
            let maximum = amount == nil ? Self.largest(maxima.compactMap { $0[o.scheme.id] }).flatMap { $0.yearly > 0 ? $0 : nil } : nil
            // A protected amount (beslagvrije voet) is not money received: it does not rank.
            let value = o.scheme.kind == .bescherming ? 0 : (amount ?? maximum)?.yearly ?? 0
            if o.status == .ja {
                entitled.append(Overview.Item(outcome: o, amount: amount, maximum: nil, value: value, alsoNeeded: [], toConfirm: []))
                continue
            }
            let kind: Overview.Group.Kind
            var remaining = o.missing
            if let ot { remaining = ot.missing + (ot.amount?.missing ?? []).filter { !ot.missing.contains($0) } }
            var toConfirm: [String] = []
            switch ot?.status {
            case .ja?:
                kind = .likely
                for a in filled where o.missing.contains(a.path) && !toConfirm.contains(a.assumed) { toConfirm.append(a.assumed) }
                for a in toConfirm where !confirm.contains(a) { confirm.append(a) }
                remaining = []
            case .nee?:
                if let a = filled.first(where: { o.missing.contains($0.path) }) {
                    kind = .onlyIf(a.onlyIf)
                    remaining = [a.path]
                } else {
                    kind = .dependsOn(Topic.of(o.missing.first ?? "").dutch)
                    remaining = o.missing
                }
            default:
                if let topic = remaining.map(Topic.of).min() {
                    kind = .dependsOn(topic.dutch)
                } else if o.notes.contains(where: { if case .municipalPolicyNotFound = $0 { return true }; return false }) {
                    kind = .askMunicipality
                } else {
                    kind = .judgement
                }
            }
            var topics: [String] = []
            if case .dependsOn(let main) = kind {
                for topic in Set(remaining.map(Topic.of)).sorted() where topic.dutch != main { topics.append(topic.short) }
            }
            let item = Overview.Item(outcome: o, amount: amount, maximum: maximum, value: value, alsoNeeded: topics, toConfirm: toConfirm)
            if let k = groups.firstIndex(where: { $0.kind == kind }) { groups[k].items.append(item) } else { groups.append((kind, [item])) }
            questionWeights.append((item, Self.weight(kind), remaining))
            // The assumptions a likely scheme relies on are asked too, after the open facts.
            if case .likely = kind {
                let assumed = filled.filter { o.missing.contains($0.path) }.map(\.path)
                if !assumed.isEmpty { questionWeights.append((item, Self.confirmationWeight, assumed)) }
            }
        }
        entitled.sort { $0.value > $1.value }
        let possible = groups.map { g in Overview.Group(kind: g.kind, items: g.items.sorted { $0.value > $1.value }) }
            .sorted { a, b in
                let (wa, wb) = (Self.weight(a.kind), Self.weight(b.kind))
                if wa != wb { return wa > wb }
                return (a.items.first?.value ?? 0) > (b.items.first?.value ?? 0)
            }
        return Overview(summary: HouseholdSummary.sentence(household, municipality: prepared.municipality, on: e.peildatum),
                        assumed: confirm, entitled: entitled, possible: possible,
                        questions: Self.rankQuestions(questionWeights))
    }

    /// Questions valued by the yearly euros they would settle, each scheme weighted by how
    /// likely it is; a scheme without a known amount or maximum counts as a small sum, so
    /// that a fact deciding many such schemes still ranks.
    static func rankQuestions(_ entries: [(item: Overview.Item, weight: Double, fields: [String])]) -> [Overview.RankedQuestion] {
        // One question per topic (net income also settles what the toetsingsinkomen would, as
        // it is estimated from it); the field that settles the most names it.
        struct Entry { var fields: [String: Double] = [:]; var items: [(Overview.Item, Double)] = [] }
        var order: [String] = []
        var byKey: [String: Entry] = [:]
        for (item, weight, fields) in entries {
            var seen: Set<String> = []
            for f in fields {
                let topic = Topic.of(f)
                let key = Topic.question(for: f) == nil ? f : "\(topic.rawValue)"
                if byKey[key] == nil { order.append(key) }
                byKey[key, default: Entry()].fields[f, default: 0] += weight * max(item.value, 100)
                if seen.insert(key).inserted { byKey[key, default: Entry()].items.append((item, weight)) }
            }
        }
        let ranked = order.compactMap { key -> Overview.RankedQuestion? in
            // A topic's question asks its first field first (beslag before the other debt facts).
            guard let entry = byKey[key], let field = entry.fields.keys.min(by: { (Topic.rank($0), $0) < (Topic.rank($1), $1) }) else { return nil }
            let list = entry.items.sorted { $0.0.value * $0.1 > $1.0.value * $1.1 }
            let value = list.reduce(0) { $0 + $1.1 * max($1.0.value, 100) }
            return Overview.RankedQuestion(field: field, label: Topic.question(for: field) ?? FieldLabels.label(for: field).capitalizedFirst,
                                           schemes: list.map(\.0.outcome.scheme.id), names: list.map(\.0.outcome.scheme.name),
                                           value: value, atStake: list.reduce(0) { $0 + $1.0.value })
        }
        // A question that only matters for improbable schemes comes after every other one.
        let improbable = Set(order.filter { key in byKey[key]?.items.allSatisfy { $0.1 <= weight(.onlyIf("")) } ?? false }
            .compactMap { key in ranked.first { r in byKey[key]?.fields[r.field] != nil }?.field })
        return ranked.sorted { a, b in
            let (ia, ib) = (improbable.contains(a.field), improbable.contains(b.field))
            if ia != ib { return ib }
            return a.value != b.value ? a.value > b.value : a.field < b.field
        }
    }

    /// Prepares and evaluates the household, with its overview (`Evaluation.overview`).
    public func evaluateWithOverview(_ household: Household, options: Options = Options()) throws(EvaluationError) -> Evaluation {
        let prepared = try prepare(household)
        do throws(HouseholdError) {
            var e = try evaluate(household, prepared: prepared, options: options)
            e.overview = overview(of: household, prepared: prepared, evaluation: e, options: options)
            return e
        } catch {
            throw .household(error)
        }
    }

    /// The largest known amount of outcomes that are not `nee`.
    static func largest(_ outcomes: [Outcome]) -> Amount? {
        outcomes.filter { $0.status != .nee }.compactMap { known($0.amount) }.max { $0.yearly < $1.yearly }
    }

    /// An amount only when it is known (a per-year or one-off figure).
    static func known(_ a: Amount?) -> Amount? {
        guard let a, a.perYear != nil || a.once != nil else { return nil }
        return a
    }

    static func byID(_ e: Evaluation?) -> [String: Outcome] {
        var map: [String: Outcome] = [:]
        for o in e?.outcomes ?? [] { map[o.scheme.id] = o }
        return map
    }
}
