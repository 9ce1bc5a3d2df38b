/// A problem found in a catalogue file, with where it is.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// File path relative to the catalogue folder.
    public var file: String
    /// JSON path inside the file (`voorwaarden.alle[2].feit`).
    public var path: String
    /// What is wrong, in Dutch.
    public var message: String

    /// Dutch text for people: file, path and message.
    public var description: String { path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)" }
}

/// The catalogue could not be used; every problem found is listed.
public struct CatalogueError: Error, Sendable, CustomStringConvertible {
    /// All problems found.
    public var diagnostics: [Diagnostic]

    /// Dutch text for people: a count, then one problem per line.
    public var description: String {
        "De catalogus is ongeldig (\(diagnostics.count) \(diagnostics.count == 1 ? "probleem" : "problemen")):\n"
            + diagnostics.map { "  - \($0)" }.joined(separator: "\n")
    }
}
