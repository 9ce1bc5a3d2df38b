/// The documented limits on what hulpwijzer reads (issue 13), in one place. Each is far above
/// what a real household or a real catalogue needs, and low enough that no input can make a
/// run take unbounded time or memory. `docs/grenzen.md` lists them with their error messages;
/// `InputLimitsTests` checks that the document and these values agree.
public enum InputLimits {
    /// The most bytes of one household: a file or standard input for `check`, one line of a
    /// batch, one request body part. A full household with 30 children is about 4 KB.
    public static let householdBytes = 1 << 20
    /// The most bytes of one batch file or of standard input for `batch` (a caseload).
    public static let batchBytes = 1 << 30
    /// The deepest nesting of arrays and objects in a household; the contract needs 3
    /// (`aanvrager.uitkeringen[…]`, `kinderen[…].leeftijd`).
    public static let householdDepth = 16
    /// The deepest nesting of arrays and objects in a catalogue file.
    public static let catalogueDepth = 128
    /// The most children in `kinderen`: children under 18 of the applicant or partner; no
    /// household in the Netherlands comes near it.
    public static let children = 30
    /// The most co-residents in `medebewoners` (a large group home or rooming house stays below it).
    public static let coResidents = 50
    /// The most entries in a list of texts (`ontvangt`, `uitkeringen`).
    public static let listItems = 100
    /// The longest `id` (characters): a case reference, not a document.
    public static let idLength = 200
    /// The longest `gemeente` (characters); the longest official name has 30.
    public static let municipalityLength = 100
    /// The longest other text value and the longest key (characters).
    public static let textLength = 200
    /// The most problems reported for one household (then one line counts the rest).
    public static let problems = 50
    /// The largest amount in euros (income, rent, assets, debts) and the largest count; a
    /// larger one is a typing or unit error. Amounts computed from it stay exact in cents.
    public static let amount: Double = 1_000_000_000
    /// The longest amount formula (`formule`) in a catalogue file, in bytes.
    public static let formulaLength = 4_000
    /// The deepest nesting of brackets, function calls and signs in one formula.
    public static let formulaDepth = 32
    /// The deepest nesting of conditions (`alle`, `een_van`, `niet`, `als`/`dan`) in a scheme.
    public static let conditionDepth = 24
}
