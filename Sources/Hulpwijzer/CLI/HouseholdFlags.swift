/// One `check` option that describes the household. Each option writes one field of the
/// contract's JSON (named by its path in `ContractFields`), so options and files are validated
/// by the same decoder, and options override the file. A value is read as the field's value
/// kind says (`FlagValue`); the table itself is `FlagTable`.
struct HouseholdFlag: Sendable {
    /// What the option does with its value.
    enum Kind: Sendable {
        /// Takes one value, read as the field's kind. A yes/no field's value may be left out
        /// (`--beslag` is `--beslag ja`).
        case value
        /// Writes a fixed value; takes no argument.
        case fixed(JSONValue)
        /// Adds one value to the field's list (repeatable); `geen` makes the list empty.
        case append
        /// Starts a new element of a list of persons (`--kind 9`) with this field and these defaults.
        case newItem(defaults: JSONObject)
        /// Sets a field of the element the last `newItem` option of its list started.
        case itemValue
    }

    /// The headings of `check --help`, in their order.
    enum Group: String, CaseIterable, Sendable {
        case dossier = "Gemeente en datum"
        case aanvrager = "Aanvrager"
        case partner = "Partner (elke optie --partner-… betekent: er is een partner)"
        case kinderen = "Kinderen onder de 18"
        case medebewoners = "Medebewoners (andere volwassenen in huis)"
        case wonen = "Wonen"
        case inkomen = "Inkomen (van aanvrager en partner samen)"
        case vermogen = "Vermogen en schulden"
        case regelingen = "Uitkeringen en regelingen"
    }

    /// `--werk-uren`.
    var name: String
    /// The contract path it writes: `aanvrager.werk_uren_per_week`, `kinderen[].leeftijd`, `partner`.
    var field: String
    var kind: Kind
    var group: Group
    /// Dutch help text.
    var help: String
    /// The value's placeholder in the help (`UREN`, `[ja|nee]`); empty for a fixed option.
    var metavar: String
    /// Also answers for the partner, unless the partner's own answer is given.
    var sharedWithPartner = false
    /// Other contract paths the option may write (`--kind 2019-05-03` writes the birth date).
    var alsoWrites: [String] = []

    /// The field's entry in the contract table.
    var entry: ContractFields.Entry? { ContractFields.entry(at: field) }

    /// True for a yes/no option whose value may be left out.
    var valueIsOptional: Bool {
        if case .bool? = entry?.value, !isFixed { return true }
        return false
    }

    /// True for an option that takes no value.
    var isFixed: Bool {
        if case .fixed = kind { return true }
        return false
    }

    /// For an element option: the list it belongs to (`kinderen`), else nil.
    var list: String? {
        guard let open = field.range(of: "[]") else { return nil }
        return String(field[..<open.lowerBound])
    }

    /// The JSON path of the field outside lists (`["aanvrager", "werk_uren_per_week"]`), or
    /// inside its element for an element option (`["kinderopvang_uren_per_maand"]`).
    var path: [String] {
        if let open = field.range(of: "[].") { return [String(field[open.upperBound...])] }
        return field.split(separator: ".").map(String.init)
    }

    /// Every option, in the order of the help.
    static let all: [HouseholdFlag] = FlagTable.flags

    private static let byName: [String: HouseholdFlag] = {
        var map: [String: HouseholdFlag] = [:]
        for f in all { map[f.name] = f }
        return map
    }()

    /// The option with this name.
    static func named(_ name: String) -> HouseholdFlag? { byName[name] }

    /// The household part of `check --help`, grouped.
    static func help() -> String {
        var s = ""
        for group in Group.allCases {
            let flags = all.filter { $0.group == group }
            guard !flags.isEmpty else { continue }
            s += "\n\(group.rawValue):\n"
            for f in flags {
                let left = "  " + f.name + (f.metavar.isEmpty ? "" : " " + f.metavar)
                // A long option gets its help on the next line, so the column stays narrow.
                let column = 34
                s += left.count < column - 1 ? left.padding(toLength: column, withPad: " ", startingAt: 0) : left + "\n" + String(repeating: " ", count: column)
                s += f.help + "\n"
            }
        }
        return s
    }
}
