/// A concept the engine derives from several household fields, declared as one unit:
/// the facts it produces, its legal basis and the national parameters it reads.
///
/// The catalogue loader refuses a catalogue in which a declared parameter is missing,
/// so a derived fact never falls back to a number written in Swift.
public struct DerivedFact: Sendable {
    /// Short Dutch name of the concept: "bijstandsnorm", "kostendelers".
    public let concept: String
    /// Where the concept is defined in law, or nil for a plain summary of the input.
    public let legalBasis: String?
    /// The facts this unit computes, with their labels and units.
    public let produces: [FactDefinition]
    /// The names of the national parameters (`data/parameters/`) this unit reads.
    public let parameters: [String]

    /// Every derived unit, in the order `FactComputer` runs them.
    public static let all: [DerivedFact] = [
        Persons.definition, AowLeeftijd.definition, Children.definition, QuarterAges.definition, HouseholdComposition.definition,
        Kostendelers.definition, CoResidentIncome.definition, IncomeEstimator.definition,
        Bijstandsnorm.definition, Vermogen.definition, KwijtscheldingBuffer.definition,
    ]

    /// The unit that produces the named fact, if it is derived.
    public static func producing(_ fact: String) -> DerivedFact? { byFact[fact] }

    private static let byFact: [String: DerivedFact] = {
        var map: [String: DerivedFact] = [:]
        for unit in all { for fact in unit.produces { map[fact.name] = unit } }
        return map
    }()

    /// The number of a declared parameter on `day` (nil when it has no value on that day).
    /// Reading a parameter the unit did not declare is a programming error.
    func number(_ name: String, in globals: ParameterStore, on day: Day, figures: DayFigures? = nil) -> Double? {
        assert(parameters.contains(name), "\(concept) reads undeclared parameter \(name)")
        if let figures, let resolved = figures.number(name) { return resolved }
        return globals.number(name, on: day)
    }
}

/// The figures every derived unit declares, resolved for one peildatum: a household's facts read
/// a few dozen of them, and each would otherwise find its parameter and its dated value again.
/// Kept per day by `EvaluationMemo.figures(on:_:)`.
final class DayFigures: Sendable {
    private let table: NameTable<Double?>
    /// The box 1 figures of the day's year, for the income estimate (nil when the catalogue lacks one).
    let taxYear: IncomeEstimator.TaxYear?

    init(globals: ParameterStore, day: Day) {
        var t = NameTable<Double?>()
        for unit in DerivedFact.all {
            for name in unit.parameters { t.set(name, globals.number(name, on: day)) }
        }
        table = t
        taxYear = IncomeEstimator.TaxYear(globals, day)
    }

    /// The figure's number on the day (`.some(nil)`: declared, without a number that day); nil
    /// for a name no unit declares.
    func number(_ name: String) -> Double?? { table.value(name) }
}
