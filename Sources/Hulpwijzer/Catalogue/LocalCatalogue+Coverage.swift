/// What a municipality's part of the catalogue covers, in the kinds of policy that
/// `niet_gevonden` records (for `hulpwijzer gemeenten`).
extension LocalCatalogue {
    /// The national schemes whose municipal figures stand for each kind of policy.
    /// (A switch rather than a dictionary keyed by the kind: no hash table type to instantiate at start-up.)
    static func kindSchemes(_ kind: NotFound.Kind) -> [String] {
        switch kind {
        case .iit: return ["individuele-inkomenstoeslag"]
        case .inkomensgrens: return ["bijzondere-bijstand"]
        case .zorgverzekering: return ["collectieve-zorgverzekering"]
        case .kwijtschelding: return ["kwijtschelding-gemeentelijke-belastingen"]
        case .eigenRegelingen: return []
        }
    }

    /// The kinds of policy modelled: own figures for the national scheme (or the record that the
    /// municipality does not offer it), or, for `eigen-regelingen`, any local scheme.
    public var modelledKinds: [NotFound.Kind] {
        NotFound.Kind.allCases.filter { kind in
            if kind == .eigenRegelingen { return !schemes.isEmpty }
            return Self.kindSchemes(kind).contains { overrides[$0]?.isEmpty == false || notOffered.contains($0) || replacedBy[$0] != nil }
        }
    }

    /// The municipality sets at least one figure of the individuele inkomenstoeslag, or gives it
    /// as a local scheme of its own.
    public var hasIITFigure: Bool {
        overrides["individuele-inkomenstoeslag"]?.isEmpty == false || replacedBy["individuele-inkomenstoeslag"] != nil
    }
}
