/// Why a household could not be read. Every problem names the field by its JSON path.
public struct HouseholdError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One problem with one field.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// JSON path of the field (`aanvrager.leeftijd`, `kinderen[1].leeftijd`); empty for the whole document.
        public var path: String
        /// Dutch explanation.
        public var message: String

        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }

        public var description: String { path.isEmpty ? message : "\(path): \(message)" }
    }

    public var problems: [Problem]

    public init(problems: [Problem]) { self.problems = problems }
    public init(path: String, _ message: String) { problems = [Problem(path: path, message: message)] }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
