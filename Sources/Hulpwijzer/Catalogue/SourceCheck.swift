/// Checks that every `bron` in the catalogue can be followed by a reviewer: a web address or a
/// reference to a law, regulation or official publication. It also flags national schemes whose
/// source is not the executing body's or the government's own site (a warning: the figures may
/// still be right, but a counsellor should be able to trust where they come from).
package enum SourceCheck {
    /// Hosts of the government, the executing bodies and the national funds' own organisations.
    static let officialHosts = [
        "overheid.nl", "rijksoverheid.nl", "government.nl", "belastingdienst.nl", "toeslagen.nl", "svb.nl",
        "uwv.nl", "werk.nl", "duo.nl", "cak.nl", "regelhulp.nl", "rvo.nl", "cbs.nl", "raadvoorrechtsbijstand.nl",
        "leergeld.nl", "jeugdfondssportcultuur.nl", "kinderhulp.nl", "voedselbankennederland.nl",
    ]

    /// Words that mark a reference to a law, regulation or official publication.
    static let legalMarkers = [
        "BWBR", "CVDR", "art.", "artikel", "Stcrt", "Staatscourant", "Stb.", "Staatsblad", "wet", "Wet", "besluit",
        "Besluit", "regeling", "Regeling", "Normenbrief", "Leidraad", "verordening", "Verordening", "beleidsregel",
        "Beleidsregel", "Kamerstuk", "Belastingdienst", "Tabel",
    ]

    /// True when `source` names a web address or a legal or official publication.
    static func isTraceable(_ source: String) -> Bool {
        source.contains("https://") || source.contains("http://") || legalMarkers.contains { source.contains($0) }
    }

    /// The host of the first web address in `source`, without `www.`.
    static func firstHost(_ source: String) -> String? {
        guard let range = source.range(of: "://") else { return nil }
        var host = String(source[range.upperBound...].prefix { $0 != "/" && $0 != " " && $0 != ")" && $0 != ";" })
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty ? nil : host.lowercased()
    }

    /// True when the host is an official domain or a subdomain of one.
    static func isOfficial(host: String) -> Bool {
        officialHosts.contains { host == $0 || host.hasSuffix("." + $0) }
    }

    /// Errors: sources of the scheme or of any of its figures that cannot be followed.
    package static func errors(in scheme: Scheme) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if !isTraceable(scheme.source) {
            found.append(Diagnostic(file: scheme.file, path: "bron", message: "\(Quoted.text(scheme.source)) is geen webadres en geen verwijzing naar een wet of officiële publicatie"))
        }
        for name in scheme.parameters.keys.sorted() {
            guard let parameter = scheme.parameters[name] else { continue }
            for (i, value) in parameter.values.enumerated() where !isTraceable(value.source) {
                found.append(Diagnostic(file: scheme.file, path: "parameters.\(name).waarden[\(i)].bron",
                                        message: "\(Quoted.text(value.source)) is geen webadres en geen verwijzing naar een wet of officiële publicatie"))
            }
        }
        return found
    }

    /// Warnings: a national scheme whose `bron` is not on an official domain.
    package static func warnings(in scheme: Scheme) -> [Diagnostic] {
        guard !scheme.isLocal else { return [] }
        if let host = firstHost(scheme.source), isOfficial(host: host) { return [] }
        if firstHost(scheme.source) == nil, scheme.source.contains("BWBR") { return [] }
        return [Diagnostic(file: scheme.file, path: "bron",
                           message: "de bron van deze landelijke regeling is geen pagina van de overheid of van de uitvoerder (\(Quoted.text(scheme.source))); markeer de bedragen als onzeker en noem dat in de opmerkingen")]
    }
}
