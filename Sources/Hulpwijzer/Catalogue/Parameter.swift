/// How well a figure is verified, as the fact sheets mark it.
public enum Certainty: String, Sendable, Equatable {
    /// Two independent sources, or the consolidated legal text.
    case geverifieerd
    /// One secondary source, an old figure, or a conflict that is not settled.
    case onzeker
}

/// A figure: one number, one number per variant (household type, partner or
/// not, …), or a table of income bands.
public enum ParameterValue: Sendable, Equatable {
    case number(Double)
    case variants([String: Double])
    case table([Band])
    /// No national figure: the municipality sets it (only for `gemeentelijk` parameters).
    case unset

    /// One band of a table: applies up to and including `upTo` (nil = no upper end).
    public struct Band: Sendable, Equatable {
        /// Upper end of the band, inclusive; nil = no upper end.
        public var upTo: Double?
        /// The figure that applies within this band.
        public var value: Double
    }
}

/// A figure that applies from a date, with its source and verification mark.
public final class DatedValue: Sendable {
    /// The date from which the figure applies (`vanaf`).
    public let from: Day
    /// The figure.
    public let value: ParameterValue
    /// Where the figure comes from.
    public let source: String
    /// How well the figure is verified.
    public let certainty: Certainty
    /// A remark on the figure, if any.
    public let note: String?

    init(from: Day, value: ParameterValue, source: String, certainty: Certainty, note: String?) {
        self.from = from
        self.value = value
        self.source = source
        self.certainty = certainty
        self.note = note
    }

    /// The `from` of a figure whose source gives no year (`"vanaf": "onbekend"`, allowed for
    /// municipal figures only): before every real date, so that the figure applies on any peildatum
    /// until a dated value follows it.
    public static let unknownStart = Day(year: 1, month: 1, day: 1)!

    /// The source gives no year for the figure: it is always shown as uncertain, as "jaar onbekend".
    public var undated: Bool { from == DatedValue.unknownStart }

    /// The figure's year for people: "2024", or "jaar onbekend".
    public var yearText: String { undated ? "jaar onbekend" : String(from.year) }
}

/// A reference to a parameter by name, resolved to the scheme's or the national
/// parameter when the catalogue is read, so that evaluation needs no name lookup.
/// A municipality's own figure (by the same name) still takes precedence.
public final class ParameterRef: Sendable, Equatable, CustomStringConvertible {
    /// The parameter's name as written in the catalogue.
    public let name: String
    /// The scheme's or national parameter the name resolved to.
    public let resolved: Parameter

    init(name: String, resolved: Parameter) {
        self.name = name
        self.resolved = resolved
    }

    /// Equal when the names are equal.
    public static func == (a: ParameterRef, b: ParameterRef) -> Bool { a.name == b.name }
    /// The parameter's name.
    public var description: String { name }
}

/// A named, dated figure used by conditions and amount formulas (shared, immutable).
public final class Parameter: Sendable {
    /// The parameter's name as the catalogue uses it.
    public let name: String
    /// Dutch noun phrase used in explanations: "de inkomensgrens".
    public let description: String
    /// The unit of the figure.
    public let unit: FactUnit
    /// The fact whose value picks a variant (`huishouden.heeft_partner` → `ja`/`nee`).
    public let selector: FactID?
    /// Values sorted by `from`.
    public let values: [DatedValue]
    /// The figure is the national default of something a municipality may set itself.
    public let municipal: Bool
    /// The catalogue file the parameter was read from (`gemeenten/lokaal/GM0014.json`).
    public let file: String
    /// Read from a municipality's or region's file: a figure the municipality sets.
    public let isLocal: Bool
    /// Whether the figure is reset periodically (`Parameter+Staleness.swift`); decided once here,
    /// not per evaluation.
    let isPeriodic: Bool
    /// Whether the figure is set per half year (it has a value from 1 July).
    let isHalfYearly: Bool
    /// Whether the figure is a euro amount (the only kind that goes stale past its period).
    let isEuroAmount: Bool

    /// `fixed`: an amount written into a regulation that is not indexed (`"vast_bedrag": true`),
    /// so its last value does not go stale in a later year.
    init(name: String, description: String, unit: FactUnit, selector: FactID?, values: [DatedValue], municipal: Bool,
         fixed: Bool = false, file: String = "") {
        self.name = name
        self.description = description
        self.unit = unit
        self.selector = selector
        self.values = values
        self.municipal = municipal
        self.file = file
        isLocal = file.hasPrefix("gemeenten/")
        isPeriodic = !fixed && (name.utf8.contains(UInt8(ascii: ".")) || values.count > 1)
        isHalfYearly = values.contains { $0.from.month == 7 && $0.from.day == 1 }
        isEuroAmount = unit == .euro || unit == .euroPerMaand || unit == .euroPerJaar
    }

    /// A municipal figure in force on `day` that dates from an earlier year, or whose source gives
    /// no year (its `from` is `DatedValue.unknownStart`): the municipality may have changed it since,
    /// so it is reported as uncertain. National figures are dated by their own rules and are never
    /// stale here.
    public func isStale(_ dated: DatedValue, on day: Day) -> Bool { isLocal && dated.from.year < day.year }

    /// The value in force on `day`: the last one whose `vanaf` is on or before it.
    public func value(on day: Day) -> DatedValue? {
        var found: DatedValue?
        for v in values {
            if v.from <= day { found = v } else { break }
        }
        return found
    }
}

/// Turns a variant selector's fact value into the key used in `variants`.
enum VariantKey {
    static func key(for value: FactValue) -> String? {
        switch value {
        case .bool(let b): return b ? "ja" : "nee"
        case .text(let t): return t
        case .number(let n), .estimate(let n, _): return JSONWriter.formatNumber(n)
        default: return nil
        }
    }
}
