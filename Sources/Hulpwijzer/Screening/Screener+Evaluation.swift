/// The engine's evaluation made from a screening: the compiled programs decide the truths and
/// the missing facts, the engine makes each outcome from them as its tree walk does.
extension Screener {
    /// The last household's evaluation (screened with `prepared`): per item the outcome
    /// `Engine.evaluateByTree` gives, in the same order (the items are already in listing order).
    func evaluation(_ household: Household, prepared: Engine.Preparation) -> Evaluation {
        let plan = plan!
        let engine = Engine(catalogue: catalogue)
        let municipality = prepared.municipality, local = prepared.local
        // The municipality's deviations per national scheme (read once, not copied per item).
        let index = plan.localIndex
        let policyNotFoundOf = index?.policyNotFound
        let context = EvaluationContext(facts: facts!, overrides: local?.overrides ?? [:], municipalityKnown: municipality != nil)
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(items.count)
        for it in items {
            let e = plan.entries[Int(it.entry)]
            let scheme = plan.schemes[Int(it.entry)]
            let i = Int(e.scheme)
            let national = !e.isLocal
            // The facts that keep an unknown truth open (an open amount only ever follows a `ja` truth).
            let missing = it.truth == .unknown ? Array(paths[Int(it.missing.lowerBound)..<Int(it.missing.upperBound)]) : []
            let notOffered = national && e.notHere != 0 ? municipality.flatMap { index?.notHere(i, in: $0) } : nil
            let computed = it.truth == .no ? nil : keptAmount(it.entry)
            let o = engine.outcome(scheme, truth: it.truth, treeTruth: it.treeTruth, failedGate: it.failedGate < 0 ? nil : Int(it.failedGate), missing: missing,
                                   receives: it.receives < 0 ? nil : it.receives == 1, context: context, computed: computed,
                                   notOffered: notOffered, policyNotFound: national ? policyNotFoundOf?[i] ?? nil : nil)
            assert(o.status == it.status, "\(scheme.id): the outcome's status \(o.status) is not the screener's \(it.status)")
            outcomes.append(o)
        }
        return engine.evaluation(household, day: plan.day, prepared: prepared, outcomes: outcomes)
    }
}
