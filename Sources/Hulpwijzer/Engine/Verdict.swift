/// The status of an outcome, decided in one pure function from the truth of the
/// conditions, the amount and the scheme's and municipality's circumstances.
struct Verdict {
    let status: Status
    let missing: [String]
    /// The outcome shows the computed amount (not when the municipality does not give the scheme).
    let showsAmount: Bool
    let notes: [Outcome.Note]
    /// The conditions do not explain the status (the amount or the municipality does).
    let withoutTraces: Bool

    /// Why a national scheme that municipalities run is not given in this municipality.
    enum NotHere {
        /// The municipality (by name) does not offer it.
        case notOffered(String)
        /// The municipality gives it as its own scheme, with this name.
        case replacedBy(String)
    }

    /// - Parameters:
    ///   - truth: the gates and conditions together;
    ///   - missing: the facts that keep an unknown truth open;
    ///   - amount: the computed amount (nil when not computed);
    ///   - zeroMeansNo: the scheme's amount rule says an amount of € 0 means `nee`;
    ///   - discretionary: the scheme is maatwerk;
    ///   - notOffered: why the national scheme is not given here: the municipality does not offer
    ///     it, or gives it as a local scheme of its own;
    ///   - policyNotFound: the municipality's policy for this scheme was searched for and not
    ///     found, so only the national defaults could be used.
    static func decide(truth: Truth, missing: [String], amount: Amount?, zeroMeansNo: Bool,
                       discretionary: Bool, notOffered: NotHere?, policyNotFound: NotFound? = nil) -> Verdict {
        switch notOffered {
        case .notOffered(let m)?:
            return Verdict(status: .nee, missing: [], showsAmount: false, notes: [.notOffered(municipality: m)], withoutTraces: true)
        case .replacedBy(let name)?:
            return Verdict(status: .nee, missing: [], showsAmount: false, notes: [.replacedLocally(by: name)], withoutTraces: true)
        case nil: break
        }
        guard truth != .no else { return Verdict(status: .nee, missing: [], showsAmount: true, notes: [], withoutTraces: false) }
        var status = Status(truth)
        var open = truth == .unknown ? missing : []
        var notes: [Outcome.Note] = []
        if let reason = amount?.unknownReason {
            // An amount that cannot be computed is never shown as a plain `ja`.
            if status == .ja { status = .mogelijk }
            notes.append(.amountNotComputable(reason: reason))
        } else if zeroMeansNo, let a = amount {
            if let y = a.perYear ?? a.once, y == .zero {
                return Verdict(status: .nee, missing: [], showsAmount: true, notes: [.amountZero], withoutTraces: true)
            }
            if a.perYear == nil && a.once == nil && status == .ja {
                status = .mogelijk
                open = a.missing
                notes.append(.amountUnknown(missing: a.missing))
            }
        }
        if discretionary && status == .ja {
            status = .mogelijk
            notes.append(.discretionary)
        }
        if let record = policyNotFound, status == .ja {
            status = .mogelijk
            notes.append(.municipalPolicyNotFound(record))
        }
        return Verdict(status: status, missing: open, showsAmount: true, notes: notes, withoutTraces: false)
    }
}
