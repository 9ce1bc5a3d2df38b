/// Walks command-line arguments: options with values, flags, positionals.
struct ArgumentList {
    private var args: [String]
    private var i = 0
    let command: String

    init(_ args: [String], command: String) {
        self.args = args
        self.command = command
    }

    mutating func next() -> String? {
        guard i < args.count else { return nil }
        defer { i += 1 }
        return args[i]
    }

    /// The next argument, without taking it.
    func peek() -> String? { i < args.count ? args[i] : nil }

    /// The value of an option (`--x VALUE` or `--x=VALUE`).
    mutating func value(for option: String, inline: String?) throws(UsageError) -> String {
        if let inline { return inline }
        guard let v = next() else { throw UsageError(message: "\(option) verwacht een waarde", command: command) }
        return v
    }

    /// Splits `--x=value` into name and inline value.
    static func split(_ arg: String) -> (String, String?) {
        guard arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") else { return (arg, nil) }
        return (String(arg[..<eq]), String(arg[arg.index(after: eq)...]))
    }

    /// A need (`--categorie`): wonen, zorg, kinderen, inkomen, schulden, meedoen or werk.
    static func category(_ text: String, command: String) throws(UsageError) -> Category {
        guard let c = Category(rawValue: text) else {
            let all = Category.allCases.map(\.rawValue)
            throw UsageError(message: "onbekende categorie \"\(text)\"; kies uit \(all.joined(separator: ", ")).\(Suggest.didYouMean(text, in: all))", command: command)
        }
        return c
    }

    /// A number as Dutch people type it (`1650`, `1.650`, `1.650,50`, `€ 1.650,-`); an
    /// ambiguous form such as `1,650` is refused with both readings.
    static func number(_ text: String, option: String, command: String) throws(UsageError) -> Double {
        do throws(DutchNumber.Failure) {
            return try DutchNumber.parse(text)
        } catch {
            throw UsageError(message: "\(option): \(error.description)", command: command)
        }
    }
}

import Foundation
