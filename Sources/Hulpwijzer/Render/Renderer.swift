/// One output format for evaluations. Every format is one type conforming to this
/// protocol plus one entry in `Renderers.all`; the registry drives the values, the
/// validation and the help of `--format` in `check`, `vraag` and `batch`.
public protocol Renderer {
    /// The `--format` value.
    static var name: String { get }
    /// Other accepted spellings of the value.
    static var aliases: [String] { get }
    /// The format's part of the `--format` help line, e.g. "tekst (standaard)".
    static var help: String { get }
    /// Whether it writes one document (`check`, `vraag`) or one result per input line (`batch`).
    static var output: RenderOutput { get }
    /// Whether it is written for people (then `vraag` adds the household as JSON after it).
    static var forPeople: Bool { get }
    /// The text for one evaluation, ending in a newline.
    static func render(_ e: Evaluation, _ options: RenderOptions) -> String
    /// Written once before the first result (a CSV header line).
    static func header() -> String
    /// The result line(s) for an input line that could not be evaluated.
    static func error(line: Int, problems: [HouseholdError.Problem]) -> String
    /// A catalogue listing (`regelingen`, `gemeenten`) in this format.
    static func listing(_ listing: CatalogueListing) -> String
}

extension Renderer {
    /// No other spellings.
    public static var aliases: [String] { [] }
    /// Not for people.
    public static var forPeople: Bool { false }
    /// No header.
    public static func header() -> String { "" }
    /// No error lines (documents report errors on standard error only).
    public static func error(line: Int, problems: [HouseholdError.Problem]) -> String { "" }
}

/// Whether a format writes one document or one result per input line.
public enum RenderOutput: Sendable {
    /// One evaluation: `check`, `vraag`.
    case document
    /// One result per input line: `batch`.
    case lines
}

/// What the caller asks of a rendering.
public struct RenderOptions: Sendable {
    /// Also show the `nee` outcomes.
    public var includeNo = false
    /// Also show each scheme's remarks and how its amount is computed.
    public var detailed = false
    /// Only `ja` outcomes the household does not receive yet (`batch --gemist`).
    public var onlyMissed = false
    /// The input line number (`batch`).
    public var line: Int?

    /// Options with the given choices.
    public init(includeNo: Bool = false, detailed: Bool = false, onlyMissed: Bool = false, line: Int? = nil) {
        self.includeNo = includeNo
        self.detailed = detailed
        self.onlyMissed = onlyMissed
        self.line = line
    }
}

/// The registry of output formats, the first of each kind being the default.
public enum Renderers {
    /// Every format.
    public static let all: [any Renderer.Type] = [TextRenderer.self, JSONRenderer.self, HTMLRenderer.self, JSONLRenderer.self,
                                                 CompactRenderer.self, CSVRenderer.self, CSVRFCRenderer.self]

    /// The formats for one kind of output, the default first.
    public static func formats(_ output: RenderOutput) -> [any Renderer.Type] { all.filter { $0.output == output } }

    /// The format named `value` (or one of its aliases), or nil.
    public static func named(_ value: String, for output: RenderOutput) -> (any Renderer.Type)? {
        formats(output).first { $0.name == value || $0.aliases.contains(value) }
    }

    /// The values for a usage line: `tekst|json`.
    public static func usage(_ output: RenderOutput) -> String { formats(output).map { $0.name }.joined(separator: "|") }

    /// The help line of `--format`, aligned with the other options at `width`.
    public static func helpLine(_ output: RenderOutput, width: Int) -> String {
        let option = "--format \(usage(output))"
        return "  " + option.padding(toLength: max(width, option.count + 1), withPad: " ", startingAt: 0)
            + formats(output).map { $0.help }.joined(separator: " of ")
    }

    /// Why `value` is not a format: "--format kent tekst of json, niet "x"".
    public static func unknown(_ value: String, for output: RenderOutput) -> String {
        "--format kent \(formats(output).map { $0.name }.joined(separator: " of ")), niet \"\(value)\""
    }
}
