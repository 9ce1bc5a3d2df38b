/// All facts of one household on one peildatum, computed once and read by
/// every condition and formula.
public struct FactSet: Sendable {
    /// The date the facts are computed for.
    public private(set) var peildatum: Day
    /// Every fact's value, indexed by `FactID`.
    public private(set) var values: [FactValue]
    /// For derived facts computed with a figure past its known period: the uncertain figure,
    /// as the uncertainty list names it ("de bijstandsnorm (bedrag van 1 juli 2026; …)").
    public private(set) var stale: [FactID: String] = [:]
    /// For facts that are unknown but bounded: the range of values they can take.
    public private(set) var bounds: [FactID: FactBound] = [:]

    /// Every fact unknown: copied (once, on the first write) instead of built per household.
    private static let blank = [FactValue](repeating: .unknown(missing: []), count: FactRegistry.all.count)

    init(peildatum: Day) {
        self.peildatum = peildatum
        values = Self.blank
    }

    /// Every fact unknown again, for another household on `peildatum`: the storage is reused
    /// (a batch worker computes one household after another into the same set).
    mutating func reset(peildatum: Day) {
        self.peildatum = peildatum
        values.withUnsafeMutableBufferPointer { v in
            for i in v.indices { v[i] = .unknown(missing: []) }
        }
        if !stale.isEmpty { stale.removeAll(keepingCapacity: true) }
        if !bounds.isEmpty { bounds.removeAll(keepingCapacity: true) }
    }

    /// The value of a fact by id.
    public subscript(id: FactID) -> FactValue {
        get { values[id] }
        set { values[id] = newValue }
    }

    /// Records the range an unknown fact can take.
    mutating func bound(_ id: FactID, _ b: FactBound) { bounds[id] = b }

    /// Marks a derived fact as computed with a figure past its known period.
    mutating func markStale(_ id: FactID, _ text: String) { stale[id] = text }

    /// The value of a fact by name (nil if no such fact exists).
    public func value(_ name: String) -> FactValue? {
        FactRegistry.id(name).map { values[$0] }
    }
}
