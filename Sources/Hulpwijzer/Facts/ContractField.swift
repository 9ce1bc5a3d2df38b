/// How a contract field's JSON value is read and checked.
enum ValueKind: Sendable {
    /// A number within bounds (nil: unbounded on that side).
    case number(min: Double?, max: Double?)
    /// A whole number from 0 to `max`.
    case integer(max: Double)
    /// `true` or `false`.
    case bool
    /// One of a closed set of strings.
    case choice([String])
    /// A calendar date `JJJJ-MM-DD`.
    case date
    /// Free text.
    case text
    /// A list of strings; an element close to one of `known` is reported as a typo.
    case list(known: [String])
    /// A part of the household with fields of its own (`aanvrager`, `woning`, `kinderen`, …),
    /// read by the decoder's section reader.
    case section
}

/// A decoded value of one contract field.
enum FieldValue: Sendable {
    case number(Double), integer(Int), bool(Bool), text(String), date(Day), list([String])

    /// The value as a fact (a date is no fact).
    var fact: FactValue? {
        switch self {
        case .number(let n): return .number(n)
        case .integer(let n): return .number(Double(n))
        case .bool(let b): return .bool(b)
        case .text(let s): return .text(s)
        case .list(let l): return .list(l)
        case .date: return nil
        }
    }
}

/// Which fact, if any, a contract field is.
enum FieldFact: Sendable {
    /// Not a fact of its own.
    case none
    /// The fact named after the field's path.
    case same
    /// A fact with another name (`ontvangt` is `huishouden.ontvangt`).
    case named(String)
    /// A fact named after the path that `FactComputer` computes (the age, from `leeftijd` or `geboortedatum`).
    case computed
}

/// One field of the household contract, declared once: its key, how people read it,
/// its unit and value kind, which fact it becomes, and how it is stored in `Host`.
struct ContractField<Host>: Sendable {
    /// The JSON key inside its section (`aantal_schuldeisers`).
    let key: String
    /// Dutch noun phrase; in person fields `{wie}` stands for "de aanvrager" or "de partner".
    let label: String
    /// What the value measures.
    let unit: FactUnit
    /// How the value is read and checked.
    let value: ValueKind
    /// The fact it becomes.
    var fact: FieldFact = .same
    /// The question to ask a counsellor when it differs from the label.
    var question: String? = nil
    /// Reads the stored value.
    let get: @Sendable (Host) -> FieldValue?
    /// Stores a decoded value.
    let set: @Sendable (inout Host, FieldValue) -> Void

    /// The label for one person (`de leeftijd van de partner`).
    func label(for whose: String) -> String { label.replacingEvery("{wie}", with: whose) }
}

extension ContractField {
    static func number(_ key: String, _ label: String, _ unit: FactUnit, min: Double? = 0, max: Double? = nil, fact: FieldFact = .same,
                       question: String? = nil, _ get: @escaping @Sendable (Host) -> Double?, _ set: @escaping @Sendable (inout Host, Double?) -> Void) -> Self {
        .init(key: key, label: label, unit: unit, value: .number(min: min, max: max), fact: fact, question: question,
              get: { get($0).map(FieldValue.number) }, set: { h, v in if case .number(let n) = v { set(&h, n) } })
    }

    static func integer(_ key: String, _ label: String, _ unit: FactUnit, max: Double, fact: FieldFact = .same,
                        _ get: @escaping @Sendable (Host) -> Int?, _ set: @escaping @Sendable (inout Host, Int?) -> Void) -> Self {
        .init(key: key, label: label, unit: unit, value: .integer(max: max), fact: fact,
              get: { get($0).map(FieldValue.integer) }, set: { h, v in if case .integer(let n) = v { set(&h, n) } })
    }

    static func bool(_ key: String, _ label: String, fact: FieldFact = .same, _ get: @escaping @Sendable (Host) -> Bool?, _ set: @escaping @Sendable (inout Host, Bool?) -> Void) -> Self {
        .init(key: key, label: label, unit: .janee, value: .bool, fact: fact,
              get: { get($0).map(FieldValue.bool) }, set: { h, v in if case .bool(let b) = v { set(&h, b) } })
    }

    static func choice(_ key: String, _ label: String, _ allowed: [String], fact: FieldFact = .same,
                       _ get: @escaping @Sendable (Host) -> String?, _ set: @escaping @Sendable (inout Host, String?) -> Void) -> Self {
        .init(key: key, label: label, unit: .tekst, value: .choice(allowed), fact: fact,
              get: { get($0).map(FieldValue.text) }, set: { h, v in if case .text(let s) = v { set(&h, s) } })
    }

    static func text(_ key: String, _ label: String, _ get: @escaping @Sendable (Host) -> String?, _ set: @escaping @Sendable (inout Host, String?) -> Void) -> Self {
        .init(key: key, label: label, unit: .tekst, value: .text, fact: .none,
              get: { get($0).map(FieldValue.text) }, set: { h, v in if case .text(let s) = v { set(&h, s) } })
    }

    static func date(_ key: String, _ label: String, _ get: @escaping @Sendable (Host) -> Day?, _ set: @escaping @Sendable (inout Host, Day?) -> Void) -> Self {
        .init(key: key, label: label, unit: .tekst, value: .date, fact: .none,
              get: { get($0).map(FieldValue.date) }, set: { h, v in if case .date(let d) = v { set(&h, d) } })
    }

    static func list(_ key: String, _ label: String, known: [String] = [], fact: FieldFact = .same, question: String? = nil,
                     _ get: @escaping @Sendable (Host) -> [String]?, _ set: @escaping @Sendable (inout Host, [String]?) -> Void) -> Self {
        .init(key: key, label: label, unit: .lijst, value: .list(known: known), fact: fact, question: question,
              get: { get($0).map(FieldValue.list) }, set: { h, v in if case .list(let l) = v { set(&h, l) } })
    }

    /// A part with fields of its own; the decoder reads it, and it is no fact itself.
    static func section(_ key: String, _ label: String, question: String? = nil) -> Self {
        .init(key: key, label: label, unit: .tekst, value: .section, fact: .none, question: question, get: { _ in nil }, set: { _, _ in })
    }
}
