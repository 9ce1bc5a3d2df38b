/// Decodes a household straight from its JSON bytes, without building a `JSONValue` tree or a
/// `String` per key: keys are matched as bytes against the contract table (`ContractFields`),
/// values are checked as `HouseholdDecoder` checks them and stored as they are read.
///
/// It is the fast path of `HouseholdDecoder.decode(bytes:)` and of `batch`. It only accepts what
/// it fully understands: a well-formed household with known keys and valid values, strings
/// without escapes. On anything else — a syntax error, an unknown or repeated key, a value out
/// of range, an escape, an unknown benefit — it returns nil, and the caller takes the
/// `JSONParser` + `HouseholdDecoder` path, which produces the same household or the error
/// message with its field path and suggestion. `HouseholdByteDecoderTests` checks that both
/// paths agree on the fixtures, generated households and mutated lines.
enum HouseholdByteDecoder {
    /// The household in `bytes`, or nil when the full decoder must decide.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Household? {
        guard let base = bytes.baseAddress, bytes.count <= InputLimits.householdBytes else { return nil }
        var scanner = Scanner(base: base, end: bytes.count)
        return scanner.document()
    }

    /// The household in `bytes`, or nil when the full decoder must decide.
    static func decode(_ bytes: [UInt8]) -> Household? {
        bytes.withUnsafeBufferPointer { decode($0) }
    }

    /// The key bytes of one section's fields, in table order.
    struct Keys: Sendable {
        let bytes: [[UInt8]]
        init<Host>(_ fields: [ContractField<Host>]) { bytes = fields.map { Array($0.key.utf8) } }
    }

    /// One section's key bytes and allowed words, in table order.
    struct Table: Sendable {
        let keys: Keys
        let words: [Words]
        init<Host>(_ fields: [ContractField<Host>]) {
            keys = Keys(fields)
            words = HouseholdByteDecoder.words(fields)
        }
    }

    static let person = Table(ContractFields.person)
    static let child = Table(ContractFields.child)
    static let coResident = Table(ContractFields.coResident)
    static let housing = Table(ContractFields.housing)
    static let income = Table(ContractFields.income)
    static let assets = Table(ContractFields.assets)
    static let debts = Table(ContractFields.debts)
    static let household = Table(ContractFields.household)

    /// How a top-level field is read.
    enum Part: Sendable {
        case field, aanvrager, partner, kinderen, medebewoners, woning, inkomen, vermogen, schulden
    }

    /// The part of each top-level field, in table order.
    static let parts: [Part] = ContractFields.household.map { field in
        guard case .section = field.value else { return .field }
        switch field.key {
        case "aanvrager": return .aanvrager
        case "partner": return .partner
        case "kinderen": return .kinderen
        case "medebewoners": return .medebewoners
        case "woning": return .woning
        case "inkomen": return .inkomen
        case "vermogen": return .vermogen
        default: return .schulden
        }
    }

    /// The text limit of each top-level text field (`id` and `gemeente` have their own).
    static let topLimits: [Int] = ContractFields.household.map { field in
        field.key == "id" ? InputLimits.idLength : field.key == "gemeente" ? InputLimits.municipalityLength : InputLimits.textLength
    }

    /// The allowed strings of each `choice` or known `list` field as bytes, with the strings
    /// themselves (stored as is, so a decoded choice shares the table's storage).
    struct Words: Sendable {
        let strings: [String]
        let bytes: [[UInt8]]
        init(_ strings: [String]) {
            self.strings = strings
            bytes = strings.map { Array($0.utf8) }
        }
    }

    /// Per field of a section, its allowed words (empty when free).
    static func words<Host>(_ fields: [ContractField<Host>]) -> [Words] {
        fields.map { field in
            switch field.value {
            case .choice(let allowed): return Words(allowed)
            case .list(let known): return Words(known)
            default: return Words([])
            }
        }
    }

    /// Powers of ten that are exact in a `Double`, as `JSONParser` uses them.
    static let powersOfTen: [Double] = (0...22).map { p in (0..<p).reduce(1.0) { r, _ in r * 10 } }
}
