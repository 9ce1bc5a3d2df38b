/// An amount formula, written in the catalogue as ordinary arithmetic:
/// `max(0, standaardpremie * huishouden.zorgverzekerden - normpremie)`.
///
/// Names are parameters of the scheme (or municipality, or national figures) or
/// facts. Functions: `min`, `max`, `als(voorwaarde, dan, anders)`,
/// `afronden(x)` (to cents), `afronden_beneden(x)` (down to whole euros),
/// `afronden_boven(x)`, `tabel(parameter, x)` (income-band tables),
/// `bevat(lijstfeit, "tekst")` and `onbekend()` (no estimate possible for this case).
/// Comparisons `<`, `<=`, `>`, `>=`, `==`, `!=` give 1 or 0.
public indirect enum Expression: Sendable, Equatable {
    case number(Double)
    case parameter(ParameterRef)
    case fact(FactID)
    /// The value of an earlier step of the amount (`bedrag.stappen`), by its position.
    case step(Int)
    /// A text literal; only as the second argument of `bevat`.
    case text(String)
    case negate(Expression)
    case binary(BinaryOperator, Expression, Expression)
    case call(Function, [Expression])

    /// An arithmetic or comparison operator, by its symbol.
    public enum BinaryOperator: String, Sendable {
        case add = "+", subtract = "-", multiply = "*", divide = "/"
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="
    }

    /// A function a formula may call, by its name.
    public enum Function: String, Sendable, CaseIterable {
        case min, max, als, afronden, afronden_beneden, afronden_boven, tabel, bevat, onbekend

        var arity: ClosedRange<Int> {
            switch self {
            case .min, .max: return 2...16
            case .als: return 3...3
            case .afronden, .afronden_beneden, .afronden_boven: return 1...1
            case .tabel, .bevat: return 2...2
            case .onbekend: return 0...0
            }
        }
    }

    /// The expressions directly inside this one (operands and arguments).
    public var children: [Expression] {
        switch self {
        case .negate(let e): return [e]
        case .binary(_, let a, let b): return [a, b]
        case .call(_, let args): return args
        case .number, .parameter, .fact, .step, .text: return []
        }
    }

    /// The parameters this expression uses.
    public var parameterRefs: [ParameterRef] {
        switch self {
        case .parameter(let p): return [p]
        case .negate(let e): return e.parameterRefs
        case .binary(_, let a, let b): return a.parameterRefs + b.parameterRefs
        case .call(_, let args): return args.flatMap(\.parameterRefs)
        default: return []
        }
    }

    /// The names of parameters this expression uses.
    public var parameterNames: [String] {
        switch self {
        case .parameter(let p): return [p.name]
        case .negate(let e): return e.parameterNames
        case .binary(_, let a, let b): return a.parameterNames + b.parameterNames
        case .call(_, let args): return args.flatMap(\.parameterNames)
        default: return []
        }
    }
}

extension Expression.BinaryOperator {
    /// The operator applied to two numbers; nil for a division by zero.
    func apply(_ x: Double, _ y: Double) -> Double? {
        switch self {
        case .add: return x + y
        case .subtract: return x - y
        case .multiply: return x * y
        case .divide: return y == 0 ? nil : x / y
        case .less: return x < y ? 1 : 0
        case .lessOrEqual: return x <= y ? 1 : 0
        case .greater: return x > y ? 1 : 0
        case .greaterOrEqual: return x >= y ? 1 : 0
        case .equal: return x == y ? 1 : 0
        case .notEqual: return x != y ? 1 : 0
        }
    }
}

extension Expression.Function {
    /// `afronden` (to cents), `afronden_beneden` and `afronden_boven` (to whole euros) applied to `x`.
    func round(_ x: Double) -> Double {
        switch self {
        case .afronden: return (x * 100).rounded() / 100
        case .afronden_beneden: return (x + 1e-9).rounded(.down)
        default: return (x - 1e-9).rounded(.up)
        }
    }
}

/// Parses formula text into an `Expression`. Names are resolved against the
/// amount's steps first, then the scheme's parameter names, then the national ones,
/// then the facts.
struct ExpressionParser {
    struct Failure: Error {
        var message: String
    }

    /// The step names of the amount and how many of them the formula may use
    /// (a step may use only the steps before it).
    struct Steps {
        var names: [String] = []
        var defined = 0
    }

    private let chars: [UInt8]
    private var i = 0
    /// How many brackets, calls and signs the parser is inside (its recursion depth).
    private var nesting = 0
    /// The height of the expression last parsed (0 for a number or name).
    private var height = 0
    private let isParameter: (String) -> Parameter?
    private let steps: Steps

    static func parse(_ text: String, steps: Steps = Steps(), isParameter: @escaping (String) -> Parameter?) throws(Failure) -> Expression {
        guard text.utf8.count <= InputLimits.formulaLength else {
            throw Failure(message: "formule is langer dan \(InputLimits.formulaLength) tekens; splits hem in stappen")
        }
        var p = ExpressionParser(chars: Array(text.utf8), isParameter: isParameter, steps: steps)
        let e = try p.comparison()
        p.skip()
        if p.i < p.chars.count { throw Failure(message: "onverwacht '\(Character(Unicode.Scalar(p.chars[p.i])))' op positie \(p.i + 1)") }
        return e
    }

    private init(chars: [UInt8], isParameter: @escaping (String) -> Parameter?, steps: Steps) {
        self.chars = chars
        self.isParameter = isParameter
        self.steps = steps
    }

    private var tooDeep: Failure {
        Failure(message: "formule is dieper genest dan \(InputLimits.formulaDepth) niveaus (haakjes, functies, tekens of rekenstappen); splits hem in stappen")
    }

    /// Enters a bracket, call or sign: the parser never recurses deeper than the limit.
    private mutating func enter() throws(Failure) {
        nesting += 1
        if nesting > InputLimits.formulaDepth { throw tooDeep }
    }

    /// Records a node over children of heights `a` and `b`: the tree (and every walk over it) stays shallow.
    private mutating func grow(_ a: Int, _ b: Int) throws(Failure) {
        height = Swift.max(a, b) + 1
        if height > InputLimits.formulaDepth { throw tooDeep }
    }

    private mutating func skip() { while i < chars.count, chars[i] == 0x20 { i += 1 } }

    private mutating func take(_ s: StaticString) -> Bool {
        skip()
        let n = s.utf8CodeUnitCount
        guard i + n <= chars.count else { return false }
        for k in 0..<n where chars[i + k] != s.utf8Start[k] { return false }
        i += n
        return true
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isNameStart(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F }
    private static func isName(_ b: UInt8) -> Bool { isNameStart(b) || isDigit(b) || b == 0x2E }

    private mutating func comparison() throws(Failure) -> Expression {
        try enter()
        defer { nesting -= 1 }
        let lhs = try sum()
        let left = height
        let ops: [(StaticString, Expression.BinaryOperator)] = [("<=", .lessOrEqual), (">=", .greaterOrEqual), ("==", .equal),
                                                                ("!=", .notEqual), ("<", .less), (">", .greater)]
        for (text, op) in ops where take(text) {
            let rhs = try sum()
            try grow(left, height)
            return .binary(op, lhs, rhs)
        }
        return lhs
    }

    private mutating func sum() throws(Failure) -> Expression {
        try chain([("+", .add), ("-", .subtract)]) { (p: inout ExpressionParser) throws(Failure) in try p.product() }
    }

    private mutating func product() throws(Failure) -> Expression {
        try chain([("*", .multiply), ("/", .divide)]) { (p: inout ExpressionParser) throws(Failure) in try p.unary() }
    }

    /// Operands joined by left-associative operators of one precedence.
    private mutating func chain(_ ops: [(StaticString, Expression.BinaryOperator)],
                                _ operand: (inout ExpressionParser) throws(Failure) -> Expression) throws(Failure) -> Expression {
        var e = try operand(&self)
        while true {
            let left = height
            guard let op = ops.first(where: { take($0.0) })?.1 else { return e }
            let rhs = try operand(&self)
            try grow(left, height)
            e = .binary(op, e, rhs)
        }
    }

    private mutating func unary() throws(Failure) -> Expression {
        if take("-") {
            try enter()
            defer { nesting -= 1 }
            let inner = try unary()
            try grow(height, 0)
            return .negate(inner)
        }
        return try primary()
    }

    private mutating func primary() throws(Failure) -> Expression {
        skip()
        height = 0
        guard i < chars.count else { throw Failure(message: "formule houdt onverwacht op") }
        if take("(") {
            let e = try comparison()
            guard take(")") else { throw Failure(message: "verwacht ')' op positie \(i + 1)") }
            return e
        }
        let c = chars[i]
        if c == 0x22 {
            i += 1
            let start = i
            while i < chars.count, chars[i] != 0x22 { i += 1 }
            guard i < chars.count else { throw Failure(message: "tekst zonder afsluitend aanhalingsteken") }
            let text = String(decoding: chars[start..<i], as: UTF8.self)
            i += 1
            return .text(text)
        }
        if Self.isDigit(c) {
            let start = i
            while i < chars.count, Self.isDigit(chars[i]) || chars[i] == 0x2E { i += 1 }
            let text = String(decoding: chars[start..<i], as: UTF8.self)
            guard let v = Double(text) else { throw Failure(message: "ongeldig getal '\(text)'") }
            return .number(v)
        }
        if Self.isNameStart(c) {
            let start = i
            while i < chars.count, Self.isName(chars[i]) { i += 1 }
            let name = String(decoding: chars[start..<i], as: UTF8.self)
            if take("(") {
                guard let f = Expression.Function(rawValue: name) else {
                    throw Failure(message: "onbekende functie '\(name)'."
                                  + Suggest.didYouMean(name, in: Expression.Function.allCases.map(\.rawValue)))
                }
                var args: [Expression] = []
                var tallest = 0
                if !take(")") {
                    repeat {
                        args.append(try comparison())
                        tallest = Swift.max(tallest, height)
                    } while take(",")
                    guard take(")") else { throw Failure(message: "verwacht ')' na de argumenten van \(name)") }
                }
                guard f.arity.contains(args.count) else { throw Failure(message: "\(name) krijgt \(args.count) argumenten") }
                try grow(tallest, 0)
                if f == .tabel, case .parameter = args[0] {} else if f == .tabel {
                    throw Failure(message: "het eerste argument van tabel() moet een parameter zijn")
                }
                if f == .bevat {
                    guard case .fact(let id) = args[0], FactRegistry.all[id].unit == .lijst, case .text = args[1] else {
                        throw Failure(message: "bevat() vraagt een lijstfeit en een tekst: bevat(huishouden.uitkeringen, \"bijstand\")")
                    }
                }
                return .call(f, args)
            }
            if let k = steps.names.firstIndex(of: name) {
                guard k < steps.defined else {
                    throw Failure(message: k == steps.defined
                                  ? "stap '\(name)' gebruikt zichzelf"
                                  : "stap '\(name)' wordt gebruikt voordat hij is berekend: zet hem eerder in stappen")
                }
                return .step(k)
            }
            if let p = isParameter(name) { return .parameter(ParameterRef(name: name, resolved: p)) }
            if let id = FactRegistry.id(name) { return .fact(id) }
            throw Failure(message: "onbekende naam '\(name)': \(steps.names.isEmpty ? "" : "geen stap, ")geen parameter en geen feit."
                          + Suggest.didYouMean(name, in: Array(steps.names.prefix(steps.defined)) + FactRegistry.names))
        }
        throw Failure(message: "onverwacht '\(String(decoding: chars[i...].prefix(1), as: UTF8.self))' op positie \(i + 1)")
    }
}
