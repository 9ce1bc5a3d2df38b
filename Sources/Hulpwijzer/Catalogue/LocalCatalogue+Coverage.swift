/// What a municipality's part of the catalogue covers, in the kinds of policy that
/// `niet_gevonden` records (for `hulpwijzer gemeenten`).
extension LocalCatalogue {
    /// The national schemes whose municipal figures stand for each kind of policy.
    static let kindSchemes: [NotFound.Kind: [String]] = [
        .iit: ["individuele-inkomenstoeslag"], .inkomensgrens: ["bijzondere-bijstand"],
        .zorgverzekering: ["collectieve-zorgverzekering"], .kwijtschelding: ["kwijtschelding-gemeentelijke-belastingen"],
    ]

    /// The kinds of policy modelled: own figures for the national scheme (or the record that the
    /// municipality does not offer it), or, for `eigen-regelingen`, any local scheme.
    public var modelledKinds: [NotFound.Kind] {
        NotFound.Kind.allCases.filter { kind in
            if kind == .eigenRegelingen { return !schemes.isEmpty }
            return (Self.kindSchemes[kind] ?? []).contains { overrides[$0]?.isEmpty == false || notOffered.contains($0) || replacedBy[$0] != nil }
        }
    }

    /// The municipality sets at least one figure of the individuele inkomenstoeslag, or gives it
    /// as a local scheme of its own.
    public var hasIITFigure: Bool {
        overrides["individuele-inkomenstoeslag"]?.isEmpty == false || replacedBy["individuele-inkomenstoeslag"] != nil
    }
}
