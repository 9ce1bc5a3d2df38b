/// Ids of the facts the engine itself computes, resolved once (no name lookups per household).
enum FactIDs {
    static let aanvragerAowLeeftijdBereikt = FactRegistry.require("aanvrager.aow_leeftijd_bereikt")
    static let aanvragerRechtmatigVerblijf = FactRegistry.require("aanvrager.rechtmatig_verblijf")
    static let aanvragerWerkt = FactRegistry.require("aanvrager.werkt")
    static let huishoudenAantalKinderen = FactRegistry.require("huishouden.aantal_kinderen")
    static let huishoudenAantalKostendelers = FactRegistry.require("huishouden.aantal_kostendelers")
    static let huishoudenAantalPersonen = FactRegistry.require("huishouden.aantal_personen")
    static let huishoudenAllenWerken = FactRegistry.require("huishouden.allen_werken")
    static let huishoudenAowLeeftijdBereikt = FactRegistry.require("huishouden.aow_leeftijd_bereikt")
    static let huishoudenHeeftKinderen = FactRegistry.require("huishouden.heeft_kinderen")
    static let huishoudenHeeftPartner = FactRegistry.require("huishouden.heeft_partner")
    static let huishoudenIedereenAowLeeftijd = FactRegistry.require("huishouden.iedereen_aow_leeftijd")
    static let huishoudenOntvangt = FactRegistry.require("huishouden.ontvangt")
    static let huishoudenOudsteLeeftijd = FactRegistry.require("huishouden.oudste_leeftijd")
    static let huishoudenRechtmatigVerblijf = FactRegistry.require("huishouden.rechtmatig_verblijf")
    static let huishoudenType = FactRegistry.require("huishouden.type")
    static let huishoudenUitkeringen = FactRegistry.require("huishouden.uitkeringen")
    static let huishoudenWerkt = FactRegistry.require("huishouden.werkt")
    static let huishoudenZorgverzekerden = FactRegistry.require("huishouden.zorgverzekerden")
    static let inkomenMaandenLaagInkomen = FactRegistry.require("inkomen.maanden_laag_inkomen")
    static let inkomenNettoPerMaand = FactRegistry.require("inkomen.netto_per_maand")
    static let inkomenPercentageBijstandsnorm = FactRegistry.require("inkomen.percentage_bijstandsnorm")
    static let inkomenPercentageSociaalMinimum = FactRegistry.require("inkomen.percentage_sociaal_minimum")
    static let inkomenToetsingsinkomen = FactRegistry.require("inkomen.toetsingsinkomen")
    static let inkomenToetsingsinkomenPerJaar = FactRegistry.require("inkomen.toetsingsinkomen_per_jaar")
    static let kinderenAantal05 = FactRegistry.require("kinderen.aantal_0_5")
    static let kinderenAantal1215 = FactRegistry.require("kinderen.aantal_12_15")
    static let kinderenAantal1217 = FactRegistry.require("kinderen.aantal_12_17")
    static let kinderenAantal1617 = FactRegistry.require("kinderen.aantal_16_17")
    static let kinderenAantal417 = FactRegistry.require("kinderen.aantal_4_17")
    static let kinderenAantal611 = FactRegistry.require("kinderen.aantal_6_11")
    static let kinderenAantalOnder12 = FactRegistry.require("kinderen.aantal_onder_12")
    static let kinderenJongsteLeeftijd = FactRegistry.require("kinderen.jongste_leeftijd")
    static let kinderenKinderopvangUrenPerMaand = FactRegistry.require("kinderen.kinderopvang_uren_per_maand")
    static let kinderenOudsteLeeftijd = FactRegistry.require("kinderen.oudste_leeftijd")
    static let medebewonersInkomenHuurtoeslag = FactRegistry.require("medebewoners.inkomen_huurtoeslag")
    static let medebewonersInkomenTotaal = FactRegistry.require("medebewoners.inkomen_totaal")
    static let normBijstand = FactRegistry.require("norm.bijstand")
    static let normBijstandZonderVakantiegeld = FactRegistry.require("norm.bijstand_zonder_vakantiegeld")
    static let normSociaalMinimum = FactRegistry.require("norm.sociaal_minimum")
    static let normVermogensgrens = FactRegistry.require("norm.vermogensgrens")
    static let partnerAowLeeftijdBereikt = FactRegistry.require("partner.aow_leeftijd_bereikt")
    static let partnerRechtmatigVerblijf = FactRegistry.require("partner.rechtmatig_verblijf")
    static let partnerWerkt = FactRegistry.require("partner.werkt")
    static let schuldenAantalSchuldeisers = FactRegistry.require("schulden.aantal_schuldeisers")
    static let schuldenBeslag = FactRegistry.require("schulden.beslag")
    static let schuldenInSchuldhulp = FactRegistry.require("schulden.in_schuldhulp")
    static let schuldenProblematisch = FactRegistry.require("schulden.problematisch")
    static let schuldenTotaal = FactRegistry.require("schulden.totaal")
    static let schuldenWsnp = FactRegistry.require("schulden.wsnp")
    static let vermogenAutoWaarde = FactRegistry.require("vermogen.auto_waarde")
    static let vermogenOp1Januari = FactRegistry.require("vermogen.op_1_januari")
    static let vermogenTotaal = FactRegistry.require("vermogen.totaal")
    static let woningKaleHuurPerMaand = FactRegistry.require("woning.kale_huur_per_maand")
    static let woningOverwaarde = FactRegistry.require("woning.overwaarde")
    static let woningServicekostenPerMaand = FactRegistry.require("woning.servicekosten_per_maand")
    static let woningSoort = FactRegistry.require("woning.soort")
    static let woningZelfstandig = FactRegistry.require("woning.zelfstandig")

    /// The person facts of the applicant or the partner, in registry order.
    struct Person {
        let leeftijd, rechtmatigVerblijf, zorgverzekerd, onderwijs, studiefinanciering, werkUrenPerWeek, zelfstandige,
            arbeidsongeschiktProcent, chronischZiekOfBeperking, aowJarenVerzekerd, uitkeringen, werkt, aowLeeftijdBereikt: FactID
        let all: [FactID]

        init(_ who: String) {
            func id(_ n: String) -> FactID { FactRegistry.require("\(who).\(n)") }
            leeftijd = id("leeftijd"); rechtmatigVerblijf = id("rechtmatig_verblijf"); zorgverzekerd = id("zorgverzekerd")
            onderwijs = id("onderwijs"); studiefinanciering = id("studiefinanciering"); werkUrenPerWeek = id("werk_uren_per_week")
            zelfstandige = id("zelfstandige"); arbeidsongeschiktProcent = id("arbeidsongeschikt_procent")
            chronischZiekOfBeperking = id("chronisch_ziek_of_beperking"); aowJarenVerzekerd = id("aow_jaren_verzekerd")
            uitkeringen = id("uitkeringen"); werkt = id("werkt"); aowLeeftijdBereikt = id("aow_leeftijd_bereikt")
            all = [leeftijd, rechtmatigVerblijf, zorgverzekerd, onderwijs, studiefinanciering, werkUrenPerWeek, zelfstandige,
                   arbeidsongeschiktProcent, chronischZiekOfBeperking, aowJarenVerzekerd, uitkeringen, werkt, aowLeeftijdBereikt]
        }
    }

    static let aanvrager = Person("aanvrager")
    static let partner = Person("partner")
}
