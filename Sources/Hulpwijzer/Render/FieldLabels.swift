/// Dutch descriptions of household fields, for questions asked of a counsellor,
/// taken from `ContractFields` (and from `FactRegistry` for a derived fact).
enum FieldLabels {
    /// "de leeftijd van de aanvrager", "wonen er andere volwassenen in huis (leeftijden)?", "de relatie van medebewoner 1", …
    static func label(for path: String) -> String {
        if let field = ContractFields.entry(at: path) {
            // medebewoners[0].student, kinderen[1].kinderopvang_uren_per_maand
            guard let open = path.firstIndex(of: "["), let close = path.firstIndex(of: "]") else { return field.question }
            let index = Int(path[path.index(after: open)..<close]).map { $0 + 1 } ?? 0
            let who = path.hasPrefix("kinderen") ? "kind \(index)" : "medebewoner \(index)"
            return "\(field.question) van \(who)"
        }
        if let id = FactRegistry.id(path) { return FactRegistry.all[id].label }
        return path
    }
}
