/// One household of a batch input with where it came from: its line, and its JSON bytes, an
/// already built JSON value (CSV input) or the problems that keep it from being read.
struct BatchRecord: Sendable {
    /// The 1-based line where the household starts in the input.
    var line: Int
    /// The household.
    var body: Body

    /// What a record holds.
    enum Body: Sendable {
        /// JSON bytes in the chunk's storage.
        case bytes(Range<Int>)
        /// A household built from another format (CSV).
        case value(JSONValue)
        /// The input could not be read as a household.
        case failure([HouseholdError.Problem])
    }
}

/// A run of records with the bytes they point into, evaluated together.
struct BatchChunk: Sendable {
    /// The bytes the `.bytes` records point into.
    var storage: [UInt8] = []
    /// The records, in input order.
    var records: [BatchRecord] = []
}
