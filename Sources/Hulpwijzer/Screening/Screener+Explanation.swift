/// What explains an outcome, for the CSV's `onzeker` column: the tests `Outcome.explainingTraces`
/// shows, found again in the flat program with the explanation's rules (`FullTrace`).
extension Screener.Run {
    /// Whether the traces that explain item `it` (`Outcome.explainingTraces`) name an uncertain
    /// figure or a stale fact, as `Outcome.hasUncertainFigures` decides (its amount is certain).
    mutating func explanationIsUncertain(_ it: Screener.Item, _ e: ScreeningPlan.Entry) -> Bool {
        let s = program.schemes[Int(e.scheme)]
        base = Int(e.slots.lowerBound)
        use(own: e.ownSlots)
        if it.failedGate >= 0 {
            // The failing gate alone explains the `nee`; only its figure counts (`.fixed` evidence).
            return figureIsUncertain(Int(s.gates.lowerBound) + Int(it.failedGate))
        }
        var uncertain = false
        for g in s.gates {
            let k = Int(g)
            if it.truth == .yes || leaf(k) == .unknown && it.truth == .unknown { uncertain = uncertain || readsUncertain(k) }
        }
        if it.truth != .unknown || it.treeTruth == .unknown { uncertain = uncertain || explained(Int(s.root)).uncertain }
        return uncertain
    }

    /// The test compares with a figure that is uncertain on the day.
    private func figureIsUncertain(_ k: Int) -> Bool {
        let l = leaves[k]
        return l.operand == .parameter && tables.params[base + Int(l.ref)].uncertain
    }

    /// The test compares with an uncertain figure or reads a stale fact.
    private func readsUncertain(_ k: Int) -> Bool {
        let l = leaves[k]
        return figureIsUncertain(k) || stale[Int(l.fact)] || l.operand == .fact && stale[Int(l.ref)]
    }

    /// The truth of the subtree at node `i` with every child visited, and whether the tests that
    /// `FullTrace` keeps to explain it read an uncertain figure or a stale fact.
    private mutating func explained(_ i: Int) -> (truth: Truth, uncertain: Bool) {
        let n = nodes[i]
        switch n.op {
        case .leaf:
            return (leaf(Int(n.leaf)), readsUncertain(Int(n.leaf)))
        case .manual:
            return (.unknown, stale[Int(leaves[Int(n.leaf)].fact)])
        case .not:
            let inner = explained(i + 1)
            return (!inner.truth, inner.uncertain)
        case .implies:
            let p = explained(i + 1)
            if p.truth == .no { return (.yes, false) }
            let c = explained(Int(nodes[i + 1].end))
            return (!p.truth || c.truth, p.uncertain || c.uncertain)
        case .all, .any:
            let isAll = n.op == .all
            var result: Truth = isAll ? .yes : .no
            var children: [(truth: Truth, uncertain: Bool)] = []
            var c = i + 1
            while c < Int(n.end) {
                let r = explained(c)
                children.append(r)
                result = isAll ? (result && r.truth) : (result || r.truth)
                c = Int(nodes[c].end)
            }
            // All children explain a holding `alle` or a failing `een_van`; otherwise those with
            // the deciding value (only the first holding one of an `een_van`), as `FullTrace.combination`.
            if (isAll && result == .yes) || (!isAll && result == .no) { return (result, children.contains { $0.uncertain }) }
            let wanted: Truth = isAll ? (result == .no ? .no : .unknown) : (result == .yes ? .yes : .unknown)
            var uncertain = false, firstYesTaken = false
            for part in children where part.truth == wanted {
                if !isAll && result == .yes {
                    if firstYesTaken { continue }
                    firstYesTaken = true
                }
                uncertain = uncertain || part.uncertain
            }
            return (result, uncertain)
        }
    }
}
