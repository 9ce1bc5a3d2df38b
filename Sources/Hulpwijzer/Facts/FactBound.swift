/// What is known about a fact whose value is unknown: every value it can take lies between
/// `low` and `high` (nil: no bound on that side). A test is decided from a bound only when
/// every possible value gives the same verdict (a kostendeler can only lower the norm, so an
/// income above the norm without kostendelers is above it with any number of them).
public struct FactBound: Sendable, Equatable {
    /// The lowest value the fact can take, if bounded below.
    public let low: Double?
    /// The highest value the fact can take, if bounded above.
    public let high: Double?
    /// Why the bound holds, as a Dutch clause: "ook met medebewoners", "bij elke leefsituatie".
    public let because: String
}
