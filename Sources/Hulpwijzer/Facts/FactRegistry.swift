/// The index of a fact in `FactRegistry.all`; resolved once when the catalogue loads.
public typealias FactID = Int

/// A fact the catalogue may test: its name, how people read it, and its unit.
public struct FactDefinition: Sendable {
    /// The fact's name: its JSON path for contract fields, a dotted name for derived facts.
    public var name: String
    /// Dutch noun phrase: "de leeftijd van de aanvrager".
    public var label: String
    /// What the fact measures.
    public var unit: FactUnit
    /// True for facts the engine derives from several inputs (not a JSON field itself).
    public var derived: Bool
}

/// Every fact a condition or formula may name. Facts that are contract fields
/// carry the field's JSON path as their name; derived facts are computed once
/// per household by `FactComputer`.
public enum FactRegistry {
    private static func f(_ name: String, _ label: String, _ unit: FactUnit, derived: Bool = false) -> FactDefinition {
        FactDefinition(name: name, label: label, unit: unit, derived: derived)
    }

    private static func person(_ who: String, _ whose: String) -> [FactDefinition] {
        [
            f("\(who).leeftijd", "de leeftijd van \(whose)", .jaren),
            f("\(who).rechtmatig_verblijf", "rechtmatig verblijf van \(whose)", .janee),
            f("\(who).zorgverzekerd", "de Nederlandse zorgverzekering van \(whose)", .janee),
            f("\(who).onderwijs", "het onderwijs van \(whose)", .tekst),
            f("\(who).studiefinanciering", "studiefinanciering of WTOS van \(whose)", .janee),
            f("\(who).werk_uren_per_week", "de werkuren per week van \(whose)", .uren),
            f("\(who).zelfstandige", "of \(whose) zelfstandige is", .janee),
            f("\(who).arbeidsongeschikt_procent", "het arbeidsongeschiktheidspercentage van \(whose)", .procent),
            f("\(who).chronisch_ziek_of_beperking", "een chronische ziekte of beperking van \(whose)", .janee),
            f("\(who).aow_jaren_verzekerd", "de verzekerde AOW-jaren van \(whose)", .jaren),
            f("\(who).uitkeringen", "de uitkeringen van \(whose)", .lijst),
            f("\(who).werkt", "betaald werk (in loondienst of als zelfstandige) van \(whose)", .janee, derived: true),
            f("\(who).aow_leeftijd_bereikt", "of \(whose) de AOW-leeftijd heeft bereikt", .janee, derived: true),
        ]
    }

    /// All facts, in a fixed order (their `FactID` is the position).
    public static let all: [FactDefinition] = person("aanvrager", "de aanvrager") + person("partner", "de partner") + [
        f("huishouden.heeft_partner", "of er een (toeslag)partner is", .janee, derived: true),
        f("huishouden.heeft_kinderen", "of er kinderen onder de 18 zijn", .janee, derived: true),
        f("huishouden.aantal_kinderen", "het aantal kinderen onder de 18", .aantal, derived: true),
        f("huishouden.type", "de leefsituatie", .tekst, derived: true),
        f("huishouden.aantal_personen", "het aantal bewoners", .aantal, derived: true),
        f("huishouden.aantal_kostendelers", "het aantal kostendelende medebewoners (27 jaar of ouder)", .aantal, derived: true),
        f("huishouden.aow_leeftijd_bereikt", "of de aanvrager of de partner de AOW-leeftijd heeft bereikt", .janee, derived: true),
        f("huishouden.iedereen_aow_leeftijd", "of de aanvrager en de partner allebei de AOW-leeftijd hebben bereikt", .janee, derived: true),
        f("huishouden.rechtmatig_verblijf", "rechtmatig verblijf van de aanvrager en de partner", .janee, derived: true),
        f("huishouden.uitkeringen", "de uitkeringen van de aanvrager en de partner", .lijst, derived: true),
        f("huishouden.werkt", "betaald werk van de aanvrager of de partner", .janee, derived: true),
        f("huishouden.allen_werken", "betaald werk van de aanvrager en (als die er is) de partner", .janee, derived: true),
        f("huishouden.zorgverzekerden", "het aantal verzekerden (aanvrager en partner) met een Nederlandse zorgverzekering", .aantal, derived: true),
        f("huishouden.oudste_leeftijd", "de leeftijd van de oudste bewoner", .jaren, derived: true),
        f("huishouden.ontvangt", "de regelingen die het huishouden al ontvangt", .lijst),
        f("kinderen.aantal_0_5", "het aantal kinderen van 0 tot en met 5 jaar", .aantal, derived: true),
        f("kinderen.aantal_6_11", "het aantal kinderen van 6 tot en met 11 jaar", .aantal, derived: true),
        f("kinderen.aantal_12_17", "het aantal kinderen van 12 tot en met 17 jaar", .aantal, derived: true),
        f("kinderen.aantal_12_15", "het aantal kinderen van 12 tot en met 15 jaar", .aantal, derived: true),
        f("kinderen.aantal_16_17", "het aantal kinderen van 16 of 17 jaar", .aantal, derived: true),
        f("kinderen.aantal_onder_12", "het aantal kinderen onder de 12", .aantal, derived: true),
        f("kinderen.aantal_4_17", "het aantal kinderen van 4 tot en met 17 jaar", .aantal, derived: true),
        f("kinderen.jongste_leeftijd", "de leeftijd van het jongste kind", .jaren, derived: true),
        f("kinderen.oudste_leeftijd", "de leeftijd van het oudste kind", .jaren, derived: true),
        f("kinderen.kinderopvang_uren_per_maand", "het totaal aantal uren kinderopvang per maand", .uren, derived: true),
        f("medebewoners.inkomen_totaal", "het bruto jaarinkomen van de medebewoners samen", .euroPerJaar, derived: true),
        f("medebewoners.inkomen_huurtoeslag", "het inkomen van de medebewoners dat meetelt voor de huurtoeslag", .euroPerJaar, derived: true),
        f("woning.soort", "de woonsituatie", .tekst),
        f("woning.zelfstandig", "of de woning zelfstandig is (eigen voordeur, keuken en toilet)", .janee),
        f("woning.kale_huur_per_maand", "de kale huur", .euroPerMaand),
        f("woning.servicekosten_per_maand", "de servicekosten", .euroPerMaand),
        f("woning.overwaarde", "de overwaarde van de eigen woning", .euro),
        f("inkomen.netto_per_maand", "het netto inkomen", .euroPerMaand),
        f("inkomen.toetsingsinkomen_per_jaar", "het opgegeven toetsingsinkomen", .euroPerJaar),
        f("inkomen.toetsingsinkomen", "het toetsingsinkomen", .euroPerJaar, derived: true),
        f("inkomen.maanden_laag_inkomen", "het aantal maanden met een laag inkomen", .aantal),
        f("inkomen.percentage_bijstandsnorm", "het netto inkomen als percentage van de bijstandsnorm zonder vakantiegeld (met kostendelersnorm)", .procent, derived: true),
        f("inkomen.percentage_sociaal_minimum", "het netto inkomen als percentage van de bijstandsnorm (zonder vakantiegeld)", .procent, derived: true),
        f("vermogen.totaal", "het vermogen", .euro),
        f("vermogen.auto_waarde", "de waarde van de auto", .euro),
        f("vermogen.op_1_januari", "het vermogen op 1 januari", .euro, derived: true),
        f("schulden.totaal", "de schulden", .euro),
        f("schulden.problematisch", "problematische schulden", .janee),
        f("schulden.beslag", "beslag op loon of uitkering", .janee),
        f("schulden.in_schuldhulp", "of het huishouden in de schuldhulpverlening zit", .janee),
        f("schulden.wsnp", "of het huishouden in de Wsnp zit", .janee),
        f("schulden.aantal_schuldeisers", "het aantal schuldeisers", .aantal),
        f("norm.bijstand", "de bijstandsnorm (met vakantiegeld, met kostendelersnorm)", .euroPerMaand, derived: true),
        f("norm.bijstand_zonder_vakantiegeld", "de bijstandsnorm zonder vakantiegeld (met kostendelersnorm)", .euroPerMaand, derived: true),
        f("norm.sociaal_minimum", "de bijstandsnorm zonder vakantiegeld en zonder kostendelersnorm", .euroPerMaand, derived: true),
        f("norm.vermogensgrens", "de vermogensgrens van de Participatiewet", .euro, derived: true),
    ]

    private static let indexByName: [String: FactID] = {
        var map: [String: FactID] = [:]
        for (i, d) in all.enumerated() { map[d.name] = i }
        return map
    }()

    /// The id of a named fact, or nil if the catalogue names a fact that does not exist.
    public static func id(_ name: String) -> FactID? { indexByName[name] }

    /// The id of a fact that must exist (engine-internal names only).
    static func require(_ name: String) -> FactID {
        guard let id = indexByName[name] else { preconditionFailure("unknown built-in fact \(name)") }
        return id
    }

    /// The names of all facts, in registry order.
    public static var names: [String] { all.map(\.name) }
}
