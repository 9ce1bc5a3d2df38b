/// An unknown fact worth asking about, with the schemes it would help settle.
public struct Question: Sendable, Equatable {
    /// The unknown fact, by its JSON path.
    public var field: String
    /// Ids of the schemes it would help settle.
    public var schemes: [String]
    /// Sum of the yearly amounts of those schemes that have a known estimate.
    public var value: Double
}
