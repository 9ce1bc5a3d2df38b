/// The operators of a leaf, defined in one place: the JSON key, the kind of operand, the
/// kind of fact it applies to, and what it means. The reader looks operators up by key;
/// the Dutch sentence table in `Explain/` is the only other place that names them.
extension Condition {
    /// A leaf's test: which operator, and what the fact is compared with.
    public struct Operator: Sendable, Equatable {
        /// Which test.
        public let kind: Kind
        /// What the fact is compared with; its case matches `kind.operandKind`.
        public let operand: Operand

        init(_ kind: Kind, _ operand: Operand) {
            self.kind = kind
            self.operand = operand
        }

        /// The JSON keys, in the order the validator lists them.
        public static let keys = Kind.allCases.map(\.rawValue)

        /// The parameter this operator compares with, if any.
        var parameterRef: ParameterRef? {
            if case .parameter(let p) = operand { return p }
            return nil
        }

        /// The name of the parameter this operator compares with, if any.
        var parameterName: String? { parameterRef?.name }

        /// The fact this operator compares with, if any.
        var comparedFact: FactID? {
            if case .fact(let id) = operand { return id }
            return nil
        }
    }

    /// The operators, by their JSON key.
    public enum Kind: String, Sendable, CaseIterable {
        case atLeast = "minimaal"
        case atMost = "maximaal"
        case greaterThan = "groter_dan"
        case lessThan = "kleiner_dan"
        case equals = "gelijk_aan"
        case isValue = "is"
        case oneOf = "in"
        case noneOf = "niet_in"
        case contains = "bevat"
        case containsNone = "bevat_geen"

        /// How the operand is written in the catalogue.
        public var operandKind: OperandKind {
            switch self {
            case .atLeast, .atMost, .greaterThan, .lessThan, .equals: return .number
            case .isValue: return .bool
            case .contains: return .text
            case .oneOf, .noneOf, .containsNone: return .texts
            }
        }

        /// The unit of the facts this operator applies to (nil: any numeric fact).
        public var factUnit: FactUnit? {
            switch operandKind {
            case .number: return nil
            case .bool: return .janee
            case .text, .texts: return self == .oneOf || self == .noneOf ? .tekst : .lijst
            }
        }

        /// A numeric comparison of `value` with one `limit` (numeric operators only).
        func compare(_ value: Double, _ limit: Double) -> Bool {
            switch self {
            case .atLeast: return value >= limit
            case .atMost: return value <= limit
            case .greaterThan: return value > limit
            case .lessThan: return value < limit
            default: return value == limit
            }
        }

        /// A test on a yes/no, text or list value (non-numeric operators); nil when the
        /// value is not of the kind the test needs (unknown).
        func test(_ value: FactValue, _ operand: Operand) -> Bool? {
            switch self {
            case .isValue:
                guard case .bool(let b) = value, case .bool(let wanted) = operand else { return nil }
                return b == wanted
            case .oneOf, .noneOf:
                guard case .text(let t) = value, case .texts(let options) = operand else { return nil }
                return options.contains(t) == (self == .oneOf)
            case .contains, .containsNone:
                guard case .list(let l) = value, case .texts(let items) = operand else { return nil }
                return self == .contains ? items.allSatisfy(l.contains) : !l.contains(where: items.contains)
            default:
                return nil
            }
        }
    }

    /// How an operator's operand is written in the catalogue.
    public enum OperandKind: Sendable {
        /// A number, the name of a parameter, or `{"feit": …}`.
        case number
        /// `true` or `false`.
        case bool
        /// One text.
        case text
        /// A text or a list of texts.
        case texts
    }

    /// What a leaf compares its fact with.
    public enum Operand: Sendable, Equatable {
        /// A number written in the condition.
        case literal(Double)
        /// A named parameter.
        case parameter(ParameterRef)
        /// Another fact, written `{"feit": "norm.vermogensgrens"}`.
        case fact(FactID)
        /// The wanted yes/no value (`is`).
        case bool(Bool)
        /// The texts of `in`, `niet_in`, `bevat` (one) and `bevat_geen`.
        case texts([String])
    }
}
