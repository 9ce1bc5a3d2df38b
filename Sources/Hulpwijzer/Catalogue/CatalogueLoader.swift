import Foundation

/// Reads the catalogue folder:
///
/// - `parameters/*.json` — national figures (`{"parameters": {…}}`)
/// - `regelingen/*.json` — one national scheme per file
/// - `gemeenten/gemeenten.csv`, `aliassen.csv`, `dubbelzinnig.csv` — the municipality register
/// - `gemeenten/lokaal/GMxxxx.json` — one municipality's schemes and deviating figures
/// - `gemeenten/regio/NAAM.json` — schemes shared by several municipalities
/// - `sjablonen/SOORT.json` — templates that local schemes name and fill (see `Templates`)
struct CatalogueLoader {
    let directory: String
    /// Files already read (relative path → bytes): the national load reads each file once, to
    /// digest and to parse the same bytes.
    private var preloaded: [String: [UInt8]] = [:]

    init(directory: String) { self.directory = directory }

    private func path(_ relative: String) -> String { directory.hasSuffix("/") ? directory + relative : directory + "/" + relative }

    /// True when the file exists in the catalogue.
    func exists(_ relative: String) -> Bool { RawFile.exists(path(relative)) }

    private func read(_ relative: String) -> [UInt8]? { preloaded[relative] ?? RawFile.contents(path: path(relative)) }

    func jsonFiles(in folder: String) -> [String] {
        let names = RawFile.names(in: path(folder)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
    }

    func parse(_ file: String, into diagnostics: inout [Diagnostic]) -> JSONValue? {
        guard let bytes = read(file) else {
            diagnostics.append(Diagnostic(file: file, path: "", message: "bestand niet te lezen"))
            return nil
        }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            diagnostics.append(Diagnostic(file: file, path: "", message: error.description))
            return nil
        }
    }

    /// A region's name: its file name without folder and `.json` (`gemeenten/regio/avres.json` → `avres`).
    static func regionName(of file: String) -> String {
        String((file.split(separator: "/").last ?? Substring(file)).dropLast(file.hasSuffix(".json") ? 5 : 0))
    }

    /// The CSV files of the municipality register.
    static let registerFiles = ["gemeenten/gemeenten.csv", "gemeenten/aliassen.csv", "gemeenten/dubbelzinnig.csv"]

    /// Loads and validates the national part. With `stamps`, the files are digested first: when a
    /// stamp says these exact files were validated by this program, the checks that only guard
    /// against a broken catalogue are skipped (unless `trusting` is false, as in `valideer`); a load
    /// that validated and found nothing records a stamp.
    func load(stamps: CatalogueStamp? = nil, trusting: Bool = true) throws(CatalogueError) -> Catalogue {
        guard RawFile.isFolder(path("regelingen")) else {
            throw CatalogueError(diagnostics: [Diagnostic(file: directory, path: "", message: "geen catalogus gevonden (de map regelingen/ ontbreekt)")])
        }
        guard let stamps else { return try load(validate: true) }
        var loader = self
        var digest = CatalogueStamp.Digest()
        for folder in ["parameters", "regelingen", "sjablonen", "gemeenten/regio"] {
            let files = jsonFiles(in: folder)
            digest.add(file: folder + "/", bytes: Array(files.joined(separator: "\n").utf8))
            for file in files { loader.preload(file, into: &digest) }
        }
        for file in Self.registerFiles { loader.preload(file, into: &digest) }
        if trusting, stamps.contains(digest) {
            // Validated before: read the image of the built catalogue when there is a sound one.
            if let bytes = stamps.image(digest), let parts = try? CatalogueImage.decode(bytes) {
                return Catalogue(directory: directory, globals: parts.globals, schemes: parts.schemes, municipalities: parts.registry,
                                 regions: loader.scannedRegions())
            }
            let catalogue = try loader.load(validate: false)
            stamps.recordImage(CatalogueImage.encode(catalogue), for: digest)
            return catalogue
        }
        let catalogue = try loader.load(validate: true)
        stamps.record(digest)
        stamps.recordImage(CatalogueImage.encode(catalogue), for: digest)
        return catalogue
    }

    /// The region files as bytes, each parsed only when a member needs it (`RegionMembers`): what
    /// a load of a catalogue that was validated before keeps of them.
    func scannedRegions() -> RegionMembers {
        .scanned(jsonFiles(in: "gemeenten/regio").compactMap { file in
            read(file).map { RegionMembers.File(name: Self.regionName(of: file), bytes: $0) }
        })
    }

    /// Reads a file once, adding it to the digest (a missing file is digested as absent).
    private mutating func preload(_ file: String, into digest: inout CatalogueStamp.Digest) {
        guard let bytes = RawFile.contents(path: path(file)) else {
            digest.add(file: file + " (ontbreekt)", bytes: [])
            return
        }
        digest.add(file: file, bytes: bytes)
        preloaded[file] = bytes
    }

    /// The national load; `validate` false skips the checks of a catalogue known to be in order.
    private func load(validate: Bool) throws(CatalogueError) -> Catalogue {
        var diagnostics: [Diagnostic] = []
        var globals = ParameterStore()
        for file in jsonFiles(in: "parameters") {
            guard let value = parse(file, into: &diagnostics) else { continue }
            var reader = CatalogueReader(file: file, globals: ParameterStore())
            guard case .object(let o) = value, o["parameters"] != nil else {
                diagnostics.append(Diagnostic(file: file, path: "", message: "verwacht {\"parameters\": {…}}"))
                continue
            }
            reader.checkKeys(o, Self.parameterFileKeys, at: "")
            for (name, p) in reader.parameters(o["parameters"], at: "parameters") {
                if globals[name] != nil { reader.fail("parameters.\(name)", "parameter \"\(name)\" staat ook in een ander bestand") }
                globals.add(p)
            }
            diagnostics += reader.diagnostics
        }
        for unit in DerivedFact.all {
            for required in unit.parameters where globals[required] == nil && !diagnostics.contains(where: { $0.path == required }) {
                let basis = unit.legalBasis.map { " (\($0))" } ?? ""
                diagnostics.append(Diagnostic(file: "parameters/", path: required,
                                              message: "landelijke parameter ontbreekt; het afgeleide feit \(unit.concept)\(basis) heeft hem nodig"))
            }
        }
        var schemes: [Scheme] = []
        for file in jsonFiles(in: "regelingen") {
            guard let value = parse(file, into: &diagnostics) else { continue }
            var reader = CatalogueReader(file: file, globals: globals)
            if let s = reader.scheme(value, at: "") {
                // One id may have several versions (the rules of a scheme changed), as long as their periods do not overlap.
                if let other = schemes.first(where: { $0.id == s.id && Self.overlap($0, s) }) {
                    reader.fail("id", "id \"\(s.id)\" komt ook voor in \(other.file) met een overlappende geldigheid")
                } else {
                    if s.isLocal { reader.fail("gemeenten", "een landelijke regeling heeft geen gemeenten; zet lokale regelingen in gemeenten/lokaal/") }
                    schemes.append(s)
                }
            }
            diagnostics += reader.diagnostics
        }
        if validate {
            for s in schemes { diagnostics += CatalogueValidator.check(s) + SourceCheck.errors(in: s) }
            diagnostics += CatalogueValidator.gaps(schemes)
        }
        var registry: MunicipalityRegistry?
        do {
            registry = try MunicipalityRegistry(
                municipalitiesCSV: String(decoding: read("gemeenten/gemeenten.csv") ?? [], as: UTF8.self),
                aliasesCSV: String(decoding: read("gemeenten/aliassen.csv") ?? [], as: UTF8.self),
                ambiguousCSV: String(decoding: read("gemeenten/dubbelzinnig.csv") ?? [], as: UTF8.self))
            if registry?.all.isEmpty ?? true {
                diagnostics.append(Diagnostic(file: "gemeenten/gemeenten.csv", path: "", message: "geen gemeenten gevonden"))
            }
        } catch {
            diagnostics += error.diagnostics
        }
        var regions = RegionMembers.all([:])
        if !validate {
            // Checked when the stamp was written: keep the bytes, read a file when a member needs it.
            regions = scannedRegions()
        } else if let registry {
            let found = CatalogueValidator.regions(self, registry: registry)
            regions = .all(found.members)
            diagnostics += found.problems
        }
        if validate { diagnostics += templates(globals: globals, into: &diagnostics).check(globals: globals) }
        guard diagnostics.isEmpty, let registry else { throw CatalogueError(diagnostics: diagnostics) }
        return Catalogue(directory: directory, globals: globals, schemes: schemes.sorted { $0.id < $1.id }, municipalities: registry,
                         regions: regions)
    }

    /// Whether two versions of a scheme are valid on a common day.
    static func overlap(_ a: Scheme, _ b: Scheme) -> Bool {
        let aEnd = a.validUntil ?? Day(year: 9999, month: 12, day: 31)!
        let bEnd = b.validUntil ?? Day(year: 9999, month: 12, day: 31)!
        return a.validFrom <= bEnd && b.validFrom <= aEnd
    }

    /// The templates in `sjablonen/`; problems in them are added to `diagnostics`.
    func templates(globals: ParameterStore, into diagnostics: inout [Diagnostic]) -> Templates {
        let files = jsonFiles(in: "sjablonen").compactMap { file in parse(file, into: &diagnostics).map { (file: file, value: $0) } }
        return Templates(files: files, globals: globals, diagnostics: &diagnostics)
    }

    /// Keys of a national parameter file (`parameters/NAAM.json`).
    static let parameterFileKeys = ["parameters", "toelichting"]
    /// Keys of a municipality file (`gemeenten/lokaal/GMxxxx.json`).
    static let localKeys = ["gemeente", "naam", "regio", "parameters", "afwijkingen", "regelingen", "niet_aangeboden", "vervangen", "niet_gevonden", "toelichting"]
    /// Keys of a regional file (`gemeenten/regio/NAAM.json`).
    static let regionKeys = ["regio", "naam", "gemeenten", "parameters", "afwijkingen", "regelingen", "niet_aangeboden", "vervangen", "niet_gevonden", "toelichting"]

    /// Loads `gemeenten/lokaal/CODE.json` and the regional files it names. A
    /// municipality without a file has no local schemes (that is not an error); `regions`
    /// gives each region's members, so a member that does not name its region is refused.
    func loadLocal(code: String, globals: ParameterStore, national: [Scheme],
                   regions: [String: [String]] = [:]) throws(CatalogueError) -> LocalCatalogue {
        var local = LocalCatalogue(code: code, schemes: [], ownSchemes: [], overrides: [:], notOffered: [], notFound: [], files: [])
        let file = "gemeenten/lokaal/\(code).json"
        guard exists(file) else { return local }
        var diagnostics: [Diagnostic] = []
        // Read only when an entry names a template.
        var templates: Templates?
        guard let value = parse(file, into: &diagnostics) else { throw CatalogueError(diagnostics: diagnostics) }
        var reader = CatalogueReader(file: file, globals: globals)
        guard case .object(let o) = value else {
            throw CatalogueError(diagnostics: [Diagnostic(file: file, path: "", message: "verwacht een object")])
        }
        reader.checkKeys(o, Self.localKeys, at: "")
        if reader.string(o, "gemeente", at: "") != code { reader.fail("gemeente", "moet \"\(code)\" zijn (de naam van het bestand)") }
        local.files.append(file)
        let own = readBody(o, reader: &reader, codes: [code], national: national, templates: &templates, into: &local)
        local.ownSchemes = own
        diagnostics += reader.diagnostics
        let named = reader.strings(o, "regio", at: "")
        diagnostics += CatalogueValidator.missingLinks(code: code, named: named, file: file, members: regions)
        for region in named {
            let rfile = "gemeenten/regio/\(region).json"
            guard let rvalue = parse(rfile, into: &diagnostics) else { continue }
            var rreader = CatalogueReader(file: rfile, globals: globals)
            guard case .object(let ro) = rvalue else {
                diagnostics.append(Diagnostic(file: rfile, path: "", message: "verwacht een object"))
                continue
            }
            rreader.checkKeys(ro, Self.regionKeys, at: "")
            let members = rreader.strings(ro, "gemeenten", at: "")
            if !members.contains(code) {
                rreader.fail("gemeenten", "\(code) verwijst naar deze regio maar staat niet in de lijst gemeenten")
            }
            local.files.append(rfile)
            let shared = readBody(ro, reader: &rreader, codes: members, national: national, templates: &templates, into: &local, region: true)
            if members.first == code { local.ownSchemes += shared }
            diagnostics += rreader.diagnostics
        }
        for (k, s) in local.schemes.enumerated() where local.schemes[..<k].contains(where: { $0.id == s.id && Self.overlap($0, s) }) {
            diagnostics.append(Diagnostic(file: s.file, path: s.id, message: "id \"\(s.id)\" komt twee keer voor bij \(code) met een overlappende geldigheid"))
        }
        for s in local.schemes { diagnostics += CatalogueValidator.check(s) + SourceCheck.errors(in: s) }
        diagnostics += CatalogueValidator.gaps(local.schemes)
        for (id, figures) in local.overrides.sorted(by: { $0.key < $1.key }) {
            guard let s = national.first(where: { $0.id == id }) else { continue }
            for d in CatalogueValidator.check(s, overrides: figures) where d.path.hasPrefix("bedrag") {
                diagnostics.append(Diagnostic(file: local.files.first ?? file, path: "afwijkingen.\(id)",
                                              message: "met de afwijkende parameters van deze gemeente: \(d.message) (\(s.file): \(d.path))"))
            }
        }
        if !diagnostics.isEmpty { throw CatalogueError(diagnostics: diagnostics) }
        let modelled = local.modelledKinds
        for i in local.notFound.indices { local.notFound[i].partly = modelled.contains(local.notFound[i].kind) }
        return local
    }

    /// Reads the shared parameters, deviations and schemes of a local or regional file.
    /// `region`: the body is a region's, read after the municipality's own file, whose own
    /// figures for a national scheme then stay (the municipality's own figure is the more specific).
    private func readBody(_ o: JSONObject, reader: inout CatalogueReader, codes: [String], national: [Scheme],
                          templates: inout Templates?, into local: inout LocalCatalogue, region: Bool = false) -> [Scheme] {
        let shared = reader.parameters(o["parameters"], at: "parameters")
        if case .object(let deviations)? = o["afwijkingen"] {
            for (schemeID, params) in deviations.members {
                guard let scheme = national.first(where: { $0.id == schemeID }) else {
                    reader.fail("afwijkingen.\(schemeID)", "geen landelijke regeling met dit id." + Suggest.didYouMean(schemeID, in: national.map(\.id)))
                    continue
                }
                guard case .object(let figures) = params else {
                    reader.fail("afwijkingen.\(schemeID)", "verwacht een object met parameters")
                    continue
                }
                for (name, value) in figures.members {
                    guard let base = scheme.parameters[name] else {
                        reader.fail("afwijkingen.\(schemeID).\(name)", "de regeling \(schemeID) heeft geen parameter \"\(name)\"."
                                    + Suggest.didYouMean(name, in: Array(scheme.parameters.keys)))
                        continue
                    }
                    guard let p = reader.parameter(name: name, value, at: "afwijkingen.\(schemeID).\(name)", inheriting: base) else { continue }
                    if !base.municipal { reader.fail("afwijkingen.\(schemeID).\(name)", "deze parameter is landelijk vastgesteld; een gemeente kan hem niet wijzigen") }
                    if region, local.overrides[schemeID]?[name] != nil { continue }
                    local.overrides[schemeID, default: [:]][name] = p
                }
            }
        } else if o["afwijkingen"] != nil {
            reader.fail("afwijkingen", "verwacht {\"regeling-id\": {\"parameter\": …}}")
        }
        var schemes: [Scheme] = []
        if case .array(let items)? = o["regelingen"] {
            for (i, var item) in items.enumerated() {
                if case .object(let entry) = item, entry["sjabloon"] != nil {
                    if templates == nil { templates = self.templates(globals: reader.globals, into: &reader.diagnostics) }
                    guard let merged = templates?.instantiate(entry, at: "regelingen[\(i)]", shared: Set(shared.keys), reader: &reader) else { continue }
                    item = merged
                }
                guard let s = reader.scheme(item, at: "regelingen[\(i)]", extraParameters: shared, municipalities: codes) else { continue }
                let prefixes = codes.map { $0.lowercased() + "-" }
                if !prefixes.contains(where: { s.id.hasPrefix($0) }) {
                    reader.fail("regelingen[\(i)].id", "een lokale regeling begint met de CBS-code van de gemeente, bijvoorbeeld \"\(prefixes[0])…\"")
                }
                schemes.append(s)
            }
        } else if o["regelingen"] != nil {
            reader.fail("regelingen", "verwacht een lijst van regelingen")
        }
        local.schemes += schemes.filter { $0.municipalities.contains(local.code) }
        for (i, id) in reader.strings(o, "niet_aangeboden", at: "").enumerated() {
            if national.contains(where: { $0.id == id }) {
                local.notOffered.insert(id)
            } else {
                reader.fail("niet_aangeboden[\(i)]", "geen landelijke regeling met id \"\(id)\"." + Suggest.didYouMean(id, in: national.map(\.id)))
            }
        }
        if case .object(let replaced)? = o["vervangen"] {
            for (id, value) in replaced.members {
                let path = "vervangen.\(id)"
                guard national.contains(where: { $0.id == id }) else {
                    reader.fail(path, "geen landelijke regeling met dit id." + Suggest.didYouMean(id, in: national.map(\.id)))
                    continue
                }
                guard case .string(let localID) = value, let s = schemes.first(where: { $0.id == localID }) else {
                    reader.fail(path, "verwacht het id van een regeling in dit bestand die haar plaats inneemt"
                                + (value.stringValue.map { "; \(Quoted.text($0)) staat niet in regelingen." + Suggest.didYouMean($0, in: schemes.map(\.id)) } ?? ""))
                    continue
                }
                if s.municipalities.contains(local.code) { local.replacedBy[id] = s.name }
            }
        } else if o["vervangen"] != nil {
            reader.fail("vervangen", "verwacht {\"landelijke-regeling-id\": \"lokale-regeling-id\"}")
        }
        local.notFound += reader.notFound(o["niet_gevonden"], at: "niet_gevonden")
        return schemes
    }

    /// Local files whose name is not a municipality code.
    func unusedLocalFiles(registry: MunicipalityRegistry) -> [Diagnostic] {
        jsonFiles(in: "gemeenten/lokaal").compactMap { file in
            let code = String(file.split(separator: "/").last?.dropLast(5) ?? "")
            return registry.municipality(code: code) == nil || code != code.uppercased()
                ? Diagnostic(file: file, path: "", message: "de naam van het bestand is geen CBS-code van een bestaande gemeente") : nil
        }
    }
}
