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
    public var aanvrager = Person()
    public var partner: Presence<Person> = .unknown
    /// Children under 18; nil = unknown, [] = none.
    public var kinderen: [Child]?
    /// Other adults in the home; nil = unknown, [] = none.
    public var medebewoners: [CoResident]?
    public var woning = Housing()
    public var inkomen = Income()
    public var vermogen = Assets()
    public var schulden = Debts()
    /// Scheme ids the household already receives; nil = unknown.
    public var ontvangt: [String]?

    public init() {}
}

/// Three states of a thing that may be there: unknown, known to be absent, present.
public enum Presence<Value: Sendable & Equatable>: Sendable, Equatable {
    case unknown
    case absent
    case present(Value)

    public var value: Value? {
        if case .present(let v) = self { return v }
        return nil
    }
}

/// The applicant or the partner.
public struct Person: Sendable, Equatable {
    public var leeftijd: Int?
    public var geboortedatum: Day?
    public var rechtmatigVerblijf: Bool?
    public var zorgverzekerd: Bool?
    public var onderwijs: String?
    public var studiefinanciering: Bool?
    public var werkUrenPerWeek: Double?
    public var zelfstandige: Bool?
    public var arbeidsongeschiktProcent: Double?
    public var chronischZiekOfBeperking: Bool?
    public var aowJarenVerzekerd: Double?
    public var uitkeringen: [String]?

    public init() {}
}

/// A child under 18 of the applicant or partner.
public struct Child: Sendable, Equatable {
    public var leeftijd: Int?
    public var geboortedatum: Day?
    public var thuiswonend: Bool?
    public var onderwijs: String?
    public var kinderopvangUrenPerMaand: Double?

    public init() {}
}

/// Another adult living in the home (not the partner).
public struct CoResident: Sendable, Equatable {
    public var leeftijd: Int?
    public var relatie: String?
    public var student: Bool?
    public var commercieleHuur: Bool?
    public var inkomenBrutoPerJaar: Double?

    public init() {}
}

/// The home (`woning`).
public struct Housing: Sendable, Equatable {
    public var soort: String?
    public var zelfstandig: Bool?
    public var kaleHuurPerMaand: Double?
    public var servicekostenPerMaand: Double?
    public var overwaarde: Double?

    public init() {}
}

/// Household income of applicant and partner together (`inkomen`).
public struct Income: Sendable, Equatable {
    public var nettoPerMaand: Double?
    public var toetsingsinkomenPerJaar: Double?
    public var maandenLaagInkomen: Double?

    public init() {}
}

/// Household assets (`vermogen`).
public struct Assets: Sendable, Equatable {
    public var totaal: Double?
    public var autoWaarde: Double?
    public var peildatum1Januari: Double?

    public init() {}
}

/// Debts (`schulden`).
public struct Debts: Sendable, Equatable {
    public var totaal: Double?
    public var problematisch: Bool?
    public var beslag: Bool?
    public var inSchuldhulp: Bool?
    public var wsnp: Bool?
    public var aantalSchuldeisers: Double?

    public init() {}
}
