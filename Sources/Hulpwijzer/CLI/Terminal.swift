/// Where the CLI writes and reads: the process's streams, or buffers in tests.
public struct Terminal: Sendable {
    /// Writes to standard output.
    public var out: @Sendable (String) -> Void
    /// Writes UTF-8 bytes to standard output (default: as a string through `out`).
    public var outBytes: @Sendable (UnsafeBufferPointer<UInt8>) -> Void
    /// Writes to standard error.
    public var err: @Sendable (String) -> Void
    /// Reads all of standard input.
    public var readInput: @Sendable () -> [UInt8]
    /// Reads all of standard input, refusing more than the given number of bytes (a process
    /// terminal stops reading there and ends with exit code 1); by default `readInput`.
    public var readInputUpTo: @Sendable (Int) -> [UInt8]
    /// Reads one line of standard input (nil at its end), for the interview.
    public var readLine: @Sendable () -> String?
    /// Today's date: the peildatum of a household that gives none (injected, so tests fix it).
    public var today: @Sendable () -> Day
    /// The file descriptor of standard input when a batch may read it in chunks, as it reads a
    /// file (the process terminal: 0); nil when the input only comes whole through `readInput`.
    public var inputDescriptor: Int32? = nil
    /// The process ends when the command does (the process terminal): what the command loaded is
    /// then left for the operating system to reclaim instead of being freed object by object
    /// (the catalogue is some 20,000 objects; freeing them took about a tenth of a `check`).
    public var endsWithProcess = false

    /// Creates a terminal from output, error and input functions and a clock.
    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
                readInput: @escaping @Sendable () -> [UInt8], readLine: @escaping @Sendable () -> String? = { nil },
                today: @escaping @Sendable () -> Day = { Day.today() }) {
        self.out = out
        outBytes = { out(String(decoding: $0, as: UTF8.self)) }
        self.err = err
        self.readInput = readInput
        readInputUpTo = { _ in readInput() }
        self.readLine = readLine
        self.today = today
    }
}

/// Exit codes of the contract.
public enum ExitCode {
    /// Success.
    public static let success: Int32 = 0
    /// The input could not be evaluated (bad household, bad catalogue).
    public static let badInput: Int32 = 1
    /// Wrong usage.
    public static let usage: Int32 = 2
}

/// A usage error: printed as `Fout: …`, the usage line (`Gebruik: …`) and a pointer to help (`Zie …`).
struct UsageError: Error {
    var message: String
    var command: String?
}

/// The input or catalogue could not be evaluated (exit code 1).
struct InputError: Error {
    var message: String

    init(message: String) { self.message = message }

    /// Reads a household or caseload file (a regular file, a pipe or a FIFO).
    static func reading(_ path: String, limit: Int = Terminal.inputLimit) throws(InputError) -> [UInt8] {
        do {
            return try RawFile.read(path: path, name: "bestand \(Quoted.text(path))", limit: limit)
        } catch {
            throw InputError(message: error.message)
        }
    }

    /// A household that cannot be evaluated, with every problem on its own line.
    init(_ error: HouseholdError) {
        message = "het huishouden is niet te toetsen:\n" + error.problems.map { "  \($0)" }.joined(separator: "\n")
    }

    /// A household that cannot be evaluated, or a catalogue part that does not validate.
    init(_ error: EvaluationError) {
        switch error {
        case .household(let e): self.init(e)
        case .catalogue(let e): self.init(message: "de catalogus is niet in orde:\n" + e.diagnostics.map { "  \($0)" }.joined(separator: "\n"))
        }
    }
}

extension Engine {
    /// Decodes a household JSON object and evaluates it, with the overview (the CLI's commands
    /// share this; the interview asks the overview's questions).
    func evaluate(_ object: JSONObject, options: Options) throws(EvaluationError) -> Evaluation {
        let household: Household
        do throws(HouseholdError) {
            household = try HouseholdDecoder.decode(.object(object))
        } catch {
            throw .household(error)
        }
        return try evaluateWithOverview(household, options: options)
    }
}
