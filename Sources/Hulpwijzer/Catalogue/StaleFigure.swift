/// A municipal figure in force on a date that dates from an earlier year: the municipality may
/// have changed it since (listed by `hulpwijzer gemeenten --verouderd`, oldest first).
public struct StaleFigure: Sendable {
    /// The catalogue file the figure is in (`gemeenten/lokaal/GM0014.json`).
    public var file: String
    /// Where in that file: `afwijkingen.individuele-inkomenstoeslag.bedrag` or
    /// `regelingen[gm0014-meedoen].parameters.grens`.
    public var path: String
    /// The scheme the figure belongs to (national or local id).
    public var scheme: String
    /// The parameter.
    public var parameter: Parameter
    /// The value in force on the date.
    public var dated: DatedValue
}

extension LocalCatalogue {
    /// The municipality's figures in force on `day` (deviations from national figures and the
    /// figures of local schemes valid on `day`) whose `vanaf` lies in an earlier year; oldest
    /// first, then by file and path. A figure shared by several schemes is listed once.
    public func staleFigures(on day: Day) -> [StaleFigure] {
        var found: [StaleFigure] = []
        var seen = Set<ObjectIdentifier>()
        func add(_ p: Parameter, scheme: String, path: String) {
            guard let d = p.value(on: day), d.value != .unset, p.isStale(d, on: day), seen.insert(ObjectIdentifier(p)).inserted else { return }
            found.append(StaleFigure(file: p.file, path: path, scheme: scheme, parameter: p, dated: d))
        }
        for (id, params) in overrides.sorted(by: { $0.key < $1.key }) {
            for (name, p) in params.sorted(by: { $0.key < $1.key }) { add(p, scheme: id, path: "afwijkingen.\(id).\(name)") }
        }
        for s in schemes where s.validFrom <= day && s.validUntil.map({ day <= $0 }) ?? true {
            for (name, p) in s.parameters.sorted(by: { $0.key < $1.key }) where p.isLocal {
                add(p, scheme: s.id, path: "regelingen[\(s.id)].parameters.\(name)")
            }
        }
        return found.sorted { ($0.dated.from, $0.file, $0.path) < ($1.dated.from, $1.file, $1.path) }
    }
}
