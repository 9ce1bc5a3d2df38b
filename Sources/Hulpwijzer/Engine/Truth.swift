/// Three-valued truth (Kleene's strong logic): a condition holds, fails, or
/// cannot be decided because a fact is unknown.
public enum Truth: Sendable, Equatable, CaseIterable {
    case yes
    case no
    case unknown

    /// `true` → `.yes`, `false` → `.no`.
    public init(_ value: Bool) { self = value ? .yes : .no }

    /// Kleene conjunction: `no` wins over `unknown`, `unknown` over `yes`.
    public static func && (lhs: Truth, rhs: @autoclosure () -> Truth) -> Truth {
        if lhs == .no { return .no }
        let r = rhs()
        if r == .no { return .no }
        return lhs == .yes && r == .yes ? .yes : .unknown
    }

    /// Kleene disjunction: `yes` wins over `unknown`, `unknown` over `no`.
    public static func || (lhs: Truth, rhs: @autoclosure () -> Truth) -> Truth {
        if lhs == .yes { return .yes }
        let r = rhs()
        if r == .yes { return .yes }
        return lhs == .no && r == .no ? .no : .unknown
    }

    /// Kleene negation: `unknown` stays `unknown`.
    public static prefix func ! (value: Truth) -> Truth {
        switch value {
        case .yes: return .no
        case .no: return .yes
        case .unknown: return .unknown
        }
    }

    /// Conjunction over a sequence (`yes` for an empty one).
    public static func all<S: Sequence>(_ values: S) -> Truth where S.Element == Truth {
        values.reduce(.yes) { $0 && $1 }
    }

    /// Disjunction over a sequence (`no` for an empty one).
    public static func any<S: Sequence>(_ values: S) -> Truth where S.Element == Truth {
        values.reduce(.no) { $0 || $1 }
    }
}

/// The status of a scheme for a household, as the contract names it.
public enum Status: String, Sendable, Equatable, Comparable, CaseIterable {
    /// All conditions hold.
    case ja
    /// None fails, at least one is unknown.
    case mogelijk
    /// At least one condition fails.
    case nee

    /// The status a truth value gives: yes → `ja`, unknown → `mogelijk`, no → `nee`.
    public init(_ truth: Truth) {
        switch truth {
        case .yes: self = .ja
        case .unknown: self = .mogelijk
        case .no: self = .nee
        }
    }

    private var rank: Int {
        switch self {
        case .ja: return 0
        case .mogelijk: return 1
        case .nee: return 2
        }
    }

    /// Orders `ja` before `mogelijk` before `nee`.
    public static func < (a: Status, b: Status) -> Bool { a.rank < b.rank }
}
