/// Small pieces of Dutch grammar shared by the generated sentences (overview, reasons, rule texts).
enum Dutch {
    /// "a", "a en b", "a, b en c".
    static func list(_ items: [String], conjunction: String = "en") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    /// A catalogue value for people: `alleenstaande_ouder` → "alleenstaande ouder".
    static func words(_ raw: String) -> String { raw.replacingEvery("_", with: " ") }
}
