/// Current education of a person (`onderwijs`); children may also be in `basisschool`.
public enum Onderwijs: String, Sendable, CaseIterable {
    case geen, vo, vavo, mbo, hbo, wo
}

/// The kind of home (`woning.soort`).
public enum Woonsoort: String, Sendable, CaseIterable {
    case huur, koop, inwonend, instelling, dakloos
}

/// How a co-resident is related to the applicant (`medebewoners[].relatie`).
public enum Relatie: String, Sendable, CaseIterable {
    case kind, ouder, familie, huurder, anders

    /// A first- or second-degree relative: never a commercial tenant for the kostendelersnorm (Pw art. 19a).
    public var isRelative: Bool { self == .kind || self == .ouder || self == .familie }
}

/// The household type (`huishouden.type`) the engine derives from partner and children.
public enum Leefsituatie: String, Sendable, CaseIterable {
    case alleenstaand, alleenstaandeOuder = "alleenstaande_ouder", paar, paarMetKinderen = "paar_met_kinderen"
}

extension CoResident {
    /// The relation as a closed value, nil when unknown.
    var relation: Relatie? { relatie.flatMap(Relatie.init(rawValue:)) }
}
