extension CatalogueReader {
    /// Keys of one `niet_gevonden` entry.
    static let notFoundKeys = ["soort", "gezocht", "aangeboden", "toelichting"]

    /// Reads `niet_gevonden`: `[{"soort": "iit", "gezocht": "2026-12-02", "toelichting": "…"}]`.
    mutating func notFound(_ value: JSONValue?, at path: String) -> [NotFound] {
        guard let value else { return [] }
        guard case .array(let items) = value else {
            fail(path, "verwacht een lijst van {\"soort\", \"gezocht\"}")
            return []
        }
        var out: [NotFound] = []
        for (i, item) in items.enumerated() {
            let ip = "\(path)[\(i)]"
            guard case .object(let o) = item else {
                fail(ip, "verwacht een object met soort en gezocht")
                continue
            }
            checkKeys(o, Self.notFoundKeys, at: ip)
            let raw = string(o, "soort", at: ip)
            let kind = raw.flatMap(NotFound.Kind.init(rawValue:))
            if let raw, kind == nil {
                fail(join(ip, "soort"), "kent " + NotFound.Kind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                     + ", niet \(Quoted.text(raw))")
            }
            let searched = day(o, "gezocht", at: ip)
            let note = string(o, "toelichting", at: ip, required: false)
            var offered = false
            switch o["aangeboden"] {
            case nil: break
            case .bool(let b)?: offered = b
            default: fail(join(ip, "aangeboden"), "verwacht true of false")
            }
            if offered, let kind, !NotFound.offerable.contains(kind) {
                fail(join(ip, "aangeboden"), "alleen bij " + NotFound.offerable.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                     + ": die hebben eigen cijfers die ontbreken")
            }
            if let kind, let searched { out.append(NotFound(kind: kind, searched: searched, note: note, offered: offered)) }
        }
        return out
    }
}
