/// What a scheme gives (`soort` in the catalogue): money the household must claim, money
/// that comes without a claim, a protection, or a service. Only `geld` counts as money a
/// household misses in `batch --gemist`; the data owners decide it per scheme in the file.
public enum SchemeKind: String, Sendable, CaseIterable {
    /// Money the household must apply for (the default).
    case geld
    /// Money paid without a claim (the executing body starts it itself).
    case vanzelf
    /// A protection, no money to claim (beslagvrije voet, Wsnp).
    case bescherming
    /// A service or help in kind (schuldhulpverlening, Wmo, voedselbank).
    case dienst
}
