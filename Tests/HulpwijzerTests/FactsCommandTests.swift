import Foundation
import Testing
@testable import Hulpwijzer

/// `hulpwijzer feiten` lists every fact, and `data/README.md` holds its markdown output.
@Suite struct FactsCommandTests {
    @Test func theReadmeBlockIsTheMarkdownOutput() throws {
        let readme = try String(contentsOfFile: TestSupport.dataDirectory + "/README.md", encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- feiten:begin -->\n"))
        let end = try #require(readme.range(of: "<!-- feiten:end -->"))
        let block = String(readme[begin.upperBound..<end.lowerBound])
        #expect(block == FactsCommand.markdown(), "run `hulpwijzer feiten --format markdown` and paste it between the markers")
    }

    @Test func everyFactIsListedOnceWithItsLegalBasis() throws {
        guard case .array(let items) = FactsCommand.json() else { Issue.record("no array"); return }
        let names = items.compactMap { $0.objectValue?["naam"]?.stringValue }
        #expect(names.sorted() == FactRegistry.names.sorted())
        let norm = try #require(items.first { $0.objectValue?["naam"]?.stringValue == "norm.bijstand" }?.objectValue)
        #expect(norm["wettelijke_basis"]?.stringValue?.hasPrefix("Pw art. 20–22a") == true)
        #expect(norm["parameters"]?.arrayValue?.contains(.string("pw.vakantietoeslag_aandeel")) == true)
        let text = FactsCommand.text()
        for name in FactRegistry.names { #expect(text.contains(" \(name) "), "\(name)") }
    }

    @Test func theCommandRunsAndRefusesAnUnknownFormat() {
        let ok = TestSupport.cli(["feiten", "--format", "markdown"])
        #expect(ok.status == 0)
        #expect(ok.stdout == FactsCommand.markdown())
        let bad = TestSupport.cli(["feiten", "--format", "html"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--format kent tekst, markdown of json"), "\(bad.stderr)")
        #expect(TestSupport.cli(["--help"]).stdout.contains("feiten"))
    }
}
