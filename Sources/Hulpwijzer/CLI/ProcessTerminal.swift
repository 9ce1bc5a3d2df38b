#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Terminal {
    /// The process's own standard streams. A write that fails (output closed or full) ends the
    /// process with exit code 1 and one line on standard error where that is still writable; a
    /// broken pipe keeps its conventional signal. Standard input that cannot be read is likewise
    /// one clear line and exit code 1, never a trap.
    public static func process() -> Terminal {
        // A reader that went away (`| head`) ends the process as the shell expects (SIGPIPE).
        var terminal = Terminal(
            out: { text in
                do throws(RawFile.Failure) {
                    try RawFile.write(text, descriptor: 1, name: "standaarduitvoer")
                } catch {
                    fail(error.message)
                }
            },
            err: { text in
                // Nothing sensible remains when standard error itself cannot be written.
                try? RawFile.write(text, descriptor: 2, name: "standaardfout")
            },
            readInput: {
                do throws(RawFile.Failure) {
                    return try RawFile.read(descriptor: 0, name: "standaardinvoer", limit: Terminal.inputLimit)
                } catch {
                    fail(error.message)
                }
            },
            readLine: { Swift.readLine(strippingNewline: true) }
        )
        terminal.outBytes = { bytes in
            do throws(RawFile.Failure) {
                try RawFile.write(bytes, descriptor: 1, name: "standaarduitvoer")
            } catch {
                fail(error.message)
            }
        }
        // A batch streams standard input in chunks, so a piped caseload of millions keeps memory flat.
        terminal.inputDescriptor = 0
        terminal.endsWithProcess = true
        terminal.readInputUpTo = { limit in
            do throws(RawFile.Failure) {
                return try RawFile.read(descriptor: 0, name: "standaardinvoer", limit: limit)
            } catch {
                fail(error.message)
            }
        }
        return terminal
    }

    /// The most bytes read from standard input or one file: `InputLimits.batchBytes` (1 GiB).
    package static let inputLimit = InputLimits.batchBytes

    private static func fail(_ message: String) -> Never {
        try? RawFile.write("Fout: \(message)\n", descriptor: 2, name: "standaardfout")
        exit(ExitCode.badInput)
    }
}
