/// One evaluated condition test, kept structured so that rendering text costs
/// nothing unless someone reads it.
public struct Trace: Sendable {
    /// The condition test that was evaluated.
    public var leaf: Condition.Leaf
    /// The test's result.
    public var truth: Truth
    /// The household fact's value as tested.
    public var value: FactValue
    /// The comparison figure(s) and where they come from.
    public var reference: Reference?
    /// The comparison could not use an estimate because it lies too close to the limit.
    public var estimateTooClose: Bool
    /// The limit depends on a fact that is unknown (e.g. partner or not), and the
    /// candidate limits disagree.
    public var selectorMissing: [String]
    /// Set for a `handmatig` condition: the question the household JSON cannot answer.
    public var manualQuestion: String? = nil
    /// The test stands under a `niet`: what the scheme requires is the opposite of the test.
    public var negated = false
    /// Tests that are alternatives of one open `een_van` share this number (nil otherwise).
    public var alternative: Int? = nil
    /// The tested fact is unknown, but its range decided the test.
    public var valueBound: FactBound? = nil

    /// The comparison figure(s) of a test and where they come from.
    public struct Reference: Sendable {
        /// The figure(s) compared with; several when the variant is unknown.
        public var values: Limits
        /// The parameter the figures come from, if any.
        public var parameter: Parameter?
        /// The dated value of that parameter in force on the peildatum.
        public var dated: DatedValue?
        /// The unit of the figures.
        public var unit: FactUnit
        /// The fact compared with, when the test compares two facts.
        public var fact: FactID?
        /// The figure is a municipal one from an earlier year than the peildatum's (set when the
        /// outcome is explained): shown as uncertain.
        public var stale: Bool = false
        /// Why the figure is not known on the peildatum (`Parameter.staleness`), if it is not.
        public var staleness: String? = nil
        /// The compared fact is unknown, but its range decided the test.
        public var bound: FactBound? = nil
    }
}
