/// Dutch descriptions of household fields, for questions asked of a counsellor.
enum FieldLabels {
    private static let special: [String: String] = [
        "partner": "is er een partner (toeslagpartner)?",
        "kinderen": "welke kinderen onder de 18 zijn er (leeftijden)?",
        "medebewoners": "wonen er andere volwassenen in huis (leeftijden)?",
        "ontvangt": "welke regelingen ontvangt het huishouden al?",
        "vermogen.peildatum_1_januari": "het vermogen op 1 januari",
        "inkomen.toetsingsinkomen_per_jaar": "het toetsingsinkomen (bruto jaarinkomen zoals de toeslagen het tellen)",
        "aanvrager.geboortedatum": "de geboortedatum van de aanvrager",
        "partner.geboortedatum": "de geboortedatum van de partner",
    ]
    private static let elementFields: [String: String] = [
        "leeftijd": "de leeftijd", "student": "of het een student met studiefinanciering is",
        "commerciele_huur": "of er een commerciële huur of kostgeld wordt betaald", "relatie": "de relatie",
        "inkomen_bruto_per_jaar": "het bruto jaarinkomen", "kinderopvang_uren_per_maand": "de uren kinderopvang per maand",
    ]

    /// "de leeftijd van de aanvrager", "wonen er andere volwassenen in huis (leeftijden)?", …
    static func label(for path: String) -> String {
        if let s = special[path] { return s }
        if let id = FactRegistry.id(path) { return FactRegistry.all[id].label }
        // medebewoners[0].student, kinderen[1].kinderopvang_uren_per_maand
        if let open = path.firstIndex(of: "["), let close = path.firstIndex(of: "]"), let dot = path.lastIndex(of: ".") {
            let list = String(path[..<open])
            let index = Int(path[path.index(after: open)..<close]).map { $0 + 1 } ?? 0
            let field = String(path[path.index(after: dot)...])
            let who = list == "kinderen" ? "kind \(index)" : "medebewoner \(index)"
            return "\(elementFields[field] ?? field.replacingUnderscores) van \(who)"
        }
        return path
    }
}

private extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
