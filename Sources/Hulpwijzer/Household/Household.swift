/// A described household, exactly as the contract (`household.md`, version 1) defines it.
///
/// Every stored property is optional: `nil` means **unknown**, never zero. The
/// partner and the lists keep the difference between "absent" (unknown) and
/// `null` / `[]` (an answer: none).
public struct Household: Sendable, Equatable {
    /// The caller's own case reference, passed through to the output.
    public var id: String?
    /// The date the question is about; nil means today.
    public var peildatum: Day?
    /// The municipality as typed (CBS code or name); resolved by `MunicipalityRegistry`.
    public var gemeente: String?
    /// The person asking (`aanvrager`).
    public var aanvrager = Person()
    /// The partner (toeslagpartner): unknown, absent (`null`) or present.
    public var partner: Presence<Person> = .unknown
    /// Children under 18; nil = unknown, [] = none.
    public var kinderen: [Child]?
    /// Other adults in the home; nil = unknown, [] = none.
    public var medebewoners: [CoResident]?
    /// The home (`woning`).
    public var woning = Housing()
    /// Income of applicant and partner together (`inkomen`).
    public var inkomen = Income()
    /// Assets of the household (`vermogen`).
    public var vermogen = Assets()
    /// Debts of the household (`schulden`).
    public var schulden = Debts()
    /// Scheme ids the household already receives; nil = unknown.
    public var ontvangt: [String]?

    /// Creates a household of which nothing is known.
    public init() {}
}

/// Three states of a thing that may be there: unknown, known to be absent, present.
public enum Presence<Value: Sendable & Equatable>: Sendable, Equatable {
    case unknown
    case absent
    case present(Value)

    /// The present value, or nil when unknown or absent.
    public var value: Value? {
        if case .present(let v) = self { return v }
        return nil
    }
}

/// The applicant or the partner.
public struct Person: Sendable, Equatable {
    /// Age in whole years on the peildatum; nil = unknown.
    public var leeftijd: Int?
    /// Date of birth, an alternative to `leeftijd`; nil = unknown.
    public var geboortedatum: Day?
    /// Dutch nationality or lawful residence; nil = unknown.
    public var rechtmatigVerblijf: Bool?
    /// Has a Dutch basic health insurance (Zvw); nil = unknown.
    public var zorgverzekerd: Bool?
    /// Current education (`geen`, `vo`, `vavo`, `mbo`, `hbo`, `wo`); nil = unknown.
    public var onderwijs: String?
    /// Receives (or can receive) studiefinanciering or WTOS; nil = unknown.
    public var studiefinanciering: Bool?
    /// Hours of paid work per week (0 = not working); nil = unknown.
    public var werkUrenPerWeek: Double?
    /// Self-employed; nil = unknown.
    public var zelfstandige: Bool?
    /// Degree of incapacity for work as assessed by UWV (0–100); nil = unknown.
    public var arbeidsongeschiktProcent: Double?
    /// Chronic illness or disability; nil = unknown.
    public var chronischZiekOfBeperking: Bool?
    /// Years insured for the AOW (0–50); nil = unknown.
    public var aowJarenVerzekerd: Double?
    /// The person's monthly health insurance premiums (basic and supplementary); nil = unknown.
    public var zorgpremiePerMaand: Double?
    /// Benefits the person receives now (`bijstand`, `ww`, …); nil = unknown, [] = none.
    public var uitkeringen: [String]?

    /// Creates a person of whom nothing is known.
    public init() {}
}

/// A child under 18 of the applicant or partner.
public struct Child: Sendable, Equatable {
    /// Age in whole years on the peildatum; nil = unknown.
    public var leeftijd: Int?
    /// Date of birth, an alternative to `leeftijd`; nil = unknown.
    public var geboortedatum: Day?
    /// Lives at home; nil = unknown.
    public var thuiswonend: Bool?
    /// Current education (as for a person, plus `basisschool`); nil = unknown.
    public var onderwijs: String?
    /// Hours of childcare per month; nil = unknown.
    public var kinderopvangUrenPerMaand: Double?

    /// Creates a child of whom nothing is known.
    public init() {}
}

/// Another adult living in the home (not the partner).
public struct CoResident: Sendable, Equatable {
    /// Age in whole years on the peildatum; nil = unknown.
    public var leeftijd: Int?
    /// Relation to the applicant (`kind`, `ouder`, `familie`, `huurder`, `anders`); nil = unknown.
    public var relatie: String?
    /// Is a student; nil = unknown.
    public var student: Bool?
    /// Pays a commercial rent or board under a written agreement; nil = unknown.
    public var commercieleHuur: Bool?
    /// Gross yearly income; nil = unknown.
    public var inkomenBrutoPerJaar: Double?

    /// Creates a co-resident of whom nothing is known.
    public init() {}
}

/// The home (`woning`).
public struct Housing: Sendable, Equatable {
    /// Kind of home (`huur`, `koop`, `inwonend`, `instelling`, `dakloos`); nil = unknown.
    public var soort: String?
    /// Self-contained: own front door, kitchen and toilet; nil = unknown.
    public var zelfstandig: Bool?
    /// Bare rent (kale huur) per month; nil = unknown.
    public var kaleHuurPerMaand: Double?
    /// Service costs per month; nil = unknown.
    public var servicekostenPerMaand: Double?
    /// Home equity (WOZ or market value minus mortgage); nil = unknown.
    public var overwaarde: Double?

    /// Creates a home of which nothing is known.
    public init() {}
}

/// Household income of applicant and partner together (`inkomen`).
public struct Income: Sendable, Equatable {
    /// Net monthly income, excluding toeslagen, kinderbijslag, kindgebonden budget and vakantiegeld; nil = unknown.
    public var nettoPerMaand: Double?
    /// Yearly toetsingsinkomen as the toeslagen count it (verzamelinkomen together); nil = unknown.
    public var toetsingsinkomenPerJaar: Double?
    /// Months in a row the income has been at or near the social minimum; nil = unknown.
    public var maandenLaagInkomen: Double?

    /// Creates an income of which nothing is known.
    public init() {}
}

/// Household assets (`vermogen`).
public struct Assets: Sendable, Equatable {
    /// Net assets, excluding home equity; nil = unknown.
    public var totaal: Double?
    /// Value of the car; nil = unknown.
    public var autoWaarde: Double?
    /// Net assets on 1 January, as the toeslagen test them; nil = unknown (then `totaal` is used).
    public var peildatum1Januari: Double?

    /// Creates assets of which nothing is known.
    public init() {}
}

/// Debts (`schulden`).
public struct Debts: Sendable, Equatable {
    /// Total debts; nil = unknown.
    public var totaal: Double?
    /// The household cannot pay the debts off within reasonable time; nil = unknown.
    public var problematisch: Bool?
    /// Wage or benefit is under garnishment (beslag); nil = unknown.
    public var beslag: Bool?
    /// In municipal debt help (schuldhulpverlening); nil = unknown.
    public var inSchuldhulp: Bool?
    /// In the WSNP debt restructuring; nil = unknown.
    public var wsnp: Bool?
    /// Number of creditors; nil = unknown.
    public var aantalSchuldeisers: Double?

    /// Creates debts of which nothing is known.
    public init() {}
}
