import Foundation
import Testing
@testable import Hulpwijzer

/// The README's example output is the real output of the command it shows (issue 9 item 4).
@Suite struct ReadmeExampleTests {
    @Test func exampleOutputIsTheRealOutput() throws {
        let readme = try String(contentsOfFile: TestSupport.dataDirectory + "/../README.md", encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "<!-- voorbeeld:begin").dropFirst().first?
            .components(separatedBy: "<!-- voorbeeld:end -->").first)
        let fences = block.components(separatedBy: "```")
        // fences: [comment, "sh\n<command>", text, "\n<output>", …]
        #expect(fences.count >= 4)
        let command = fences[1].replacingOccurrences(of: "\\\n", with: " ").dropFirst("sh".count)
        var args = command.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        #expect(Array(args.prefix(2)) == ["swift", "run"] && args[2] == "hulpwijzer")
        args = Array(args.dropFirst(3))
        let run = TestSupport.cli(args)
        #expect(run.status == 0, "\(run.stderr)")
        let shown = String(fences[3].dropFirst())
        #expect(shown == run.stdout, "README example differs; regenerate it with the command it shows")
    }
}
