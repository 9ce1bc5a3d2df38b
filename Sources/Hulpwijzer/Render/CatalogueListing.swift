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
        }
    }
}

extension Renderer {
    /// A catalogue listing in this format; formats that are not documents list nothing.
    public static func listing(_ listing: CatalogueListing) -> String { "" }
}
