/// All facts of one household on one peildatum, computed once and read by
/// every condition and formula.
public struct FactSet: Sendable {
    /// The date the facts are computed for.
    public let peildatum: Day
    /// Every fact's value, indexed by `FactID`.
    public private(set) var values: [FactValue]

    init(peildatum: Day) {
        self.peildatum = peildatum
        values = Array(repeating: .unknown(missing: []), count: FactRegistry.all.count)
    }

    /// The value of a fact by id.
    public subscript(id: FactID) -> FactValue {
        get { values[id] }
        set { values[id] = newValue }
    }

    /// The value of a fact by name (nil if no such fact exists).
    public func value(_ name: String) -> FactValue? {
        FactRegistry.id(name).map { values[$0] }
    }
}
