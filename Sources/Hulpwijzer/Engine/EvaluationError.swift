/// Why a household could not be evaluated: the household itself, or the part of the catalogue
/// it needs (a municipality file that does not validate).
public enum EvaluationError: Error, Sendable, CustomStringConvertible {
    /// A problem with the household: the message names the field.
    case household(HouseholdError)
    /// A problem with the catalogue: the message names the file and the place.
    case catalogue(CatalogueError)

    /// Dutch text for people.
    public var description: String {
        switch self {
        case .household(let e): return e.description
        case .catalogue(let e): return "de catalogus is niet in orde: " + e.description
        }
    }

    /// The household's problems, if that is what went wrong.
    public var householdProblems: [HouseholdError.Problem]? {
        if case .household(let e) = self { return e.problems }
        return nil
    }
}
