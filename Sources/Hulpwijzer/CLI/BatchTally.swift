/// The counts of a batch run for the caseload report: rows read, evaluated and with errors
/// (by line), per scheme who is entitled, possibly entitled and already receives it, the
/// estimated yearly money missed, the facts missing most often, and per municipality.
/// Never an `id`: the report is about the caseload, not about persons.
struct BatchTally: Sendable, Equatable {
    /// Per scheme.
    struct SchemeCount: Sendable, Equatable {
        var name: String
        var kind: SchemeKind
        var ja = 0
        var mogelijk = 0
        var receives = 0
        /// Households that are `ja`, do not receive it, for a scheme that is money to claim.
        var missed = 0
        /// Their estimated yearly amounts, summed (unknown amounts count as nothing).
        var missedMoney = Money.zero
        /// Missed households whose amount is unknown.
        var missedUnknownAmount = 0

        func adding(_ o: SchemeCount) -> SchemeCount {
            var c = self
            c.ja += o.ja
            c.mogelijk += o.mogelijk
            c.receives += o.receives
            c.missed += o.missed
            c.missedMoney = Money(cents: missedMoney.cents + o.missedMoney.cents)
            c.missedUnknownAmount += o.missedUnknownAmount
            return c
        }
    }

    /// Per municipality (code).
    struct MunicipalityCount: Sendable, Equatable {
        var name: String
        var households = 0
        var missed = 0
        var missedMoney = Money.zero

        func adding(_ o: MunicipalityCount) -> MunicipalityCount {
            var c = self
            c.households += o.households
            c.missed += o.missed
            c.missedMoney = Money(cents: missedMoney.cents + o.missedMoney.cents)
            return c
        }
    }

    /// The most error lines kept for the report (the count is always complete).
    static let errorLinesKept = 1000

    var read = 0
    var evaluated = 0
    var errors = 0
    var errorLines: [Int] = []
    var schemes: [String: SchemeCount] = [:]
    /// Fact path → households with at least one `mogelijk` outcome that misses it.
    var missingFacts: [String: Int] = [:]
    var municipalities: [String: MunicipalityCount] = [:]
    /// Households without a known municipality.
    var withoutMunicipality = 0

    mutating func add(_ e: Evaluation) {
        add(e.municipality, e.outcomes.lazy.map(AnswerRow.init))
    }

    /// Counts one evaluated household: its municipality and its answers.
    mutating func add<S: Sequence<AnswerRow>>(_ municipality: Municipality?, _ rows: S) {
        read += 1
        evaluated += 1
        var missingHere = Set<String>()
        var missedHere = 0
        var moneyHere = Money.zero
        for o in rows {
            let s = o.scheme
            var c = schemes[s.id] ?? SchemeCount(name: s.name, kind: s.kind)
            switch o.status {
            case .ja: c.ja += 1
            case .mogelijk:
                c.mogelijk += 1
                missingHere.formUnion(o.missing)
            case .nee: break
            }
            if o.receives == true { c.receives += 1 }
            if CompactOptions.missed(status: o.status, kind: s.kind, receives: o.receives, includePossible: false) {
                c.missed += 1
                missedHere += 1
                if let y = o.yearly {
                    c.missedMoney = Money(cents: c.missedMoney.cents + y.cents)
                    moneyHere = Money(cents: moneyHere.cents + y.cents)
                } else {
                    c.missedUnknownAmount += 1
                }
            }
            schemes[s.id] = c
        }
        for f in missingHere { missingFacts[f, default: 0] += 1 }
        if let m = municipality {
            var c = municipalities[m.code] ?? MunicipalityCount(name: m.name)
            c.households += 1
            c.missed += missedHere
            c.missedMoney = Money(cents: c.missedMoney.cents + moneyHere.cents)
            municipalities[m.code] = c
        } else {
            withoutMunicipality += 1
        }
    }

    mutating func addError(line: Int) {
        read += 1
        errors += 1
        if errorLines.count < Self.errorLinesKept { errorLines.append(line) }
    }

    /// Adds the counts of a later part of the input.
    mutating func merge(_ other: BatchTally) {
        read += other.read
        evaluated += other.evaluated
        errors += other.errors
        errorLines += other.errorLines.prefix(max(0, Self.errorLinesKept - errorLines.count))
        schemes.merge(other.schemes) { a, b in a.adding(b) }
        for (f, n) in other.missingFacts { missingFacts[f, default: 0] += n }
        municipalities.merge(other.municipalities) { a, b in a.adding(b) }
        withoutMunicipality += other.withoutMunicipality
    }

    /// The total estimated yearly money missed.
    var missedMoney: Money { Money(cents: schemes.values.reduce(0) { $0 + $1.missedMoney.cents }) }
}
