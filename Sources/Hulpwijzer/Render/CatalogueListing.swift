/// What `regelingen` and `gemeenten` list: the schemes, or every municipality with its
/// local catalogue. Rendered as text or JSON by the document renderers.
public enum CatalogueListing: Sendable {
    /// Schemes, in the order given, and (with `regelingen --alle`) the ended schemes.
    case schemes([Scheme], ended: [EndedScheme] = [])
    /// Every municipality with its local catalogue.
    case municipalities([(Municipality, LocalCatalogue)])
    /// Municipalities with figures older than the year of `day`, each with those figures, oldest first.
    case staleFigures(day: Day, rows: [(Municipality, [StaleFigure])])

    /// How far the municipalities' own data reach, by number and by inhabitants.
    struct Coverage {
        let total: Int
        let covered: Int
        let share: Double
        let modelled: Int
        let withData: Int
        let dataShare: Double
        let withIIT: Int
        let iitShare: Double
        /// Per kind of policy: the municipalities that have it in the catalogue (`modelledKinds`), and
        /// those with a dated record that it (or part of it) was looked for and not found.
        let kinds: [(kind: NotFound.Kind, modelled: Int, notFound: Int)]
        /// Every dated municipal figure once (a region's figure once, however many members share
        /// it; each dated value of a parameter on its own), by the year it applies from.
        let figuresByYear: [(year: Int, count: Int)]
        /// Municipal figures whose source gives no year (`"vanaf": "onbekend"`), counted the same way.
        let undatedFigures: Int

        init(_ rows: [(Municipality, LocalCatalogue)]) {
            total = rows.reduce(0) { $0 + $1.0.inhabitants }
            covered = rows.filter { !$0.1.schemes.isEmpty }.reduce(0) { $0 + $1.0.inhabitants }
            share = total > 0 ? Double(covered) / Double(total) * 100 : 0
            modelled = rows.filter { !$0.1.schemes.isEmpty }.count
            let withData = rows.filter { $0.1.isModelled }
            self.withData = withData.count
            dataShare = total > 0 ? Double(withData.reduce(0) { $0 + $1.0.inhabitants }) / Double(total) * 100 : 0
            let withIIT = rows.filter { $0.1.hasIITFigure }
            self.withIIT = withIIT.count
            iitShare = total > 0 ? Double(withIIT.reduce(0) { $0 + $1.0.inhabitants }) / Double(total) * 100 : 0
            let modelledKinds = rows.map { Set($0.1.modelledKinds) }
            kinds = NotFound.Kind.allCases.map { kind in
                (kind, modelledKinds.filter { $0.contains(kind) }.count, rows.filter { $0.1.notFound.contains { $0.kind == kind } }.count)
            }
            var seen = Set<ObjectIdentifier>()
            var years: [Int: Int] = [:]
            var undated = 0
            for (_, local) in rows {
                let parameters = local.schemes.flatMap { $0.parameters.values } + local.overrides.values.flatMap(\.values)
                for p in parameters where p.isLocal && seen.insert(ObjectIdentifier(p)).inserted {
                    for v in p.values where v.value != .unset {
                        if v.undated { undated += 1 } else { years[v.from.year, default: 0] += 1 }
                    }
                }
            }
            figuresByYear = years.sorted { $0.key < $1.key }.map { (year: $0.key, count: $0.value) }
            undatedFigures = undated
        }
    }
}

extension Renderer {
    /// A catalogue listing in this format; formats that are not documents list nothing.
    public static func listing(_ listing: CatalogueListing) -> String { "" }
}
