/// The comparison figure(s) of a test: usually one number; several when the
/// variant that picks it is unknown. Holding the first inline avoids an
/// allocation for the common case.
public struct Limits: Sendable, Sequence {
    /// The number of figures.
    public private(set) var count: Int
    private var first: Double
    private var rest: [Double]

    /// No figures.
    public static let none = Limits(count: 0, first: 0, rest: [])

    private init(count: Int, first: Double, rest: [Double]) {
        self.count = count
        self.first = first
        self.rest = rest
    }

    /// A single figure.
    public init(_ value: Double) { self.init(count: 1, first: value, rest: []) }

    /// Figures in the given order.
    public init(_ values: [Double]) {
        self.init(count: values.count, first: values.first ?? 0, rest: Array(values.dropFirst()))
    }

    /// True when there are no figures.
    public var isEmpty: Bool { count == 0 }
    /// The figure when there is exactly one, else nil.
    public var single: Double? { count == 1 ? first : nil }

    /// Iterates the figures in order.
    public func makeIterator() -> AnyIterator<Double> {
        var i = 0
        return AnyIterator {
            defer { i += 1 }
            if i >= count { return nil }
            return i == 0 ? first : rest[i - 1]
        }
    }
}
