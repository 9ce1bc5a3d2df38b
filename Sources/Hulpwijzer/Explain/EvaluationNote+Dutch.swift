/// Dutch sentences for the general remarks on an evaluation.
extension EvaluationNote {
    /// The remark as a Dutch sentence.
    public var sentence: String {
        switch self {
        case .household(let text):
            return text
        case .municipalityUnknown:
            return "Gemeente onbekend: geef de gemeente op om ook de eigen regelingen van de gemeente te zien (minimaregelingen, stadspas, kindregelingen). Gemeentelijke regelingen zijn nu getoetst met de landelijke standaard."
        case .municipalityNotModelled(let name):
            return "Voor \(name) zijn nog geen eigen gemeentelijke regelingen en bedragen in hulpwijzer opgenomen; kijk op de website van de gemeente. De wettelijke regelingen zijn getoetst met de landelijke standaard."
        case .municipalityWithoutLocalSchemes(let name):
            return "Voor \(name) zijn de eigen grenzen en bedragen bij wettelijke regelingen opgenomen, maar nog geen eigen minimaregelingen (zoals een stadspas); kijk daarvoor op de website van de gemeente."
        case .municipalityNotFound(_, let items):
            return Self.notFoundSentence(items)
        }
    }

    /// "Niet gevonden op de site van de gemeente (gezocht 2 december 2026): collectieve
    /// zorgverzekering."
    static func notFoundSentence(_ items: [NotFound]) -> String {
        "Niet gevonden op de site van de gemeente " + notFoundClauses(items) + "."
    }

    /// "(gezocht 2 december 2026): collectieve zorgverzekering, kwijtscheldingsbeleid": one
    /// clause per search date, in the order of the file.
    static func notFoundClauses(_ items: [NotFound]) -> String {
        var dates: [Day] = []
        for i in items where !dates.contains(i.searched) { dates.append(i.searched) }
        return dates.map { d in
            var kinds: [String] = []
            for i in items where i.searched == d && !kinds.contains(i.dutch) { kinds.append(i.dutch) }
            return "(gezocht \(d.dutch)): \(kinds.joined(separator: ", "))"
        }.joined(separator: "; ")
    }
}
