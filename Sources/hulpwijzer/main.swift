import Foundation
import Hulpwijzer

// Wire the process's streams to the library's CLI and exit with its code.
exit(CLI.run(Array(CommandLine.arguments.dropFirst()), terminal: .process()))
