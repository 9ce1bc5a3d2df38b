import Testing
@testable import Hulpwijzer

/// The registry of output formats drives `--format`.
@Suite struct RendererTests {
    @Test func everyFormatIsFoundByItsNameOnlyForItsOutput() {
        let names = Renderers.all.map { $0.name } + Renderers.all.flatMap { $0.aliases }
        #expect(Set(names).count == names.count)
        for r in Renderers.all {
            #expect(Renderers.named(r.name, for: r.output)?.name == r.name)
            #expect(Renderers.named(r.name, for: r.output == .document ? .lines : .document) == nil)
        }
        #expect(Renderers.named("text", for: .document)?.name == "tekst")
    }

    @Test func usageHelpAndErrorComeFromTheRegistry() {
        #expect(Renderers.usage(.document) == "tekst|json|html")
        #expect(Renderers.usage(.lines) == "jsonl|compact|csv|csv-rfc")
        #expect(Renderers.helpLine(.lines, width: 22).hasPrefix("  --format jsonl|compact|csv|csv-rfc jsonl (standaard) of compact: "))
        #expect(Renderers.unknown("xml", for: .document) == "--format kent tekst of json of html, niet \"xml\"")
    }

    @Test func lineFormatsReportErrorsOnTheirOwnLine() {
        let problems = [HouseholdError.Problem(path: "aanvrager.leeftijd", message: "verwacht een getal")]
        #expect(JSONLRenderer.error(line: 3, problems: problems).hasPrefix("{\"regel\":3,\"fouten\":["))
        #expect(CSVRenderer.error(line: 3, problems: problems).hasPrefix("3;;;;;;;;;;;;;;"))
        #expect(CSVRenderer.header().hasPrefix("\u{FEFF}regel;id;peildatum"))
        #expect(CSVRFCRenderer.error(line: 3, problems: problems).hasPrefix("3,,,,,,,,,,,,,,"))
        #expect(CSVRFCRenderer.header().hasPrefix("regel,id,peildatum"))
        #expect(CompactRenderer.error(line: 3, problems: problems).hasPrefix("{\"regel\":3,\"fouten\":["))
    }
}
