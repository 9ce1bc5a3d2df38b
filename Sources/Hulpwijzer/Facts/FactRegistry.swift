/// The index of a fact in `FactRegistry.all`; resolved once when the catalogue loads.
public typealias FactID = Int

/// A fact the catalogue may test: its name, how people read it, and its unit.
public struct FactDefinition: Sendable {
    /// The fact's name: its JSON path for contract fields, a dotted name for derived facts.
    public var name: String
    /// Dutch noun phrase: "de leeftijd van de aanvrager".
    public var label: String
    /// What the fact measures.
    public var unit: FactUnit
    /// True for facts the engine derives from several inputs (not a JSON field itself).
    public var derived: Bool

    /// A fact with its name, label and unit; derived unless said otherwise.
    public init(_ name: String, _ label: String, _ unit: FactUnit, derived: Bool = true) {
        self.init(name: name, label: label, unit: unit, derived: derived)
    }

    /// A fact with its name, label, unit and whether it is derived.
    public init(name: String, label: String, unit: FactUnit, derived: Bool) {
        (self.name, self.label, self.unit, self.derived) = (name, label, unit, derived)
    }
}

/// Every fact a condition or formula may name: the contract fields of `ContractFields`
/// (named by their JSON path) and the facts of the derived units of `DerivedFact.all`.
package enum FactRegistry {
    /// All facts, in a fixed order (their `FactID` is the position).
    package static let all: [FactDefinition] =
        ContractFields.all.compactMap { field in
            field.factName.map { FactDefinition(name: $0, label: field.label, unit: field.unit, derived: false) }
        } + DerivedFact.all.flatMap(\.produces)

    private static let indexByName: [String: FactID] = {
        var map: [String: FactID] = [:]
        for (i, d) in all.enumerated() { map[d.name] = i }
        return map
    }()

    /// The id of a named fact, or nil if the catalogue names a fact that does not exist.
    package static func id(_ name: String) -> FactID? { indexByName[name] }

    /// The id of a fact that must exist (engine-internal names only).
    static func require(_ name: String) -> FactID {
        guard let id = indexByName[name] else { preconditionFailure("unknown built-in fact \(name)") }
        return id
    }

    /// The names of all facts, in registry order.
    package static var names: [String] { all.map(\.name) }
}
