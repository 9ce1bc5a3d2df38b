/// Named, dated national figures shared by many schemes (bijstandsnormen, the
/// AOW age, tax brackets), loaded from `data/parameters/`.
public struct ParameterStore: Sendable {
    /// The parameters by name.
    public private(set) var parameters: [String: Parameter] = [:]
    /// The same parameters, for the lookups of every household (`number(_:on:)`).
    private var table = NameTable<Parameter>()

    /// Creates a store from parameters, keyed by name.
    public init(_ parameters: [Parameter] = []) {
        for p in parameters { add(p) }
    }

    /// The parameter named `name`, or nil.
    public subscript(name: String) -> Parameter? { table.value(name) }

    mutating func add(_ p: Parameter) {
        parameters[p.name] = p
        table.set(p.name, p)
    }

    /// The plain number in force on `day`, or nil if the parameter is missing,
    /// has no value for that date, or is not a single number.
    public func number(_ name: String, on day: Day) -> Double? {
        guard let v = table.value(name)?.value(on: day), case .number(let n) = v.value else { return nil }
        return n
    }
}
