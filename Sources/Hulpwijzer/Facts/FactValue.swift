/// The value of one household fact, or the reason it is unknown.
public enum FactValue: Sendable, Equatable {
    /// Not known; `missing` names the JSON paths that would make it known.
    case unknown(missing: [String])
    case number(Double)
    /// A number estimated from other facts (for example the toetsingsinkomen from
    /// net income); `basis` says how, in Dutch. Compared only with a safety margin.
    case estimate(Double, basis: String)
    case bool(Bool)
    case text(String)
    case list([String])

    /// True unless the value is unknown.
    public var isKnown: Bool {
        if case .unknown = self { return false }
        return true
    }

    /// The JSON paths that would make an unknown value known; empty when known.
    public var missing: [String] {
        if case .unknown(let m) = self { return m }
        return []
    }

    /// The number, for `.number` and `.estimate`.
    public var number: Double? {
        switch self {
        case .number(let n), .estimate(let n, _): return n
        default: return nil
        }
    }

    /// The boolean, for `.bool`.
    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
}

/// What a fact measures; decides how its values are written for people.
public enum FactUnit: String, Sendable {
    case euroPerMaand = "euro_per_maand"
    case euroPerJaar = "euro_per_jaar"
    case euro
    case jaren
    case aantal
    case procent
    case uren
    case janee = "ja_nee"
    case tekst
    case lijst

    /// The unit's name for people: "euro per maand", "ja/nee".
    public var dutchName: String {
        switch self {
        case .euroPerMaand: return "euro per maand"
        case .euroPerJaar: return "euro per jaar"
        case .janee: return "ja/nee"
        default: return rawValue
        }
    }

    /// Writes a value of this unit for people: `€ 1.234`, `67 jaar`, `112,5%`.
    public func format(_ value: Double) -> String {
        switch self {
        case .euroPerMaand: return Format.euro(value) + " per maand"
        case .euroPerJaar: return Format.euro(value) + " per jaar"
        case .euro: return Format.euro(value)
        case .jaren: return Format.number(value) + " jaar"
        case .procent: return Format.percent(value)
        case .uren: return Format.number(value) + " uur"
        default: return Format.number(value)
        }
    }
}
