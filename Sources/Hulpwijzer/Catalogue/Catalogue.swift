import Foundation

/// The bundled catalogue: national figures, national schemes, the municipality
/// register, and (loaded only when a query needs them) each municipality's own
/// schemes and figures.
public final class Catalogue: Sendable {
    /// The catalogue folder (`data/`).
    public let directory: String
    /// National figures shared by many schemes (`data/parameters/`).
    public let globals: ParameterStore
    /// National schemes, in the order of their ids.
    public let schemes: [Scheme]
    /// The municipality register.
    public let municipalities: MunicipalityRegistry
    let index: CatalogueIndex
    /// The first date any national scheme is valid.
    let firstDate: Day

    /// Which regions list a municipality (`gemeenten/regio/NAAM.json`), to refuse a member that does not name its region.
    let regions: RegionMembers
    /// Each national scheme's place in name order (by index in `schemes`): the order outcomes are listed in.
    let nameRank: [Int]
    /// Municipal parts already read, each read once (the lock is held while a file is read, so
    /// threads that need the same municipality wait for the one that reads it).
    private let localCache = Mutex<[String: LocalCatalogue]>([:])
    /// What the engine works out once per catalogue and reuses for every household.
    let memo = EvaluationMemo()
    /// The compiled programs and plans of `Engine.screen` and the compact batch formats.
    let screening = ScreeningCache()

    init(directory: String, globals: ParameterStore, schemes: [Scheme], municipalities: MunicipalityRegistry,
         regions: RegionMembers = .all([:])) {
        self.directory = directory
        self.regions = regions
        self.globals = globals
        self.schemes = schemes
        self.municipalities = municipalities
        index = CatalogueIndex(schemes: schemes)
        var rank = [Int](repeating: 0, count: schemes.count)
        for (r, i) in schemes.indices.sorted(by: { (schemes[$0].name, schemes[$0].id) < (schemes[$1].name, schemes[$1].id) }).enumerated() { rank[i] = r }
        nameRank = rank
        firstDate = schemes.map(\.validFrom).min() ?? Day(year: 2025, month: 1, day: 1)!
    }

    /// Loads and validates the national part of the catalogue. Every problem
    /// found is reported at once; any problem makes the load fail.
    public static func load(from directory: String) throws(CatalogueError) -> Catalogue {
        try CatalogueLoader(directory: directory).load()
    }

    /// Loads the national part like `load(from:)`, but skips the checks that only guard against a
    /// broken catalogue when `stamps` records that these exact files were validated by this
    /// program (`trusting`), and records a stamp after a load that validated without problems.
    package static func load(from directory: String, stamps: CatalogueStamp?, trusting: Bool = true) throws(CatalogueError) -> Catalogue {
        try CatalogueLoader(directory: directory).load(stamps: stamps, trusting: trusting)
    }

    /// Loads the catalogue from the default place (see `CataloguePaths`).
    public static func loadDefault() throws(CatalogueError) -> Catalogue {
        try load(from: CataloguePaths.defaultDirectory())
    }

    /// The municipality's own schemes and deviating figures (cached after the first load).
    public func local(for code: String) throws(CatalogueError) -> LocalCatalogue {
        if let cached = localCache.withLock({ $0[code] }) { return cached }
        // Read without the lock: other threads go on with the municipalities they have (a batch
        // over many municipalities would otherwise wait for every first read). Two threads may
        // read the same files at once; both get the same catalogue, and the first one is kept.
        let loaded = try CatalogueLoader(directory: directory).loadLocal(code: code, globals: globals, national: schemes, regions: regions.listing(code))
        return localCache.withLock { cache in
            if let first = cache[code] { return first }
            cache[code] = loaded
            return loaded
        }
    }

    /// Loads every municipality's files and reports all problems (for `hulpwijzer valideer` and tests).
    public func validateAllMunicipalities() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var owner: [String: String] = [:]
        for s in schemes { owner[s.id] = s.file }
        for m in municipalities.all {
            do {
                let local = try local(for: m.code)
                for s in local.ownSchemes {
                    if let other = owner[s.id], other != s.file {
                        diagnostics.append(Diagnostic(file: s.file, path: s.id, message: "id \"\(s.id)\" staat ook in \(other)"))
                    }
                    owner[s.id] = s.file
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        diagnostics += CatalogueLoader(directory: directory).unusedLocalFiles(registry: municipalities)
        // A regional file's problems are found once per member: report each once.
        var seen = Set<String>()
        return diagnostics.filter { seen.insert($0.description).inserted }
    }

    /// A national scheme by id.
    public func scheme(id: String) -> Scheme? { index.byID[id].map { schemes[$0] } }
}

/// One municipality's part of the catalogue.
public struct LocalCatalogue: Sendable {
    /// The municipality's CBS code.
    public var code: String
    /// Local schemes that apply in this municipality (its own and its region's).
    public var schemes: [Scheme]
    /// Local schemes defined for this municipality alone or first listed with it (for duplicate checks).
    public var ownSchemes: [Scheme]
    /// Deviating figures for national schemes: scheme id → parameter name → parameter.
    public var overrides: [String: [String: Parameter]]
    /// National schemes run by municipalities that this municipality does not offer
    /// (e.g. no collective health insurance).
    public var notOffered: Set<String>
    /// National schemes this municipality gives as one of its own, under another name (the
    /// Drechtsteden's Persoonlijk Minimabudget is their individuele inkomenstoeslag): national
    /// id → the name of the local scheme that takes its place.
    public var replacedBy: [String: String] = [:]
    /// Kinds of municipal policy looked for on the municipality's own pages but not found,
    /// with the date of the search: the catalogue says "not found", never "does not exist".
    public var notFound: [NotFound]
    /// The files this municipality's data came from.
    public var files: [String]

    /// True when anything local is modelled: own schemes, deviating figures or schemes not offered.
    public var isModelled: Bool { !schemes.isEmpty || !overrides.isEmpty || !notOffered.isEmpty || !replacedBy.isEmpty }

    /// Oldest and newest year of the municipality's own figures (local schemes and deviations):
    /// tells how current the modelled rules are.
    /// Figures whose source gives no year are left out; `hasUndatedFigures` tells of them.
    public var figureYears: (oldest: Int, newest: Int)? {
        let years = figureValues.filter { !$0.undated }.map(\.from.year)
        guard let lo = years.min(), let hi = years.max() else { return nil }
        return (lo, hi)
    }

    /// Some of the municipality's own figures come from a source that gives no year.
    public var hasUndatedFigures: Bool { figureValues.contains(where: \.undated) }

    /// Every dated value of the local schemes' parameters and of the deviations.
    private var figureValues: [DatedValue] {
        schemes.flatMap { $0.parameters.values.flatMap(\.values) } + overrides.values.flatMap { $0.values.flatMap(\.values) }
    }

    /// Oldest and newest verification date of the local schemes.
    public var verificationRange: (oldest: Day, newest: Day)? {
        let dates = schemes.map(\.lastVerified)
        guard let lo = dates.min(), let hi = dates.max() else { return nil }
        return (lo, hi)
    }
}

/// Where the bundled catalogue is found.
package enum CataloguePaths {
    /// `HULPWIJZER_CATALOGUS`, else `data/` next to the executable's package, else
    /// the `data/` folder of the source checkout this binary was built from.
    package static func defaultDirectory() -> String {
        // getenv, realpath and stat rather than ProcessInfo, URL and FileManager: this runs at every
        // start, and the Foundation calls cost more than a millisecond there.
        if let raw = getenv("HULPWIJZER_CATALOGUS") {
            let dir = String(cString: raw)
            if !dir.isEmpty { return dir }
        }
        if let exe = resolved("/proc/self/exe") ?? resolved(CommandLine.arguments.first ?? "") {
            let folder = String(exe[..<(exe.lastIndex(of: "/") ?? exe.startIndex)])
            for candidate in [folder + "/data", folder + "/../share/hulpwijzer/data"] where RawFile.isFolder(candidate + "/regelingen") {
                return resolved(candidate) ?? candidate
            }
        }
        // Sources/Hulpwijzer/Catalogue/Catalogue.swift → repository root.
        var root = Substring(#filePath)
        for _ in 0..<4 { root = root[..<(root.lastIndex(of: "/") ?? root.startIndex)] }
        return root + "/data"
    }

    /// The absolute path with symlinks and `..` resolved, or nil when it does not exist.
    private static func resolved(_ path: String) -> String? {
        guard !path.isEmpty, let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }
}
