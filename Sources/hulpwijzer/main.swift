import Foundation
import Hulpwijzer

// Wire the process's streams to the library's CLI and exit with its code.
let terminal = Terminal(
    out: { FileHandle.standardOutput.write(Data($0.utf8)) },
    err: { FileHandle.standardError.write(Data($0.utf8)) },
    readInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) },
    readLine: { Swift.readLine(strippingNewline: true) }
)
exit(CLI.run(Array(CommandLine.arguments.dropFirst()), terminal: terminal))
