import Foundation

/// A scheme that has been abolished (`beeindigd/regelingen.json`): not evaluated, but listed by
/// `regelingen --alle` with its end date and what applies now, so a counsellor who asks about
/// it gets an answer.
public struct EndedScheme: Sendable, Equatable {
    /// Stable id in kebab-case.
    public let id: String
    /// Name for people.
    public let name: String
    /// The last day the scheme existed.
    public let validUntil: Day
    /// What applies now instead, in Dutch.
    public let whatNow: String
    /// Where the end is documented.
    public let source: String
    /// `geverifieerd` or `onzeker`.
    public let certainty: String

    /// The file, relative to the catalogue folder.
    public static let file = "beeindigd/regelingen.json"

    /// The ended schemes of the catalogue in `directory`, in file order; none when the file is
    /// absent. A file that is present but wrong is a catalogue error naming the field.
    public static func load(directory: String) throws(CatalogueError) -> [EndedScheme] {
        let path = (directory as NSString).appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        var diagnostics: [Diagnostic] = []
        guard let root = CatalogueLoader(directory: directory).parse(file, into: &diagnostics) else {
            throw CatalogueError(diagnostics: diagnostics)
        }
        guard let items = root.objectValue?["regelingen"]?.arrayValue else {
            throw CatalogueError(diagnostics: [Diagnostic(file: file, path: "regelingen", message: "ontbreekt of is geen lijst")])
        }
        var result: [EndedScheme] = []
        for (i, item) in items.enumerated() {
            let at = "regelingen[\(i)]"
            func text(_ key: String) -> String? {
                guard let s = item.objectValue?[key]?.stringValue, !s.isEmpty else {
                    diagnostics.append(Diagnostic(file: file, path: "\(at).\(key)", message: "ontbreekt of is geen tekst"))
                    return nil
                }
                return s
            }
            let id = text("id"), name = text("naam"), until = text("geldig_tot"), whatNow = text("wat_nu")
            let source = text("bron"), certainty = text("zekerheid")
            let day = until.flatMap(Day.init)
            if until != nil && day == nil {
                diagnostics.append(Diagnostic(file: file, path: "\(at).geldig_tot", message: "geen datum (JJJJ-MM-DD)"))
            }
            if let certainty, !["geverifieerd", "onzeker"].contains(certainty) {
                diagnostics.append(Diagnostic(file: file, path: "\(at).zekerheid", message: "moet \"geverifieerd\" of \"onzeker\" zijn"))
            }
            if let id, let name, let day, let whatNow, let source, let certainty {
                result.append(EndedScheme(id: id, name: name, validUntil: day, whatNow: whatNow, source: source, certainty: certainty))
            }
        }
        guard diagnostics.isEmpty else { throw CatalogueError(diagnostics: diagnostics) }
        return result
    }
}
