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
        }
    }
}
