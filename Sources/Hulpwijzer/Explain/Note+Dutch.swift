/// Dutch sentences for the remarks on an outcome.
extension Outcome.Note {
    /// The sentences for this remark on `scheme`.
    func sentences(for scheme: Scheme) -> [String] {
        switch self {
        case .notOffered(let municipality):
            return ["\(municipality) biedt deze regeling niet aan."]
        case .replacedLocally(let name):
            return ["De gemeente geeft dit als \(name): zie die regeling."]
        case .amountZero:
            return ["Het berekende bedrag is € 0: bij dit inkomen geeft de regeling niets."]
        case .amountUnknown(let missing):
            return [missing.isEmpty
                ? "Of er recht is hangt af van de hoogte van het bedrag, en dat kan hulpwijzer voor deze datum niet berekenen."
                : "Of er recht is hangt af van de hoogte van het bedrag; daarvoor ontbreekt: \(missing.joined(separator: ", "))."]
        case .amountNotComputable(let reason):
            return ["Het bedrag is onbekend: \(reason). Controleer de gegevens; de uitvoerder berekent het echte bedrag."]
        case .municipalDefault(let p, let known, let unset) where unset:
            return ["\(p.description.capitalizedFirst): er is geen landelijk bedrag; de gemeente stelt het vast\(known ? " en het staat nog niet in hulpwijzer" : " (gemeente onbekend)")."]
        case .municipalDefault(let p, let known, _):
            return ["\(p.description.capitalizedFirst): landelijke standaard\(known ? "" : " (gemeente onbekend)"); de gemeente kan afwijken."]
        case .municipalPolicyNotFound(let record) where record.offered:
            return ["Niet gevonden op de site van de gemeente: \(record.dutch). Getoetst met de landelijke standaard; vraag de gemeente tot welk inkomen."]
        case .municipalPolicyNotFound(let record):
            return ["Niet gevonden op de site van de gemeente: \(record.kind.dutch). Getoetst met de landelijke standaard; vraag de gemeente of zij dit aanbiedt en tot welk inkomen."]
        case .discretionary:
            return [scheme.discretionaryNote ?? "De uitkomst is een beoordeling (maatwerk): \(scheme.executor) beoordeelt de aanvraag. Aan de voorwaarden die hulpwijzer kan toetsen is voldaan."]
        }
    }
}
