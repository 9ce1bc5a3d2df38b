/// A kind of municipal policy that was looked for on the municipality's (or its regional
/// service's) own pages and not found: recorded so that "not in the catalogue" is not read as
/// "the municipality has none", and so that the search can be repeated.
public struct NotFound: Sendable, Equatable {
    /// What was looked for.
    public enum Kind: String, Sendable, CaseIterable {
        /// The individuele inkomenstoeslag (amounts, income limit, reference period).
        case iit
        /// The income limit for bijzondere bijstand and minimaregelingen.
        case inkomensgrens
        /// The collective health insurance (gemeentepolis).
        case zorgverzekering
        /// The kwijtschelding policy.
        case kwijtschelding
        /// Own schemes for minima (meedoen, kindpakket, computer, school, sport and culture …).
        case eigenRegelingen = "eigen-regelingen"

        /// The national figure is the least a municipality may give, so whoever is entitled by it is
        /// entitled in every municipality that offers the scheme: kwijtschelding's 90% norm
        /// (Uitvoeringsregeling Invorderingswet 1990 art. 16; a municipality may go up to 100%, not
        /// below). A gemeentepolis or IIT limit has no such floor.
        public var nationalFigureIsFloor: Bool { self == .kwijtschelding }

        /// Dutch words for people.
        public var dutch: String {
            switch self {
            case .iit: return "individuele inkomenstoeslag"
            case .inkomensgrens: return "inkomensgrens voor bijzondere bijstand en minimaregelingen"
            case .zorgverzekering: return "collectieve zorgverzekering"
            case .kwijtschelding: return "kwijtscheldingsbeleid"
            case .eigenRegelingen: return "eigen regelingen voor minima"
            }
        }
    }

    /// What was looked for.
    public var kind: Kind
    /// When it was looked for.
    public var searched: Day
    /// Where it was looked for, or what was found instead (optional).
    public var note: String?
    /// The municipality's page says it offers this (kwijtschelding, a gemeentepolis, an IIT);
    /// only its figures (norm, income limit, amounts) were not found (`"aangeboden": true`).
    public var offered = false
    /// Part of this kind is in the catalogue all the same (a GelrePas, while other own schemes
    /// were not found): said as "andere eigen regelingen voor minima dan de opgenomen".
    public var partly = false

    /// The record keeps an entitlement by the national standard at `mogelijk`. It does not when
    /// the kind is partly modelled (own figures decide), nor when the municipality offers it and
    /// the national figure is the least it may give (`Kind.nationalFigureIsFloor`).
    public var limitsEntitlement: Bool { !partly && !(offered && kind.nationalFigureIsFloor) }

    /// The kinds a record may say are offered: those with figures of their own.
    static let offerable: [Kind] = [.iit, .zorgverzekering, .kwijtschelding]

    /// The kind in Dutch, as what is still missing.
    public var dutch: String {
        if offered {
            // With part of the figures modelled (Leudal's IIT limit, not its amounts), say "the other figures".
            switch kind {
            case .iit: return (partly ? "de overige cijfers" : "de bedragen en de inkomensgrens") + " van de individuele inkomenstoeslag (die de gemeente wel heeft)"
            case .zorgverzekering: return (partly ? "de overige cijfers" : "de inkomensgrens") + " van de collectieve zorgverzekering (die de gemeente wel heeft)"
            case .kwijtschelding: return partly ? "de overige cijfers van het kwijtscheldingsbeleid (de gemeente geeft kwijtschelding)" : "de norm voor kwijtschelding (die de gemeente wel geeft)"
            case .inkomensgrens, .eigenRegelingen: break
            }
        }
        guard partly else { return kind.dutch }
        return kind == .eigenRegelingen ? "andere eigen regelingen voor minima dan de opgenomen" : "\(kind.dutch) (een deel is wel opgenomen)"
    }
}
