/// Why a household could not be read. Every problem names the field by its JSON path.
public struct HouseholdError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One problem with one field.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// JSON path of the field (`aanvrager.leeftijd`, `kinderen[1].leeftijd`); empty for the whole document.
        public var path: String
        /// Dutch explanation.
        public var message: String

        /// Creates a problem for the field at `path`.
        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }

        /// Dutch text for people: the path, then the message.
        public var description: String { path.isEmpty ? message : "\(path): \(message)" }
    }

    /// All problems found.
    public var problems: [Problem]

    /// Creates an error from a list of problems.
    public init(problems: [Problem]) { self.problems = problems }
    /// Creates an error with a single problem.
    public init(path: String, _ message: String) { problems = [Problem(path: path, message: message)] }

    /// Dutch text for people: one problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
